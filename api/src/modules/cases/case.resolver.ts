import { LIMITS, sdgByNumber } from '@casebook/taxonomy';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { SdgType } from '../taxonomy/taxonomy.types.js';
import { CaseCard } from './case.entity.js';
import { casePolicy } from './case.policy.js';
import { findCaseBySlug, listPublishedCases } from './case.service.js';
import { CaseConnection, CaseFilterInput, ContactType, LinkType } from './case.types.js';

@Resolver(() => CaseCard)
export class CaseResolver {
  @Query(() => CaseCard, { nullable: true, description: 'A card by slug; null when unknown or not visible to you.' })
  case(@Ctx() ctx: RequestContext, @Arg('slug', () => String) slug: string): Promise<CaseCard | null> {
    return findCaseBySlug(ctx, slug);
  }

  @Query(() => CaseConnection, { description: 'Published cards, newest first.' })
  cases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CaseFilterInput, { nullable: true }) filter: CaseFilterInput | undefined,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<CaseConnection> {
    return listPublishedCases(ctx, { filter, first, after });
  }

  @FieldResolver(() => [SdgType])
  sdgs(@Root() card: CaseCard): SdgType[] {
    return card.sdgs.map((number) => sdgByNumber(number)).filter((sdg): sdg is SdgType => sdg !== undefined);
  }

  @FieldResolver(() => [City])
  async cities(@Root() card: CaseCard): Promise<City[]> {
    return card.cities.isInitialized() ? card.cities.getItems() : card.cities.loadItems();
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() card: CaseCard): Promise<Network> {
    return ctx.em.populate(card, ['network']).then(() => card.network);
  }

  @FieldResolver(() => [ContactType])
  contacts(@Ctx() ctx: RequestContext, @Root() card: CaseCard): ContactType[] {
    const showEmails = casePolicy.canSeeContactEmails(ctx.viewer, card);
    return card.contacts.map((contact) => ({ ...contact, email: showEmails ? contact.email : null }));
  }

  @FieldResolver(() => [LinkType])
  links(@Root() card: CaseCard): LinkType[] {
    return card.links;
  }
}
