import type { RequestContext } from '../../../context.js';
import { ForbiddenError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import type { CommitmentUpdate } from '../commitment-update.entity.js';
import { commitmentPolicy } from '../commitment.policy.js';
import { updateValues } from '../commitment.validation.js';
import { UpdateRevision } from '../update-revision.entity.js';
import { scopeOf, updateForChange } from './commitment-access.js';

/**
 * Corrects the text of an update. Never silently: the text it replaces is kept as a revision (with who
 * replaced it and when), and the update shows when it was corrected. The same text again changes nothing.
 */
export async function correctCommitmentUpdate(ctx: RequestContext, id: string, body: string): Promise<CommitmentUpdate> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'commitment-update.correct', recordType: 'commitment-update', recordId: id }, async (tx, audit) => {
    const update = await updateForChange(tx, id);
    audit.network = update.commitment.network;
    if (!commitmentPolicy.canCorrect(viewer, scopeOf(update.commitment), update.author?.id ?? null)) {
      throw new ForbiddenError('Only the update\'s author and the network\'s coordinators can correct it.');
    }
    const problems = new Problems();
    const values = updateValues(problems, (field) => field, { body });
    problems.throwIfAny();
    audit.details = { changed: values.body !== update.body };
    if (values.body === update.body) return update;
    tx.create(UpdateRevision, { update, body: update.body, editedBy: tx.getReference(User, viewer.userId) });
    update.body = values.body;
    update.correctedAt = new Date();
    return update;
  });
}
