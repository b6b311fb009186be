import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import type { Commitment } from '../commitment.entity.js';
import type { CommitmentInput } from '../commitment.types.js';
import { Milestone } from '../milestone.entity.js';
import { commitmentValues, inputField } from '../commitment.validation.js';
import { commitmentForChange, planForCommitment } from './commitment-access.js';
import { applyCommitmentValues, assertExternalIdFree, publicCases } from './commitment-fields.js';
import { refuseMilestonesOnUpdate } from './create-commitment.js';

/**
 * A coordinator edits a commitment: its text, partners, tags, status and linked cards; or moves it to another
 * plan of the same network (whose period must hold its milestones).
 */
export async function updateCommitment(ctx: RequestContext, id: string, input: CommitmentInput): Promise<Commitment> {
  const viewer = requireViewer(ctx);
  refuseMilestonesOnUpdate(input);
  return withAudit(ctx, { action: 'commitment.update', recordType: 'commitment', recordId: id }, async (tx, audit) => {
    const commitment = await commitmentForChange(tx, viewer, id, 'edit');
    audit.network = commitment.network;
    const problems = new Problems();
    const values = commitmentValues(problems, inputField(), input, false);
    problems.throwIfAny();
    const changed: string[] = [];

    if (input.actionPlanId != null && input.actionPlanId !== commitment.actionPlan.id) {
      const plan = await planForCommitment(tx, viewer, input.actionPlanId, 'input.actionPlanId');
      if (plan.network.id !== commitment.network.id) throw new BadInputError('A commitment moves only between plans of its network.', 'input.actionPlanId');
      const misfits = await tx.count(Milestone, { commitment: commitment.id, $or: [{ dueDate: { $lt: plan.periodStart } }, { dueDate: { $gt: plan.periodEnd } }, { doneDate: { $lt: plan.periodStart } }] });
      if (misfits > 0) throw new BadInputError(`${misfits} milestone${misfits > 1 ? 's' : ''} would fall outside the plan's period (${plan.periodStart} to ${plan.periodEnd}).`, 'input.actionPlanId');
      commitment.actionPlan = plan;
      changed.push('actionPlan');
    }
    if (values.externalId !== undefined) await assertExternalIdFree(tx, commitment.network.id, values.externalId, commitment.id);
    changed.push(...applyCommitmentValues(commitment, values));
    if (values.caseIds !== undefined) {
      const cases = await publicCases(tx, values.caseIds, 'input.caseIds');
      await commitment.cases.init();
      const before = commitment.cases.getItems().map((card) => card.id).sort().join();
      if (before !== cases.map((card) => card.id).sort().join()) {
        commitment.cases.set(cases);
        changed.push('cases');
      }
    }
    audit.details = { changedFields: changed, status: commitment.status };
    return commitment;
  });
}
