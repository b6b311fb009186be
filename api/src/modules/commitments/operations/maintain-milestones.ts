import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import type { CommitmentStatus } from '../commitment.enums.js';
import type { MilestoneInput } from '../commitment.types.js';
import { inputField, MILESTONES_MAX, milestoneValues, todayUtc, type Namer } from '../commitment.validation.js';
import { Milestone } from '../milestone.entity.js';
import { BadInputError } from '../../../errors.js';
import { commitmentForChange, milestoneForChange } from './commitment-access.js';

/**
 * Milestones are maintained by whoever reports on the commitment: the editors of its city and the network's
 * coordinators. Due dates stay within the plan's period; a done date only on COMPLETE (today when not given),
 * never before the plan's start nor in the future.
 */
export async function setMilestoneStatus(ctx: RequestContext, id: string, status: CommitmentStatus, doneDate?: string | null): Promise<Milestone> {
  const at: Namer = (field) => field;
  return changeMilestone(ctx, id, 'milestone.status', { status, doneDate: doneDate ?? undefined }, at);
}

export async function updateMilestone(ctx: RequestContext, id: string, input: MilestoneInput): Promise<Milestone> {
  return changeMilestone(ctx, id, 'milestone.update', input, inputField());
}

async function changeMilestone(ctx: RequestContext, id: string, action: string, input: MilestoneInput, at: Namer): Promise<Milestone> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action, recordType: 'milestone', recordId: id }, async (tx, audit) => {
    const milestone = await milestoneForChange(tx, viewer, id);
    const commitment = milestone.commitment;
    audit.network = commitment.network;
    const problems = new Problems();
    const values = milestoneValues(problems, at, input, commitment.actionPlan, { today: todayUtc(), doneByDefault: true, current: milestone });
    problems.throwIfAny();
    audit.details = { commitment: commitment.id, from: milestone.status, to: values.status };
    Object.assign(milestone, values);
    return milestone;
  });
}

export async function addMilestone(ctx: RequestContext, commitmentId: string, input: MilestoneInput): Promise<Milestone> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'milestone.add', recordType: 'milestone' }, async (tx, audit) => {
    const commitment = await commitmentForChange(tx, viewer, commitmentId, 'report');
    audit.network = commitment.network;
    const count = await tx.count(Milestone, { commitment });
    if (count >= MILESTONES_MAX) throw new BadInputError(`A commitment has at most ${MILESTONES_MAX} milestones.`, 'commitmentId');
    const problems = new Problems();
    const values = milestoneValues(problems, inputField(), input, commitment.actionPlan, { today: todayUtc(), doneByDefault: true });
    problems.throwIfAny();
    const milestone = tx.create(Milestone, { commitment, ...values });
    audit.recordId = milestone.id;
    audit.details = { commitment: commitment.id, status: values.status };
    return milestone;
  });
}
