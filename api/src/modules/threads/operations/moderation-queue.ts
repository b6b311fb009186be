import type { RequestContext } from '../../../context.js';
import { Network } from '../../networks/network.entity.js';
import { PostFlag } from '../post-flag.entity.js';
import { Post } from '../post.entity.js';
import { THREAD_LIMITS } from '../thread.limits.js';
import { threadPolicy } from '../thread.policy.js';
import type { ModerationItemType } from '../thread.types.js';

/**
 * Flagged posts of a network waiting for a decision, the longest-waiting first, each with its open flags.
 * For the network's coordinators; null for anyone else. Three statements whatever the queue's length.
 */
export async function moderationQueue(ctx: RequestContext, slug: string, first: number = THREAD_LIMITS.moderationQueueMax): Promise<ModerationItemType[] | null> {
  const network = await ctx.em.findOne(Network, { slug });
  if (!network || !threadPolicy.canModerateNetwork(ctx.viewer, network.id)) return null;
  const limit = Math.min(Math.max(1, first), THREAD_LIMITS.moderationQueueMax);
  const waiting: { post_id: string; first_flagged_at: Date }[] = await ctx.em.execute(
    `select f.post_id, min(f.created_at) as first_flagged_at
       from post_flags f join posts p on p.id = f.post_id join threads t on t.id = p.thread_id
      where f.resolved_at is null and t.network_id = ?
      group by f.post_id order by first_flagged_at asc, f.post_id asc limit ?`,
    [network.id, limit],
  );
  if (!waiting.length) return [];
  const ids = waiting.map((row) => row.post_id);
  const [posts, flags] = await Promise.all([
    ctx.em.find(Post, { id: { $in: ids } }, { populate: ['thread', 'thread.network', 'thread.case'] }),
    ctx.em.find(PostFlag, { post: { $in: ids }, resolvedAt: null }, { populate: ['flagger'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ]);
  const postById = new Map(posts.map((post) => [post.id, post]));
  return waiting.map((row) => {
    const post = postById.get(row.post_id)!;
    return {
      post,
      thread: post.thread,
      flags: flags.filter((flag) => flag.post.id === row.post_id).map((flag) => ({ reason: flag.reason, flagger: flag.flagger, createdAt: flag.createdAt })),
      firstFlaggedAt: new Date(row.first_flagged_at),
    };
  });
}
