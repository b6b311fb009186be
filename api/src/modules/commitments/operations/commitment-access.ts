import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../../errors.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { ActionPlan } from '../action-plan.entity.js';
import { CommitmentUpdate } from '../commitment-update.entity.js';
import { Commitment } from '../commitment.entity.js';
import { commitmentPolicy, type CommitmentAction, type CommitmentScope } from '../commitment.policy.js';
import { Milestone } from '../milestone.entity.js';

export const scopeOf = (commitment: Commitment): CommitmentScope => ({ networkId: commitment.network.id, cityId: commitment.actionPlan.city.id });

function authorize(viewer: Viewer, action: CommitmentAction, scope: CommitmentScope): void {
  const decision = commitmentPolicy.decide(viewer, action, scope);
  if (!decision.allowed) throw new ForbiddenError(decision.message);
}

/** The plan a coordinator changes, locked for the rest of the transaction. */
export async function planForChange(tx: EntityManager, viewer: Viewer, id: string): Promise<ActionPlan> {
  const plan = isUuid(id) ? await tx.findOne(ActionPlan, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!plan) throw new NotFoundError('No such action plan.');
  authorize(viewer, 'edit', { networkId: plan.network.id, cityId: plan.city.id });
  await tx.populate(plan, ['city', 'network']);
  return plan;
}

/** The plan a new commitment goes into, once the viewer may edit the network's commitments. */
export async function planForCommitment(tx: EntityManager, viewer: Viewer, id: string | null | undefined, field: string): Promise<ActionPlan> {
  if (!id) throw new BadInputError('Choose the action plan.', field);
  const plan = isUuid(id) ? await tx.findOne(ActionPlan, { id }, { populate: ['city', 'network'] }) : null;
  if (!plan) throw new NotFoundError('No such action plan.');
  authorize(viewer, 'edit', { networkId: plan.network.id, cityId: plan.city.id });
  return plan;
}

/**
 * The commitment a mutation acts on, locked for the rest of the transaction (so that two updates of one
 * commitment take turns), with its plan loaded, once the policy allows the action.
 */
export async function commitmentForChange(tx: EntityManager, viewer: Viewer, id: string, action: CommitmentAction): Promise<Commitment> {
  const commitment = isUuid(id) ? await tx.findOne(Commitment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!commitment) throw new NotFoundError('No such commitment.');
  await tx.populate(commitment, ['actionPlan', 'network']);
  authorize(viewer, action, scopeOf(commitment));
  return commitment;
}

/** A milestone and its commitment (locked), for someone who may report on the commitment. */
export async function milestoneForChange(tx: EntityManager, viewer: Viewer, id: string): Promise<Milestone> {
  const found = isUuid(id) ? await tx.findOne(Milestone, { id }) : null;
  if (!found) throw new NotFoundError('No such milestone.');
  await commitmentForChange(tx, viewer, found.commitment.id, 'report');
  // Read again under the commitment's lock: every change of a milestone takes that lock first.
  return tx.findOneOrFail(Milestone, { id }, { refresh: true });
}

/** An update with its commitment (locked) and plan. */
export async function updateForChange(tx: EntityManager, id: string): Promise<CommitmentUpdate> {
  const update = isUuid(id) ? await tx.findOne(CommitmentUpdate, { id }) : null;
  if (!update) throw new NotFoundError('No such update.');
  await tx.findOne(Commitment, { id: update.commitment.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  await tx.populate(update, ['commitment.actionPlan', 'commitment.network']);
  return update;
}
