import { wrap } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { LinkType } from '../cases/case.types.js';
import { Assessment } from './assessment.entity.js';
import { CommitmentUpdate } from './commitment-update.entity.js';
import { Commitment } from './commitment.entity.js';
import { UpdateRevisionType } from './commitment.types.js';
import { Milestone } from './milestone.entity.js';
import { withPlan } from './commitment.resolver.js';

@Resolver(() => CommitmentUpdate)
export class CommitmentUpdateResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for imported and demo updates and deleted accounts.' })
  async author(@Ctx() ctx: RequestContext, @Root() update: CommitmentUpdate): Promise<User | null> {
    return update.author ? ctx.loaders.user.load(update.author.id) : null;
  }

  @FieldResolver(() => [Milestone], { description: 'The milestones this update completed.' })
  async completedMilestones(@Root() update: CommitmentUpdate): Promise<Milestone[]> {
    return update.completedMilestones.isInitialized() ? update.completedMilestones.getItems() : update.completedMilestones.loadItems();
  }

  @FieldResolver(() => [LinkType], { description: 'Evidence.' })
  links(@Root() update: CommitmentUpdate): LinkType[] {
    return update.links;
  }

  @FieldResolver(() => [UpdateRevisionType], { description: 'Earlier texts, newest first: corrections are never silent.' })
  async revisions(@Ctx() ctx: RequestContext, @Root() update: CommitmentUpdate): Promise<UpdateRevisionType[]> {
    const revisions = await ctx.loaders.commitments.revisions.load(update.id);
    return Promise.all(
      revisions.map(async (revision) => ({ body: revision.body, replacedAt: revision.createdAt, editedBy: revision.editedBy ? await ctx.loaders.user.load(revision.editedBy.id) : null })),
    );
  }

  @FieldResolver(() => Commitment)
  async commitment(@Ctx() ctx: RequestContext, @Root() update: CommitmentUpdate): Promise<Commitment> {
    if (!wrap(update.commitment).isInitialized()) await ctx.em.populate(update, ['commitment']);
    return withPlan(ctx, update.commitment);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The coordinator who recorded it; null once their account is deleted.' })
  async recordedBy(@Ctx() ctx: RequestContext, @Root() assessment: Assessment): Promise<User | null> {
    return assessment.recordedBy ? ctx.loaders.user.load(assessment.recordedBy.id) : null;
  }
}
