import type { RequestContext } from '../../../context.js';
import { BadInputError, ForbiddenError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { Problems } from '../../cases/case.validation.js';
import { findOrCreateCities } from '../../cases/case.snapshot.js';
import { Network } from '../../networks/network.entity.js';
import { ActionPlan } from '../action-plan.entity.js';
import { commitmentPolicy } from '../commitment.policy.js';
import type { ActionPlanInput } from '../commitment.types.js';
import { cityValue, inputField, planValues } from '../commitment.validation.js';

/** A coordinator starts a city's action plan in their network. */
export async function createActionPlan(ctx: RequestContext, input: ActionPlanInput): Promise<ActionPlan> {
  const viewer = requireViewer(ctx);
  const slug = input.network?.trim();
  if (!slug) throw new BadInputError('Choose the network the plan belongs to.', 'input.network');
  const network = await ctx.em.findOne(Network, { slug });
  if (!network) throw new BadInputError(`Unknown network "${slug.slice(0, 80)}".`, 'input.network');
  if (!commitmentPolicy.canPlan(viewer, network.id)) throw new ForbiddenError('Only the network\'s coordinators can add action plans.');

  const problems = new Problems();
  const values = planValues(problems, inputField(), input);
  const city = cityValue(problems, inputField(), input.city);
  problems.throwIfAny();

  return withAudit(ctx, { network, action: 'action-plan.create', recordType: 'action-plan' }, async (tx, audit) => {
    const [found] = await findOrCreateCities(tx, [city]);
    await assertTitleFree(tx, network.id, found!.id, values.title!);
    const plan = tx.create(ActionPlan, {
      network,
      city: found!,
      title: values.title!,
      periodStart: values.periodStart!,
      periodEnd: values.periodEnd!,
      documentUrl: values.documentUrl ?? null,
    });
    audit.recordId = plan.id;
    audit.details = { city: found!.id };
    return plan;
  });
}

/** One plan per title per city in a network: imports find plans again by it. */
export async function assertTitleFree(tx: RequestContext['em'], networkId: string, cityId: string, title: string, planId?: string): Promise<void> {
  // Two plans given the same title at the same moment: take turns per (network, city).
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`action-plan:${networkId}:${cityId}`]);
  const taken = await tx.findOne(ActionPlan, { network: networkId, city: cityId, title, ...(planId ? { id: { $ne: planId } } : {}) });
  if (taken) throw new BadInputError(`This city already has a plan called "${title.slice(0, 80)}" in the network.`, 'input.title');
}
