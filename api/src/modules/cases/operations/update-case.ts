import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { type CaseCard, CaseStatus, PendingEditState } from '../case.entity.js';
import { RevisionKind } from '../case-revision.entity.js';
import { uniqueSlug } from '../case.slug.js';
import { applySnapshot, canonicalCities, changedFields, snapshotOf } from '../case.snapshot.js';
import { validateCaseInput } from '../case.validation.js';
import type { CaseInput } from '../curation.types.js';
import { cardForChange, recordRevision } from './case-access.js';

/**
 * Saves the form. A card that is not published changes in place (a coordinator's edit reopens a rejected
 * card as a draft); a published card gets a pending edit instead, and its published version stays as it is
 * until a coordinator approves. A save that changes nothing records no revision.
 */
export async function updateCase(ctx: RequestContext, id: string, input: CaseInput): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  const values = validateCaseInput(input);

  return withAudit(ctx, { action: 'case.update', recordType: 'case', recordId: id }, async (tx, audit) => {
    const card = await cardForChange(tx, viewer, id, 'edit');
    audit.network = card.network;
    if (input.network != null && input.network.trim() !== card.network.slug) {
      throw new BadInputError('A card stays in the network it was written for.', 'input.network');
    }
    if (values.cities) values.cities = await canonicalCities(tx, values.cities);

    if (card.status === CaseStatus.PUBLISHED) {
      const base = card.pendingEdit ?? snapshotOf(card);
      const next = { ...base, ...values };
      const changed = changedFields(base, next);
      if (changed.length > 0) {
        card.pendingEdit = next;
        card.pendingEditBy = tx.getReference(User, viewer.userId);
        if (!card.pendingEditState || card.pendingEditState === PendingEditState.REJECTED) card.pendingEditState = PendingEditState.DRAFT;
        recordRevision(tx, card, viewer.userId, RevisionKind.EDIT_PROPOSED, next, changed);
      }
      audit.details = { changedFields: changed, pendingEdit: true };
      return card;
    }

    const base = snapshotOf(card);
    const changed = changedFields(base, { ...base, ...values });
    if (changed.length > 0) {
      await applySnapshot(tx, card, { ...base, ...values });
      // The address is settled at first publication; until then it follows the title.
      if (changed.includes('title') && !card.publishedAt) card.slug = await uniqueSlug(tx, card.title, card.id);
      if (card.status === CaseStatus.REJECTED) card.status = CaseStatus.DRAFT;
      recordRevision(tx, card, viewer.userId, RevisionKind.EDITED, snapshotOf(card), changed);
    }
    audit.details = { changedFields: changed, status: card.status };
    return card;
  });
}
