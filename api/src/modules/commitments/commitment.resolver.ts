import { LIMITS, sdgByNumber } from '@casebook/taxonomy';
import { wrap } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { CaseCard } from '../cases/case.entity.js';
import { casePolicy } from '../cases/case.policy.js';
import { City } from '../cities/city.entity.js';
import { findCityBySlugOrId } from '../cities/city.lookup.js';
import { Network } from '../networks/network.entity.js';
import { SdgType } from '../taxonomy/taxonomy.types.js';
import { ActionPlan } from './action-plan.entity.js';
import { Assessment } from './assessment.entity.js';
import { CommitmentUpdate } from './commitment-update.entity.js';
import { CommitmentDivergence, CommitmentStatus, divergenceOf } from './commitment.enums.js';
import { Commitment } from './commitment.entity.js';
import { commitmentPolicy } from './commitment.policy.js';
import { CommitmentConnection, CommitmentFilterInput, CommitmentStatsType, CommitmentViewerCanType, PartnerType } from './commitment.types.js';
import { todayUtc } from './commitment.validation.js';
import { Milestone } from './milestone.entity.js';
import { scopeOf } from './operations/commitment-access.js';
import { cityCommitmentStats, findActionPlan, findCommitment, listActionPlans, listCommitments, networkCommitmentStats } from './operations/commitment-queries.js';

/** The commitment's plan, city and network: loaded with lists; loaded here for a commitment a mutation returns. */
export async function withPlan(ctx: RequestContext, commitment: Commitment): Promise<Commitment> {
  if (!wrap(commitment.actionPlan).isInitialized() || !wrap(commitment.actionPlan.city).isInitialized() || !wrap(commitment.network).isInitialized()) {
    await ctx.em.populate(commitment, ['actionPlan.city', 'network']);
  }
  return commitment;
}

const isOverdue = (milestone: Milestone, today: string): boolean => milestone.status !== CommitmentStatus.COMPLETE && milestone.dueDate < today;

/** Commitments, their plans and dashboards: public reads. */
@Resolver()
export class CommitmentQueryResolver {
  @Query(() => Commitment, { nullable: true, description: 'A commitment by id; null when unknown. Public.' })
  commitment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Commitment | null> {
    return findCommitment(ctx, id);
  }

  @Query(() => CommitmentConnection, { description: 'Commitments, newest first. Public.' })
  commitments(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CommitmentFilterInput, { nullable: true }) filter: CommitmentFilterInput | undefined,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<CommitmentConnection> {
    return listCommitments(ctx, { filter, first, after });
  }

  @Query(() => [ActionPlan], { description: 'Action plans of a city (slug or id) and/or a network (slug), latest first. Public.' })
  actionPlans(
    @Ctx() ctx: RequestContext,
    @Arg('city', () => String, { nullable: true }) city: string | undefined,
    @Arg('network', () => String, { nullable: true }) network: string | undefined,
  ): Promise<ActionPlan[]> {
    return listActionPlans(ctx, { city, network });
  }

  @Query(() => ActionPlan, { nullable: true })
  actionPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ActionPlan | null> {
    return findActionPlan(ctx, id);
  }

  @Query(() => City, { nullable: true, description: 'A city by slug (e.g. `paris-fr`) or id.' })
  city(@Ctx() ctx: RequestContext, @Arg('slug', () => String) slug: string): Promise<City | null> {
    return findCityBySlugOrId(ctx.em, slug);
  }

  @Query(() => CommitmentStatsType, { nullable: true, description: 'Commitments by status and overdue milestones of a network; null for an unknown network.' })
  networkCommitmentStats(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string): Promise<CommitmentStatsType | null> {
    return networkCommitmentStats(ctx, network);
  }

