import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../../errors.js';
import { User } from '../../accounts/user.entity.js';
import { CaseCard, type CaseSnapshot } from '../case.entity.js';
import { CaseRevision, type RevisionKind } from '../case-revision.entity.js';
import { casePolicy, type CaseAction } from '../case.policy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * The card a mutation acts on, locked for the rest of the transaction, once the policy allows the action.
 * Cards the viewer has no standing on answer "No such case", like ids that do not exist.
 */
export async function cardForChange(tx: EntityManager, viewer: Viewer, id: string, action: CaseAction): Promise<CaseCard> {
  const card = isUuid(id) ? await tx.findOne(CaseCard, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!card) throw new NotFoundError('No such case.');
  const decision = casePolicy.decide(viewer, action, card);
  if (!decision.allowed) {
    if (decision.reason === 'hidden') throw new NotFoundError('No such case.');
    if (decision.reason === 'forbidden') throw new ForbiddenError(decision.message);
    throw new BadInputError(decision.message, 'id');
  }
  await tx.populate(card, ['cities', 'network'], { refresh: true });
  return card;
}

/** Records one content change of a card. */
export function recordRevision(tx: EntityManager, card: CaseCard, authorId: string | null, kind: RevisionKind, snapshot: CaseSnapshot, changedFields: string[]): void {
  tx.create(CaseRevision, { card, author: authorId ? tx.getReference(User, authorId) : null, kind, snapshot, changedFields });
}
