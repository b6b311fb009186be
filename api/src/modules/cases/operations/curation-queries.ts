import { LIMITS } from '@casebook/taxonomy';
import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { validatePageSize } from '../case.filter.js';
import { Network } from '../../networks/network.entity.js';
import { CaseCard, CaseStatus, PendingEditState, type CaseSnapshot } from '../case.entity.js';
import { ReviewTarget } from '../case-review.entity.js';
import { CaseRevision, RevisionKind } from '../case-revision.entity.js';
import { casePolicy } from '../case.policy.js';
import { changedFields, snapshotOf } from '../case.snapshot.js';
import type { CaseRevisionType, CurationQueueItemType, FieldChangeType, PendingEditType } from '../curation.types.js';
import { isUuid } from './case-access.js';

const LIST_POPULATE = ['network', 'cities'] as const;

/** A card by id, or null when it does not exist or the viewer may not read it. */
export async function findCaseById(ctx: RequestContext, id: string): Promise<CaseCard | null> {
  const card = isUuid(id) ? await ctx.em.findOne(CaseCard, { id }, { populate: LIST_POPULATE }) : null;
  return card && casePolicy.canRead(ctx.viewer, card) ? card : null;
}

/** The viewer's own cards, in every state, most recently changed first. */
export async function myCases(ctx: RequestContext): Promise<CaseCard[]> {
  const viewer = requireViewer(ctx);
  return ctx.em.find(CaseCard, { author: viewer.userId }, { populate: LIST_POPULATE, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] });
}

/**
 * What waits for the network's coordinators, oldest first: submitted cards and submitted edits of published
 * cards. Null for anyone but the network's coordinators.
 */
export async function curationQueue(ctx: RequestContext, networkSlug: string, first: number = LIMITS.pageSizeMax): Promise<CurationQueueItemType[] | null> {
  validatePageSize(first);
  const network = await ctx.em.findOne(Network, { slug: networkSlug });
  if (!network || !casePolicy.canCurateNetwork(ctx.viewer, network.id)) return null;
  const cards = await ctx.em.find(
    CaseCard,
    { network, $or: [{ status: CaseStatus.SUBMITTED }, { status: CaseStatus.PUBLISHED, pendingEditState: PendingEditState.SUBMITTED }] },
    { populate: LIST_POPULATE },
  );
  const now = Date.now();
  return cards
    .map((card) => {
      const pending = card.status === CaseStatus.PUBLISHED;
      const submittedAt = (pending ? card.pendingEditSubmittedAt : card.submittedAt) ?? card.updatedAt;
      return { case: card, appliesTo: pending ? ReviewTarget.PENDING_EDIT : ReviewTarget.CARD, submittedAt, waitingSeconds: Math.max(0, Math.floor((now - submittedAt.getTime()) / 1000)) };
    })
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.case.id.localeCompare(b.case.id))
    .slice(0, first);
}

function changesBetween(before: CaseSnapshot | null, after: CaseSnapshot, fields: string[]): FieldChangeType[] {
  return fields.map((field) => ({
    field,
    before: before ? (before[field as keyof CaseSnapshot] ?? null) : null,
    after: after[field as keyof CaseSnapshot] ?? null,
  }));
}

/**
 * A card's revisions, newest first, each with its author and a per-field diff. A revision of the card
 * compares with the card's previous version; a proposed edit with the previous proposal (or the published
 * version). Null for anyone who may not read the card's private side.
 */
export async function caseHistory(ctx: RequestContext, id: string): Promise<CaseRevisionType[] | null> {
  const card = isUuid(id) ? await ctx.em.findOne(CaseCard, { id }) : null;
  if (!card || !casePolicy.canReadPrivate(ctx.viewer, card)) return null;
  const revisions = await ctx.em.find(CaseRevision, { card }, { populate: ['author'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  let current: CaseSnapshot | null = null;
  let proposed: CaseSnapshot | null = null;
  const history = revisions.map((revision) => {
    let before: CaseSnapshot | null;
    if (revision.kind === RevisionKind.EDIT_PROPOSED) {
      before = proposed ?? current;
      proposed = revision.snapshot;
    } else {
      before = revision.kind === RevisionKind.CREATED ? null : current;
      current = revision.snapshot;
      if (revision.kind === RevisionKind.EDIT_APPLIED) proposed = null;
    }
    return {
      id: revision.id,
      kind: revision.kind,
      createdAt: revision.createdAt,
      author: revision.author,
      changedFields: revision.changedFields,
      changes: changesBetween(before, revision.snapshot, revision.changedFields),
    };
  });
  return history.reverse();
}

/** The proposed edit of a published card, compared with the published version; cities must be loaded. */
export function pendingEditOf(card: CaseCard): Omit<PendingEditType, 'proposedBy'> | null {
  if (!card.pendingEdit || !card.pendingEditState) return null;
  const published = snapshotOf(card);
  return {
    state: card.pendingEditState,
    submittedAt: card.pendingEditSubmittedAt,
    changes: changesBetween(published, card.pendingEdit, changedFields(published, card.pendingEdit)),
    snapshot: { ...card.pendingEdit },
  };
}
