import type { RequestContext } from '../../../context.js';
import { BadInputError, InvalidFieldsError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { recordActivity } from '../../notifications/activity.js';
import { type CaseCard, CaseStatus, PendingEditState } from '../case.entity.js';
import { CaseReview, ReviewDecision, ReviewTarget } from '../case-review.entity.js';
import { RevisionKind } from '../case-revision.entity.js';
import { applySnapshot, changedFields, EDITABLE_FIELDS, snapshotOf } from '../case.snapshot.js';
import type { FieldCommentInput } from '../curation.types.js';
import { assertReadyToSubmit } from '../case.validation.js';
import { cardForChange, recordRevision } from './case-access.js';

const COMMENT_MAX = 5000;
const FIELD_COMMENT_MAX = 2000;
const ACTIONS: Record<ReviewDecision, string> = {
  [ReviewDecision.APPROVE]: 'case.approve',
  [ReviewDecision.REQUEST_CHANGES]: 'case.request_changes',
  [ReviewDecision.REJECT]: 'case.reject',
};

function validComment(decision: ReviewDecision, comment: string | null | undefined): string {
  const trimmed = (comment ?? '').trim();
  if (!trimmed && decision !== ReviewDecision.APPROVE) {
    throw new BadInputError(`Say why: a comment is required to ${decision === ReviewDecision.REJECT ? 'reject' : 'request changes'}.`, 'comment');
  }
  if (trimmed.length > COMMENT_MAX) throw new BadInputError(`The comment is ${trimmed.length} characters long; at most ${COMMENT_MAX} are allowed.`, 'comment');
  return trimmed;
}

function validFieldComments(fieldComments: FieldCommentInput[] | null | undefined): Record<string, string> {
  const entries = fieldComments ?? [];
  if (entries.length > EDITABLE_FIELDS.length) throw new BadInputError(`At most ${EDITABLE_FIELDS.length} field comments.`, 'fieldComments');
  const known = new Set<string>(EDITABLE_FIELDS);
  const problems: { field: string; message: string }[] = [];
  const result: Record<string, string> = {};
  entries.forEach((entry, index) => {
    // The form names fields by their input path (input.title); both spellings are accepted.
    const field = entry.field.replace(/^input\./, '');
    const comment = entry.comment.trim();
    if (!known.has(field)) {
      problems.push({ field: `fieldComments[${index}].field`, message: `unknown field "${field.slice(0, 40)}"; use one of ${EDITABLE_FIELDS.join(', ')}.` });
    } else if (!comment || comment.length > FIELD_COMMENT_MAX) {
      problems.push({ field: `fieldComments[${index}].comment`, message: `write 1 to ${FIELD_COMMENT_MAX} characters.` });
    } else {
      result[field] = result[field] ? `${result[field]}\n${comment}` : comment;
    }
  });
  if (problems.length) throw new InvalidFieldsError(problems);
  return result;
}

/**
 * A coordinator decides on a submission: APPROVE publishes the card (or applies the pending edit to the
 * published card) and re-indexes it; REQUEST_CHANGES sends it back to the author with comments; REJECT
 * closes it. A comment is required for the last two; per-field comments are optional.
 */
export async function reviewCase(
  ctx: RequestContext,
  options: { id: string; decision: ReviewDecision; comment?: string | null; fieldComments?: FieldCommentInput[] | null },
): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  const comment = validComment(options.decision, options.comment);
  const fieldComments = validFieldComments(options.fieldComments);

  return withAudit(ctx, { action: ACTIONS[options.decision], recordType: 'case', recordId: options.id }, async (tx, audit) => {
    const card = await cardForChange(tx, viewer, options.id, 'review');
    audit.network = card.network;
    const appliesTo = card.status === CaseStatus.PUBLISHED ? ReviewTarget.PENDING_EDIT : ReviewTarget.CARD;
    // Who hears of the decision: the card's author, or whoever proposed the edit (read before it is cleared).
    const authorId = (appliesTo === ReviewTarget.PENDING_EDIT ? card.pendingEditBy?.id : undefined) ?? card.author?.id;
    // A coordinator may have edited the submission since: what gets published must still be complete.
    if (options.decision === ReviewDecision.APPROVE) assertReadyToSubmit(appliesTo === ReviewTarget.CARD ? snapshotOf(card) : card.pendingEdit!);
    tx.create(CaseReview, { card, reviewer: tx.getReference(User, viewer.userId), decision: options.decision, appliesTo, comment, fieldComments });
    audit.details = { appliesTo, fieldsCommented: Object.keys(fieldComments) };

    if (appliesTo === ReviewTarget.CARD) {
      decideOnCard(card, options.decision);
      if (card.status === CaseStatus.PUBLISHED) audit.reindex([card.id]);
    } else if (options.decision === ReviewDecision.APPROVE) {
      const published = snapshotOf(card);
      const proposed = card.pendingEdit!;
      await applySnapshot(tx, card, proposed);
      const applied = snapshotOf(card);
      recordRevision(tx, card, card.pendingEditBy?.id ?? null, RevisionKind.EDIT_APPLIED, applied, changedFields(published, applied));
      card.pendingEdit = null;
      card.pendingEditState = null;
      card.pendingEditSubmittedAt = null;
      card.pendingEditBy = null;
      audit.reindex([card.id]);
    } else {
      card.pendingEditState = options.decision === ReviewDecision.REJECT ? PendingEditState.REJECTED : PendingEditState.CHANGES_REQUESTED;
    }
    audit.details.status = card.status;
    const activity = { actorId: viewer.userId, networkId: card.network.id, caseId: card.id };
    if (authorId) await recordActivity(tx, { kind: 'CURATION_DECIDED', ...activity, authorId, decision: options.decision });
    if (appliesTo === ReviewTarget.CARD && card.status === CaseStatus.PUBLISHED) await recordActivity(tx, { kind: 'CASE_PUBLISHED', ...activity });
    return card;
  });
}

function decideOnCard(card: CaseCard, decision: ReviewDecision): void {
  switch (decision) {
    case ReviewDecision.APPROVE:
      card.status = CaseStatus.PUBLISHED;
      card.publishedAt ??= new Date();
      break;
    case ReviewDecision.REQUEST_CHANGES:
      card.status = CaseStatus.CHANGES_REQUESTED;
      break;
    case ReviewDecision.REJECT:
      card.status = CaseStatus.REJECTED;
      break;
  }
}
