import type { RequestContext } from '../../../context.js';
import { BadInputError, InvalidFieldsError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import type { ActionPlan } from '../action-plan.entity.js';
import type { ActionPlanInput } from '../commitment.types.js';
import { inputField, planValues, type PlanPeriod } from '../commitment.validation.js';
import { Milestone } from '../milestone.entity.js';
import { assertTitleFree } from './create-action-plan.js';
import { planForChange } from './commitment-access.js';

/**
 * A coordinator edits a plan's title, period or document. The plan keeps its network and city, and a new
 * period must still hold every milestone of its commitments (due dates inside, done dates not before it).
 */
export async function updateActionPlan(ctx: RequestContext, id: string, input: ActionPlanInput): Promise<ActionPlan> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'action-plan.update', recordType: 'action-plan', recordId: id }, async (tx, audit) => {
    const plan = await planForChange(tx, viewer, id);
    audit.network = plan.network;
    if (input.network != null && input.network.trim() !== plan.network.slug) throw new BadInputError('A plan stays in its network.', 'input.network');
    if (input.city != null) throw new BadInputError('A plan stays with its city: create a plan for the other city instead.', 'input.city');

    const problems = new Problems();
    const values = planValues(problems, inputField(), input, plan);
    problems.throwIfAny();
    const period = { periodStart: values.periodStart ?? plan.periodStart, periodEnd: values.periodEnd ?? plan.periodEnd };
    await assertMilestonesFit(tx, plan.id, period);
    if (values.title !== undefined && values.title !== plan.title) await assertTitleFree(tx, plan.network.id, plan.city.id, values.title, plan.id);

    const changed: string[] = [];
    for (const key of ['title', 'periodStart', 'periodEnd', 'documentUrl'] as const) {
      if (values[key] !== undefined && values[key] !== plan[key]) {
        (plan as unknown as Record<string, unknown>)[key] = values[key];
        changed.push(key);
      }
    }
    audit.details = { changedFields: changed };
    return plan;
  });
}

/** Refuses a period that would leave a milestone of the plan due outside it, or done before it starts. */
export async function assertMilestonesFit(tx: RequestContext['em'], planId: string, period: PlanPeriod, prefix = 'input'): Promise<void> {
  const misfits = await tx.find(
    Milestone,
    { commitment: { actionPlan: planId }, $or: [{ dueDate: { $lt: period.periodStart } }, { dueDate: { $gt: period.periodEnd } }, { doneDate: { $lt: period.periodStart } }] },
    { orderBy: { dueDate: 'asc' }, limit: 5 },
  );
  if (misfits.length === 0) return;
  const problems = misfits.map((milestone) => {
    const early = milestone.dueDate < period.periodStart || (milestone.doneDate !== null && milestone.doneDate < period.periodStart);
    return {
      field: `${prefix}.${early ? 'periodStart' : 'periodEnd'}`,
      message: `milestone "${milestone.title.slice(0, 80)}" (due ${milestone.dueDate}${milestone.doneDate ? `, done ${milestone.doneDate}` : ''}) would fall outside ${period.periodStart} to ${period.periodEnd}.`,
    };
  });
  throw new InvalidFieldsError(problems);
}
