import { LIMITS } from '@casebook/taxonomy';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { similarCases } from '../search/similar-cases.js';
import { CaseCard } from './case.entity.js';
import { ReviewDecision } from './case-review.entity.js';
import { CaseInput, CaseRevisionType, CurationQueueItemType, FieldCommentInput } from './curation.types.js';
import { archiveCase } from './operations/archive-case.js';
import { createCase } from './operations/create-case.js';
import { caseHistory, curationQueue, myCases } from './operations/curation-queries.js';
import { reviewCase } from './operations/review-case.js';
import { submitCase } from './operations/submit-case.js';
import { updateCase } from './operations/update-case.js';

/** Drafts, submissions, reviews, revisions: the curation workflow. */
@Resolver()
export class CurationResolver {
  @Mutation(() => CaseCard, { description: 'Starts a card as a DRAFT in a network where you are an editor or coordinator.' })
  createCase(@Ctx() ctx: RequestContext, @Arg('input', () => CaseInput) input: CaseInput): Promise<CaseCard> {
    return createCase(ctx, input);
  }

  @Mutation(() => CaseCard, { description: 'Saves the form; on a published card the change waits for a coordinator\'s approval (see pendingEdit).' })
  updateCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => CaseInput) input: CaseInput): Promise<CaseCard> {
    return updateCase(ctx, id, input);
  }

  @Mutation(() => CaseCard, { description: 'Sends the card, or its pending edit, to the network\'s coordinators.' })
  submitCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CaseCard> {
    return submitCase(ctx, id);
  }

  @Mutation(() => CaseCard, { description: 'Coordinators: APPROVE publishes (or applies the pending edit); REQUEST_CHANGES and REJECT need a comment.' })
  reviewCase(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | undefined,
    @Arg('fieldComments', () => [FieldCommentInput], { nullable: true }) fieldComments: FieldCommentInput[] | undefined,
  ): Promise<CaseCard> {
    return reviewCase(ctx, { id, decision, comment, fieldComments });
  }

  @Mutation(() => CaseCard, { description: 'Coordinators: takes a published card out of search; its page says it is archived.' })
  archiveCase(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CaseCard> {
    return archiveCase(ctx, id);
  }

  @Query(() => [CaseCard], { description: 'Your cards in every state, most recently changed first.' })
  myCases(@Ctx() ctx: RequestContext): Promise<CaseCard[]> {
    return myCases(ctx);
  }

  @Query(() => [CurationQueueItemType], { nullable: true, description: 'Submissions waiting for review, oldest first; null unless you coordinate the network.' })
  curationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeMax }) first: number,
  ): Promise<CurationQueueItemType[] | null> {
    return curationQueue(ctx, network, first);
  }

  @Query(() => [CaseRevisionType], { nullable: true, description: 'A card\'s revisions, newest first, with per-field diffs; null unless you may read its drafts.' })
  caseHistory(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<CaseRevisionType[] | null> {
    return caseHistory(ctx, id);
  }

  @Query(() => [CaseCard], { description: 'Published cards that look like this one (the duplicate check), best match first.' })
  similarCases(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CaseInput) input: CaseInput,
    @Arg('excludeId', () => ID, { nullable: true, description: 'The card being edited.' }) excludeId: string | undefined,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
  ): Promise<CaseCard[]> {
    return similarCases(ctx, input, { excludeId, first });
  }
}
