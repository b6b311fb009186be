import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { type CaseCard, CaseStatus } from '../case.entity.js';
import { cardForChange } from './case-access.js';

/** A coordinator takes a published card out of circulation: it leaves search; its page says it is archived. */
export async function archiveCase(ctx: RequestContext, id: string): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'case.archive', recordType: 'case', recordId: id }, async (tx, audit) => {
    const card = await cardForChange(tx, viewer, id, 'archive');
    audit.network = card.network;
    card.status = CaseStatus.ARCHIVED;
    // An archived card is frozen: a proposed edit is dropped (its revisions keep what it said).
    audit.details = { hadPendingEdit: card.pendingEdit !== null };
    card.pendingEdit = null;
    card.pendingEditState = null;
    card.pendingEditSubmittedAt = null;
    card.pendingEditBy = null;
    audit.reindex([card.id]);
    return card;
  });
}
