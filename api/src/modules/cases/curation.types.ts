import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { CaseCard, PendingEditState } from './case.entity.js';
import { ReviewDecision, ReviewTarget } from './case-review.entity.js';
import { RevisionKind } from './case-revision.entity.js';

@InputType('CityInput', { description: 'A city of the shared directory, found or added by name and country.' })
export class CityInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2' }) country!: string;
}

@InputType('ContactInput')
export class ContactInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType('LinkInput')
export class LinkInput {
  @Field(() => String, { nullable: true, description: 'Defaults to the address.' }) label?: string | null;
  @Field(() => String, { description: 'An http(s) address.' }) url!: string;
}

/**
 * The card form. On update, a field left out stays as it is and null clears it. Nothing is required to save
 * a draft; submitting needs a title, a city, the challenge, the approach and an SDG.
 */
@InputType('CaseInput')
export class CaseInput {
  @Field(() => String, { nullable: true, description: 'Network slug: required to create; a card never changes network.' })
  network?: string | null;

  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) challenge?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) approach?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) innovation?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) openGovernment?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) lessons?: string | null;
  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' }) sdgs?: number[] | null;
  @Field(() => [String], { nullable: true, description: 'Theme slugs.' }) themes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'OGP value slugs.' }) ogpValues?: string[] | null;
  @Field(() => [CityInput], { nullable: true }) cities?: CityInput[] | null;
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => [LinkInput], { nullable: true }) links?: LinkInput[] | null;
  @Field(() => String, { nullable: true, description: 'en, es, fr or pt.' }) language?: string | null;
  @Field(() => Int, { nullable: true }) yearStarted?: number | null;
}

@InputType('FieldCommentInput')
export class FieldCommentInput {
  @Field(() => String, { description: 'A CaseInput field name, e.g. title or sdgs.' }) field!: string;
  @Field(() => String) comment!: string;
}

@ObjectType('FieldComment')
export class FieldCommentType {
  @Field(() => String) field!: string;
  @Field(() => String) comment!: string;
}

@ObjectType('CaseReview', { description: 'A coordinator\'s decision and comments, seen by the author.' })
export class CaseReviewType {
  @Field(() => ID) id!: string;
  @Field(() => ReviewDecision) decision!: ReviewDecision;
  @Field(() => ReviewTarget) appliesTo!: ReviewTarget;
  @Field(() => String) comment!: string;
  @Field(() => [FieldCommentType]) fieldComments!: FieldCommentType[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => User, { nullable: true, description: 'Null once the reviewer\'s account is deleted.' }) reviewer!: User | null;
}

@ObjectType('CaseViewerCan', { description: 'What the viewer may do to the card now.' })
export class CaseViewerCanType {
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) submit!: boolean;
  @Field(() => Boolean) review!: boolean;
  @Field(() => Boolean) archive!: boolean;
}

@ObjectType('FieldChange', { description: 'One field\'s value before and after a change.' })
export class FieldChangeType {
  @Field(() => String) field!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('PendingEdit', { description: 'A proposed edit of a published card; the published version stays visible until it is approved.' })
export class PendingEditType {
  @Field(() => PendingEditState) state!: PendingEditState;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => User, { nullable: true }) proposedBy!: User | null;
  @Field(() => [FieldChangeType], { description: 'Against the published version.' }) changes!: FieldChangeType[];
  @Field(() => GraphQLJSONObject, { description: 'Every editable field of the proposed version.' }) snapshot!: Record<string, unknown>;
}

@ObjectType('CaseRevision', { description: 'One change of a card\'s content.' })
export class CaseRevisionType {
  @Field(() => ID) id!: string;
  @Field(() => RevisionKind) kind!: RevisionKind;
  @Field(() => Date) createdAt!: Date;
  @Field(() => User, { nullable: true, description: 'Null once the author\'s account is deleted.' }) author!: User | null;
  @Field(() => [String]) changedFields!: string[];
  @Field(() => [FieldChangeType]) changes!: FieldChangeType[];
}

@ObjectType('CurationQueueItem', { description: 'A submission waiting for a coordinator.' })
export class CurationQueueItemType {
  @Field(() => CaseCard) case!: CaseCard;
  @Field(() => ReviewTarget, { description: 'A new card, or an edit of a published one.' }) appliesTo!: ReviewTarget;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Int, { description: 'How long it has waited.' }) waitingSeconds!: number;
}
