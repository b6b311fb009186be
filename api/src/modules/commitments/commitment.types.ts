import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { PageInfo } from '../cases/case.types.js';
import { CityInput, LinkInput } from '../cases/curation.types.js';
import { AssessmentCompletion, CommitmentStatus, OpenGovernmentEffect, PartnerKind, PotentialResults } from './commitment.enums.js';
import { Commitment } from './commitment.entity.js';

@ObjectType('Partner', { description: 'A partner organisation of a commitment.' })
export class PartnerType {
  @Field(() => String) name!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
}

@ObjectType('UpdateRevision', { description: 'The text an update had before a correction.' })
export class UpdateRevisionType {
  @Field(() => String, { description: 'The body as it was before the correction (Markdown).' }) body!: string;
  @Field(() => Date, { description: 'When it was replaced.' }) replacedAt!: Date;
  @Field(() => User, { nullable: true, description: 'Who corrected it; null once their account is deleted.' }) editedBy!: User | null;
}

@ObjectType('CommitmentViewerCan', { description: 'What you may do with this commitment.' })
export class CommitmentViewerCanType {
  @Field(() => Boolean, { description: 'Edit the commitment and its plan (coordinators).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Post updates and maintain milestones (coordinators, editors of the city).' }) report!: boolean;
  @Field(() => Boolean, { description: 'Record assessments (coordinators).' }) assess!: boolean;
}

@ObjectType('CommitmentEdge')
export class CommitmentEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Commitment) node!: Commitment;
}

@ObjectType('CommitmentConnection')
export class CommitmentConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [CommitmentEdge]) edges!: CommitmentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('CommitmentStatusCount')
export class StatusCountType {
  @Field(() => CommitmentStatus) status!: CommitmentStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('CommitmentStats', { description: 'Progress at a glance, for dashboards.' })
export class CommitmentStatsType {
  @Field(() => Int) totalCommitments!: number;
  @Field(() => [StatusCountType], { description: 'Every status, in scale order, zeros included.' }) byStatus!: StatusCountType[];
  @Field(() => Int, { description: 'Milestones past their due date and not COMPLETE.' }) overdueMilestones!: number;
  @Field(() => Int, { description: 'Commitments with at least one overdue milestone.' }) overdueCommitments!: number;
}

@InputType('CommitmentFilter', { description: 'Every list is OR within itself and AND across lists.' })
export class CommitmentFilterInput {
  @Field(() => [String], { nullable: true, description: 'City slugs (e.g. `paris-fr`) or ids.' }) cities?: string[];
  @Field(() => [String], { nullable: true, description: 'Network slugs.' }) networks?: string[];
  @Field(() => [CommitmentStatus], { nullable: true, description: 'Self-reported statuses.' }) statuses?: CommitmentStatus[];
  @Field(() => [String], { nullable: true, description: 'OGP value slugs.' }) ogpValues?: string[];
  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' }) sdgs?: number[];
  @Field(() => [String], { nullable: true, description: 'Theme slugs.' }) themes?: string[];
  @Field(() => ID, { nullable: true }) actionPlanId?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: with a milestone past due and not COMPLETE; false: without one.' }) overdue?: boolean;
}

@InputType('ActionPlanInput', { description: 'On update, a field left out stays as it is; a plan never changes network or city.' })
export class ActionPlanInput {
  @Field(() => String, { nullable: true, description: 'Network slug: required to create.' }) network?: string | null;
  @Field(() => CityInput, { nullable: true, description: 'Found or added in the shared city directory: required to create.' }) city?: CityInput | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodStart?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) periodEnd?: string | null;
  @Field(() => String, { nullable: true, description: 'An http(s) address; null clears it.' }) documentUrl?: string | null;
}

@InputType('PartnerInput')
export class PartnerInput {
  @Field(() => String) name!: string;
  @Field(() => PartnerKind) kind!: PartnerKind;
}

@InputType('MilestoneInput', { description: 'On update, a field left out stays as it is.' })
export class MilestoneInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Within the plan\'s period.' }) dueDate?: string | null;
  @Field(() => CommitmentStatus, { nullable: true, description: 'NOT_STARTED when left out.' }) status?: CommitmentStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Only for COMPLETE (today when left out); not before the plan\'s start, not in the future.' }) doneDate?: string | null;
}

@InputType('CommitmentInput', { description: 'On update, a field left out stays as it is and null clears it.' })
export class CommitmentInput {
  @Field(() => ID, { nullable: true, description: 'Required to create; a commitment may move to another plan of the same network.' }) actionPlanId?: string | null;
  @Field(() => String, { nullable: true, description: 'An id from the source spreadsheet, unique in the network (imports match on it).' }) externalId?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) problem?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) description?: string | null;
  @Field(() => String, { nullable: true }) leadInstitution?: string | null;
  @Field(() => [PartnerInput], { nullable: true }) partners?: PartnerInput[] | null;
  @Field(() => [String], { nullable: true, description: 'OGP value slugs.' }) ogpValues?: string[] | null;
  @Field(() => [Int], { nullable: true }) sdgs?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Theme slugs.' }) themes?: string[] | null;
  @Field(() => CommitmentStatus, { nullable: true }) status?: CommitmentStatus | null;
  @Field(() => [ID], { nullable: true, description: 'Published case cards it produced or that inspired it.' }) caseIds?: string[] | null;
  @Field(() => [MilestoneInput], { nullable: true, description: 'On create only; afterwards use addMilestone, updateMilestone and setMilestoneStatus.' }) milestones?: MilestoneInput[] | null;
}

@InputType('CommitmentUpdateInput')
export class CommitmentUpdateInput {
  @Field(() => ID) commitmentId!: string;
  @Field(() => String, { description: 'Markdown.' }) body!: string;
  @Field(() => CommitmentStatus, { nullable: true, description: 'The commitment\'s new self-reported status.' }) status?: CommitmentStatus | null;
  @Field(() => [ID], { nullable: true, description: 'Milestones of this commitment that this update completes (done on the update\'s date).' }) completedMilestoneIds?: string[] | null;
  @Field(() => [LinkInput], { nullable: true, description: 'Evidence.' }) links?: LinkInput[] | null;
}

@InputType('AssessmentInput')
export class AssessmentInput {
  @Field(() => ID) commitmentId!: string;
  @Field(() => String, { description: 'e.g. "Independent Reporting Mechanism", or the local monitoring body.' }) assessor!: string;
  @Field(() => GraphQLLocalDate, { description: 'Not before the plan\'s start, not in the future.' }) assessedOn!: string;
  @Field(() => String, { nullable: true }) reportUrl?: string | null;
  @Field(() => Boolean) verifiable!: boolean;
  @Field(() => PotentialResults) potentialResults!: PotentialResults;
  @Field(() => AssessmentCompletion) completion!: AssessmentCompletion;
  @Field(() => OpenGovernmentEffect) didItOpenGovernment!: OpenGovernmentEffect;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) notes?: string | null;
}
