import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ActionPlan } from './action-plan.entity.js';
import { Assessment } from './assessment.entity.js';
import { CommitmentUpdate } from './commitment-update.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import { Commitment } from './commitment.entity.js';
import { ActionPlanInput, AssessmentInput, CommitmentInput, CommitmentUpdateInput, MilestoneInput } from './commitment.types.js';
import { Milestone } from './milestone.entity.js';
import { correctCommitmentUpdate } from './operations/correct-commitment-update.js';
import { createActionPlan } from './operations/create-action-plan.js';
import { createCommitment } from './operations/create-commitment.js';
import { addMilestone, setMilestoneStatus, updateMilestone } from './operations/maintain-milestones.js';
import { postCommitmentUpdate } from './operations/post-commitment-update.js';
import { recordAssessment } from './operations/record-assessment.js';
import { updateActionPlan } from './operations/update-action-plan.js';
import { updateCommitment } from './operations/update-commitment.js';

/** Plans and commitments (coordinators), updates and milestones (the city's editors and coordinators), assessments (coordinators). */
@Resolver()
export class CommitmentMutationResolver {
  @Mutation(() => ActionPlan, { description: 'Coordinators: a city\'s action plan in their network.' })
  createActionPlan(@Ctx() ctx: RequestContext, @Arg('input', () => ActionPlanInput) input: ActionPlanInput): Promise<ActionPlan> {
    return createActionPlan(ctx, input);
  }

  @Mutation(() => ActionPlan, { description: 'Coordinators: title, period (which must still hold every milestone) and document.' })
  updateActionPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => ActionPlanInput) input: ActionPlanInput): Promise<ActionPlan> {
    return updateActionPlan(ctx, id, input);
  }

  @Mutation(() => Commitment, { description: 'Coordinators: a commitment of an action plan, with its first milestones.' })
  createCommitment(@Ctx() ctx: RequestContext, @Arg('input', () => CommitmentInput) input: CommitmentInput): Promise<Commitment> {
    return createCommitment(ctx, input);
  }

  @Mutation(() => Commitment, { description: 'Coordinators: edits a commitment (milestones change through their own mutations).' })
  updateCommitment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => CommitmentInput) input: CommitmentInput): Promise<Commitment> {
    return updateCommitment(ctx, id, input);
  }

  @Mutation(() => CommitmentUpdate, { description: 'Editors representing the city, and coordinators: a progress update; may set the status and complete milestones.' })
  postCommitmentUpdate(@Ctx() ctx: RequestContext, @Arg('input', () => CommitmentUpdateInput) input: CommitmentUpdateInput): Promise<CommitmentUpdate> {
    return postCommitmentUpdate(ctx, input);
  }

  @Mutation(() => CommitmentUpdate, { description: 'The author or a coordinator corrects an update\'s text; the replaced text stays in `revisions`.' })
  correctCommitmentUpdate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('body', () => String) body: string): Promise<CommitmentUpdate> {
    return correctCommitmentUpdate(ctx, id, body);
  }

  @Mutation(() => Milestone, { description: 'Editors representing the city, and coordinators.' })
  addMilestone(@Ctx() ctx: RequestContext, @Arg('commitmentId', () => ID) commitmentId: string, @Arg('input', () => MilestoneInput) input: MilestoneInput): Promise<Milestone> {
    return addMilestone(ctx, commitmentId, input);
  }

  @Mutation(() => Milestone, { description: 'Editors representing the city, and coordinators.' })
  updateMilestone(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => MilestoneInput) input: MilestoneInput): Promise<Milestone> {
    return updateMilestone(ctx, id, input);
  }

  @Mutation(() => Milestone, { description: 'Editors representing the city, and coordinators. COMPLETE sets the done date (today unless given); other statuses clear it.' })
  setMilestoneStatus(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CommitmentStatus) status: CommitmentStatus,
    @Arg('doneDate', () => GraphQLLocalDate, { nullable: true, description: 'Only with COMPLETE; not before the plan\'s start, not in the future.' }) doneDate: string | undefined,
  ): Promise<Milestone> {
    return setMilestoneStatus(ctx, id, status, doneDate);
  }

  @Mutation(() => Assessment, { description: 'Coordinators: an independent assessment (IRM or local monitoring body).' })
  recordAssessment(@Ctx() ctx: RequestContext, @Arg('input', () => AssessmentInput) input: AssessmentInput): Promise<Assessment> {
    return recordAssessment(ctx, input);
  }
}
