import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { CommitmentUpdate } from '../commitment-update.entity.js';
import { CommitmentStatus } from '../commitment.enums.js';
import type { CommitmentUpdateInput } from '../commitment.types.js';
import { inputField, todayUtc, updateValues } from '../commitment.validation.js';
import { Milestone } from '../milestone.entity.js';
import { commitmentForChange } from './commitment-access.js';

/**
 * An editor of the city (or a coordinator) reports progress: a Markdown text, evidence links, optionally a
 * new self-reported status, and the milestones this update completes — done on the update's date, which may
 * not come before the plan's start.
 */
export async function postCommitmentUpdate(ctx: RequestContext, input: CommitmentUpdateInput): Promise<CommitmentUpdate> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'commitment.post-update', recordType: 'commitment-update' }, async (tx, audit) => {
    const commitment = await commitmentForChange(tx, viewer, input.commitmentId, 'report');
    audit.network = commitment.network;
    const plan = commitment.actionPlan;
    const problems = new Problems();
    const at = inputField();
    const values = updateValues(problems, at, input);
    const now = new Date();
    const today = todayUtc(now);

    const wanted = [...new Set(input.completedMilestoneIds ?? [])];
    const milestones = wanted.some(isUuid) ? await tx.find(Milestone, { commitment, id: { $in: wanted.filter(isUuid) } }) : [];
    const unknown = wanted.filter((id) => !milestones.some((milestone) => milestone.id === id));
    if (unknown.length) problems.add(at('completedMilestoneIds'), `not milestones of this commitment: ${unknown.map((id) => id.slice(0, 40)).join(', ')}.`);
    for (const milestone of milestones) {
      if (milestone.status === CommitmentStatus.COMPLETE) problems.add(at('completedMilestoneIds'), `"${milestone.title.slice(0, 80)}" was already done on ${milestone.doneDate}.`);
    }
    if (milestones.length && today < plan.periodStart) {
      problems.add(at('completedMilestoneIds'), `a milestone done today (${today}) would be done before the plan's start (${plan.periodStart}).`);
    }
    problems.throwIfAny();

    const update = tx.create(CommitmentUpdate, {
      commitment,
      author: tx.getReference(User, viewer.userId),
      body: values.body,
      newStatus: input.status ?? null,
      links: values.links,
      createdAt: now,
    });
    for (const milestone of milestones) {
      milestone.status = CommitmentStatus.COMPLETE;
      milestone.doneDate = today;
    }
    update.completedMilestones.set(milestones);
    const previous = commitment.status;
    if (input.status) commitment.status = input.status;
    audit.recordId = update.id;
    audit.details = { commitment: commitment.id, from: previous, to: commitment.status, completedMilestones: milestones.map((milestone) => milestone.id) };
    return update;
  });
}
