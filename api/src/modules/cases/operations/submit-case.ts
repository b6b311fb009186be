import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { type CaseCard, CaseStatus, PendingEditState } from '../case.entity.js';
import { ReviewTarget } from '../case-review.entity.js';
import { snapshotOf } from '../case.snapshot.js';
import { assertReadyToSubmit } from '../case.validation.js';
import { cardForChange } from './case-access.js';

/** Sends a card (or the pending edit of a published card) to the network's coordinators. */
export async function submitCase(ctx: RequestContext, id: string): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'case.submit', recordType: 'case', recordId: id }, async (tx, audit) => {
    const card = await cardForChange(tx, viewer, id, 'submit');
    audit.network = card.network;
    const now = new Date();
    if (card.status === CaseStatus.PUBLISHED) {
      assertReadyToSubmit(card.pendingEdit!);
      card.pendingEditState = PendingEditState.SUBMITTED;
      card.pendingEditSubmittedAt = now;
      audit.details = { appliesTo: ReviewTarget.PENDING_EDIT };
    } else {
      assertReadyToSubmit(snapshotOf(card));
      card.status = CaseStatus.SUBMITTED;
      card.submittedAt = now;
      audit.details = { appliesTo: ReviewTarget.CARD };
    }
    return card;
  });
}