  @Query(() => CommitmentStatsType, { nullable: true, description: 'A city\'s commitments by status (in one network, or all); null for an unknown city.' })
  cityCommitmentStats(
    @Ctx() ctx: RequestContext,
    @Arg('city', () => String, { description: 'Slug or id.' }) city: string,
    @Arg('network', () => String, { nullable: true }) network: string | undefined,
  ): Promise<CommitmentStatsType | null> {
    return cityCommitmentStats(ctx, city, network);
  }
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => CommitmentStatus, { description: 'The city\'s own status (the same as `status`), to show beside `latestAssessment.completion`.' })
  selfReportedStatus(@Root() commitment: Commitment): CommitmentStatus {
    return commitment.status;
  }

  @FieldResolver(() => City)
  async city(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<City> {
    return (await withPlan(ctx, commitment)).actionPlan.city;
  }

  @FieldResolver(() => ActionPlan)
  async actionPlan(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<ActionPlan> {
    return (await withPlan(ctx, commitment)).actionPlan;
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<Network> {
    return (await withPlan(ctx, commitment)).network;
  }

  @FieldResolver(() => [PartnerType])
  partners(@Root() commitment: Commitment): PartnerType[] {
    return commitment.partners;
  }

  @FieldResolver(() => [SdgType])
  sdgs(@Root() commitment: Commitment): SdgType[] {
    return commitment.sdgs.map((number) => sdgByNumber(number)).filter((sdg): sdg is SdgType => sdg !== undefined);
  }

  @FieldResolver(() => [Milestone], { description: 'By due date.' })
  milestones(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<Milestone[]> {
    return ctx.loaders.commitments.milestones.load(commitment.id);
  }

  @FieldResolver(() => Boolean, { description: 'Has a milestone past its due date and not COMPLETE.' })
  async overdue(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<boolean> {
    const today = todayUtc();
    return (await ctx.loaders.commitments.milestones.load(commitment.id)).some((milestone) => isOverdue(milestone, today));
  }

  @FieldResolver(() => [CommitmentUpdate], { description: 'Progress updates, newest first.' })
  updates(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<CommitmentUpdate[]> {
    return ctx.loaders.commitments.updates.load(commitment.id);
  }

  @FieldResolver(() => [Assessment], { description: 'Independent assessments, latest first.' })
  assessments(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<Assessment[]> {
    return ctx.loaders.commitments.assessments.load(commitment.id);
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The latest independent assessment, to show beside the self-reported status.' })
  async latestAssessment(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<Assessment | null> {
    return (await ctx.loaders.commitments.assessments.load(commitment.id))[0] ?? null;
  }

  @FieldResolver(() => CommitmentDivergence, { description: 'Where the self-reported status and the latest independent completion rating differ.' })
  async divergence(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<CommitmentDivergence> {
    const latest = (await ctx.loaders.commitments.assessments.load(commitment.id))[0];
    return divergenceOf(commitment.status, latest?.completion ?? null);
  }

  @FieldResolver(() => [CaseCard], { description: 'Case cards it produced or that inspired it (those you may read).' })
  async cases(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<CaseCard[]> {
    return (await ctx.loaders.commitments.cases.load(commitment.id)).filter((card) => casePolicy.canRead(ctx.viewer, card));
  }

  @FieldResolver(() => CommitmentViewerCanType)
  async viewerCan(@Ctx() ctx: RequestContext, @Root() commitment: Commitment): Promise<CommitmentViewerCanType> {
    if (!ctx.viewer) return { edit: false, report: false, assess: false };
    const scope = scopeOf(await withPlan(ctx, commitment));
    return {
      edit: commitmentPolicy.can(ctx.viewer, 'edit', scope),
      report: commitmentPolicy.can(ctx.viewer, 'report', scope),
      assess: commitmentPolicy.can(ctx.viewer, 'assess', scope),
    };
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @FieldResolver(() => City)
  async city(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan): Promise<City> {
    if (!wrap(plan.city).isInitialized()) await ctx.em.populate(plan, ['city']);
    return plan.city;
  }

  @FieldResolver(() => Network)
  async network(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan): Promise<Network> {
    if (!wrap(plan.network).isInitialized()) await ctx.em.populate(plan, ['network']);
    return plan.network;
  }

  @FieldResolver(() => [Commitment], { description: 'Oldest first.' })
  commitments(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan): Promise<Commitment[]> {
    return ctx.loaders.commitments.ofPlan.load(plan.id);
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => Boolean, { description: 'Past its due date (UTC) and not COMPLETE.' })
  overdue(@Root() milestone: Milestone): boolean {
    return isOverdue(milestone, todayUtc());
  }
}
