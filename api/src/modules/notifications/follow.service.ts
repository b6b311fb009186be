import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { requireViewer } from '../accounts/account.guards.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../cases/operations/case-access.js';
import { Follow } from './follow.entity.js';
import { readableTargets, type FollowTarget } from './follow-targets.js';
import type { FollowType } from './notification.types.js';

/** Follows one person may have: enough for anyone, a brake on scripts. */
export const FOLLOWS_MAX = 2000;

const NOT_FOUND = 'No thread, case, network or saved search with this id.';

function viewOf(follow: Follow, target: FollowTarget): FollowType {
  return { id: follow.id, targetKind: target.kind, targetId: target.id, title: target.title, link: target.link, createdAt: follow.createdAt };
}

/** The target, if the viewer may read it; else "not found", so that ids reveal nothing. */
async function readableTarget(ctx: RequestContext, targetId: string): Promise<FollowTarget> {
  const viewer = requireViewer(ctx);
  const target = isUuid(targetId) ? (await readableTargets(ctx.em, viewer, [targetId])).get(targetId) : undefined;
  if (!target) throw new NotFoundError(NOT_FOUND);
  return target;
}

/**
 * Follows a thread, a case, a network's space or one of the viewer's saved searches, named by its id.
 * Idempotent: following twice is one follow.
 */
export async function follow(ctx: RequestContext, targetId: string): Promise<FollowType> {
  const viewer = requireViewer(ctx);
  const target = await readableTarget(ctx, targetId);
  return ctx.em.transactional(async (tx) => {
    const existing = await tx.findOne(Follow, { user: viewer.userId, targetId: target.id });
    if (existing) return viewOf(existing, target);
    if ((await tx.count(Follow, { user: viewer.userId })) >= FOLLOWS_MAX) {
      throw new BadInputError(`You follow ${FOLLOWS_MAX} things, the most there can be: unfollow some first.`, 'targetId');
    }
    // Inserted so that a concurrent follow of the same target is one row, not an error.
    await tx.getConnection().execute(
      `insert into follows (id, user_id, target_kind, target_id) values (gen_random_uuid(), ?, ?, ?) on conflict (user_id, target_id) do nothing`,
      [viewer.userId, target.kind, target.id],
      'run',
      tx.getTransactionContext(),
    );
    const created = await tx.findOneOrFail(Follow, { user: tx.getReference(User, viewer.userId), targetId: target.id });
    return viewOf(created, target);
  });
}

/**
 * Stops following. Works on anything the viewer follows, also what they can no longer read (a members-only
 * thread of a network they left); true when a follow was removed, false when there was none.
 */
export async function unfollow(ctx: RequestContext, targetId: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  if (!isUuid(targetId)) throw new NotFoundError(NOT_FOUND);
  return (await ctx.em.nativeDelete(Follow, { user: viewer.userId, targetId })) > 0;
}

/** Whether the viewer follows this target (false for anonymous visitors). */
export async function isFollowing(ctx: RequestContext, targetId: string): Promise<boolean> {
  if (!ctx.viewer || !isUuid(targetId)) return false;
  return (await ctx.em.count(Follow, { user: ctx.viewer.userId, targetId })) > 0;
}

/** What the viewer follows and may still read, newest first. */
export async function myFollows(ctx: RequestContext): Promise<FollowType[]> {
  const viewer = requireViewer(ctx);
  const follows = await ctx.em.find(Follow, { user: viewer.userId }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const targets = await readableTargets(ctx.em, viewer, follows.map((item) => item.targetId));
  return follows.filter((item) => targets.has(item.targetId)).map((item) => viewOf(item, targets.get(item.targetId)!));
}
