import { LIMITS, sdgByNumber } from '@casebook/taxonomy';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { SdgType } from '../taxonomy/taxonomy.types.js';
import { CaseCard } from './case.entity.js';
import { casePolicy } from './case.policy.js';
import { translationsOf } from './case-translations.js';
import { findCaseBySlug, listPublishedCases } from './case.service.js';
import { CaseConnection, CaseFilterInput, ContactType, LinkType } from './case.types.js';
import { CaseReviewType, CaseViewerCanType, PendingEditType } from './curation.types.js';
import { findCaseById, pendingEditOf } from './operations/curation-queries.js';
import { linkTranslation, unlinkTranslation } from './operations/link-translation.js';

@Resolver(() => CaseCard)
export class CaseResolver {
  @Query(() => CaseCard, { nullable: true, description: 'A card by slug; null when unknown or not visible to you.' })
  case(@Ctx() ctx: RequestContext, @Arg('slug', () => String) slug: string): Promise<CaseCard | null> {
    return findCaseBySlug(ctx, slug);
  }

  @Query(() => CaseCard, { nullable: true, description: 'A card by id (a draft\'s slug follows its title); null when unknown or not visible to you.' })
  caseById(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CaseCard | null> {
    return findCaseById(ctx, id);
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

  @Mutation(() => CaseCard, { description: 'Editors and coordinators: links the card as a translation of another card of the same network (one card per language).' })
  linkTranslation(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('translationOfId', () => ID, { description: 'A card of the group to join, in another language.' }) translationOfId: string,
  ): Promise<CaseCard> {
    return linkTranslation(ctx, caseId, translationOfId);
  }

  @Mutation(() => CaseCard, { description: 'Editors and coordinators: takes the card out of its translations; the others stay linked.' })
  unlinkTranslation(@Ctx() ctx: RequestContext, @Arg('caseId', () => ID) caseId: string): Promise<CaseCard> {
    return unlinkTranslation(ctx, caseId);
  }

  @FieldResolver(() => [CaseCard], { description: 'The same case in other languages: published ones, and drafts for those who may see them.' })
  translations(@Ctx() ctx: RequestContext, @Root() card: CaseCard): Promise<CaseCard[]> {
    return translationsOf(ctx, card);
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

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote the card; null for imported cards and deleted accounts ("a deleted user").' })
  async author(@Ctx() ctx: RequestContext, @Root() card: CaseCard): Promise<User | null> {
    return card.author ? ctx.loaders.user.load(card.author.id) : null;
  }

  @FieldResolver(() => CaseViewerCanType)
  viewerCan(@Ctx() ctx: RequestContext, @Root() card: CaseCard): CaseViewerCanType {
    return {
      edit: casePolicy.can(ctx.viewer, 'edit', card),
      submit: casePolicy.can(ctx.viewer, 'submit', card),
      review: casePolicy.can(ctx.viewer, 'review', card),
      archive: casePolicy.can(ctx.viewer, 'archive', card),
    };
  }

  @FieldResolver(() => [CaseReviewType], { nullable: true, description: 'Decisions and comments, newest first; for the author and the network\'s editors and coordinators, null for others.' })
  async reviews(@Ctx() ctx: RequestContext, @Root() card: CaseCard): Promise<CaseReviewType[] | null> {
    if (!casePolicy.canReadPrivate(ctx.viewer, card)) return null;
    const reviews = await ctx.loaders.reviews.load(card.id);
    return reviews.map((review) => ({
      id: review.id,
      decision: review.decision,
      appliesTo: review.appliesTo,
      comment: review.comment,
      fieldComments: Object.entries(review.fieldComments).map(([field, comment]) => ({ field, comment })),
      createdAt: review.createdAt,
      reviewer: review.reviewer,
    }));
  }

  @FieldResolver(() => PendingEditType, { nullable: true, description: 'A proposed edit of the published card; for the same people as reviews.' })
  async pendingEdit(@Ctx() ctx: RequestContext, @Root() card: CaseCard): Promise<PendingEditType | null> {
    if (!card.pendingEdit || !casePolicy.canReadPrivate(ctx.viewer, card)) return null;
    if (!card.cities.isInitialized()) await card.cities.init();
    const pending = pendingEditOf(card);
    return pending && { ...pending, proposedBy: card.pendingEditBy ? await ctx.loaders.user.load(card.pendingEditBy.id) : null };
  }
}
