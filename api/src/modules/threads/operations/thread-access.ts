import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../../errors.js';
import { User } from '../../accounts/user.entity.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { Membership } from '../../memberships/membership.entity.js';
import { NetworkBlock, NetworkSpace, TrustedPoster } from '../network-space.entity.js';
import { Post } from '../post.entity.js';
import { Thread } from '../thread.entity.js';
import type { PosterStanding, ThreadDecision } from '../thread.policy.js';

/** Turns a refusal into its error: "not found" for what the viewer may not know of, else forbidden or bad input. */
export function authorize(decision: ThreadDecision, field = 'id'): void {
  if (decision.allowed) return;
  if (decision.reason === 'hidden') throw new NotFoundError(decision.message);
  if (decision.reason === 'forbidden') throw new ForbiddenError(decision.message);
  throw new BadInputError(decision.message, field);
}

/**
 * The thread a mutation acts on, locked for the rest of the transaction (so that the posts of one thread
 * take turns and its reply count stays exact), with its network and case.
 */
export async function threadForChange(tx: EntityManager, id: string): Promise<Thread> {
  const thread = isUuid(id) ? await tx.findOne(Thread, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!thread) throw new NotFoundError('No such thread.');
  await tx.populate(thread, ['network', 'case']);
  return thread;
}

/** A post and its thread, the thread locked; the post read again under the lock. */
export async function postForChange(tx: EntityManager, id: string): Promise<{ post: Post; thread: Thread }> {
  const found = isUuid(id) ? await tx.findOne(Post, { id }) : null;
  if (!found) throw new NotFoundError('No such post.');
  const thread = await threadForChange(tx, found.thread.id);
  const post = await tx.findOneOrFail(Post, { id }, { refresh: true });
  return { post, thread };
}

export async function standingOf(em: EntityManager, viewer: Viewer | null, networkId: string): Promise<PosterStanding> {
  if (!viewer) return { blocked: false };
  return { blocked: (await em.count(NetworkBlock, { network: networkId, user: viewer.userId })) > 0 };
}

/**
 * Whether a network's space is members-only, read under a lock on the space's setting for the rest of the
 * transaction: shared when a thread starts in the space, exclusive when coordinators change the setting. So a
 * thread cannot start as public while the space is being closed (it would miss the closing update).
 */
export async function spaceMembersOnly(em: EntityManager, networkId: string, lock: 'shared' | 'exclusive' = 'shared'): Promise<boolean> {
  await em.execute(`select pg_advisory_xact_lock${lock === 'shared' ? '_shared' : ''}(hashtext(?))`, [`network-space:${networkId}`]);
  return (await em.findOne(NetworkSpace, { network: networkId }, { refresh: true }))?.membersOnly ?? false;
}

/**
 * New accounts (younger than `newAccountDays`) that no coordinator trusts in the network may put only a few
 * links in a post: the cheapest brake on link spam, lifted by `trustMember`.
 */
export async function linkAllowance(em: EntityManager, viewer: Viewer, networkId: string, limits: { newAccountDays: number; newAccountLinks: number }): Promise<number> {
  const user = await em.findOne(User, { id: viewer.userId });
  const ageDays = user ? (Date.now() - user.createdAt.getTime()) / 86_400_000 : 0;
  if (ageDays >= limits.newAccountDays) return Infinity;
  const trusted = await em.count(TrustedPoster, { network: networkId, user: viewer.userId });
  return trusted > 0 ? Infinity : limits.newAccountLinks;
}

/** The names of the mentioned people who may be told about the thread: members of its network. */
export async function membersAmong(em: EntityManager, networkId: string, userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const memberships = await em.find(Membership, { network: networkId, user: { $in: userIds } }, { populate: ['user'] });
  return new Map(memberships.map((membership) => [membership.user.id, membership.user.name]));
}
