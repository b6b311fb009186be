import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import { CommitmentStatus } from '../commitment.enums.js';
import { Commitment } from '../commitment.entity.js';
import type { CommitmentInput } from '../commitment.types.js';
import { commitmentValues, inputField, MILESTONES_MAX, milestoneValues, todayUtc } from '../commitment.validation.js';
import { Milestone } from '../milestone.entity.js';
import { planForCommitment } from './commitment-access.js';
import { applyCommitmentValues, assertExternalIdFree, publicCases } from './commitment-fields.js';

/** A coordinator adds a commitment, with its first milestones, to an action plan of their network. */
export async function createCommitment(ctx: RequestContext, input: CommitmentInput): Promise<Commitment> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'commitment.create', recordType: 'commitment' }, async (tx, audit) => {
    const plan = await planForCommitment(tx, viewer, input.actionPlanId, 'input.actionPlanId');
    audit.network = plan.network;
    const problems = new Problems();
    const values = commitmentValues(problems, inputField(), input, true);
    const milestones = input.milestones ?? [];
    if (milestones.length > MILESTONES_MAX) problems.add('input.milestones', `${milestones.length} milestones; at most ${MILESTONES_MAX} are allowed.`);
    const today = todayUtc();
    const wanted = milestones.map((milestone, index) => milestoneValues(problems, inputField(`input.milestones[${index}]`), milestone, plan, { today, doneByDefault: true }));
    problems.throwIfAny();
    if (values.externalId) await assertExternalIdFree(tx, plan.network.id, values.externalId);
    const cases = await publicCases(tx, values.caseIds ?? [], 'input.caseIds');

    const commitment = tx.create(Commitment, { network: plan.network, actionPlan: plan, title: values.title!, status: values.status ?? CommitmentStatus.NOT_STARTED });
    applyCommitmentValues(commitment, values);
    commitment.cases.set(cases);
    for (const milestone of wanted) tx.create(Milestone, { commitment, ...milestone });
    audit.recordId = commitment.id;
    audit.details = { actionPlan: plan.id, status: commitment.status, milestones: wanted.length };
    return commitment;
  });
}

export function refuseMilestonesOnUpdate(input: CommitmentInput): void {
  if (input.milestones != null) throw new BadInputError('Milestones change one at a time: use addMilestone, updateMilestone and setMilestoneStatus.', 'input.milestones');
}
