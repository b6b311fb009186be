import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.js';
import { NetworkBlock, NetworkSpace } from './network-space.entity.js';
import { PostFlag } from './post-flag.entity.js';
import { PostRevision } from './post-revision.entity.js';
import { ThreadRead } from './thread-read.entity.js';
import type { PosterStanding } from './thread.policy.js';

function groupBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/**
 * Per-request batch loaders of what thread and post fields need beyond the page itself, so that a page
 * costs the same number of statements whatever its size. Kept beside the request context (one set per
 * context) so that the threads module does not widen the shared loaders.
 */
function createThreadLoaders(ctx: RequestContext) {
  const viewerId = ctx.viewer?.userId ?? null;
  return {
    /** When the viewer last read each thread (null: never, or anonymous). */
    lastReadAt: new DataLoader<string, Date | null>(async (threadIds) => {
      if (!viewerId) return threadIds.map(() => null);
      const reads = await ctx.em.find(ThreadRead, { user: viewerId, thread: { $in: [...threadIds] } });
      const byThread = new Map(reads.map((read) => [read.thread.id, read.lastReadAt]));
      return threadIds.map((id) => byThread.get(id) ?? null);
    }),
    /** Earlier texts of each post, newest first. */
    revisions: new DataLoader<string, PostRevision[]>(async (postIds) =>
      groupBy(postIds, await ctx.em.find(PostRevision, { post: { $in: [...postIds] } }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }), (row) => row.post.id),
    ),
    /** Whether the viewer already flagged each post. */
    flaggedByViewer: new DataLoader<string, boolean>(async (postIds) => {
      if (!viewerId) return postIds.map(() => false);
      const flags = await ctx.em.find(PostFlag, { flagger: viewerId, post: { $in: [...postIds] } });
      const flagged = new Set(flags.map((flag) => flag.post.id));
      return postIds.map((id) => flagged.has(id));
    }),
    /** The viewer's standing in each network: blocked from posting or not. */
    standing: new DataLoader<string, PosterStanding>(async (networkIds) => {
      if (!viewerId) return networkIds.map(() => ({ blocked: false }));
      const blocks = await ctx.em.find(NetworkBlock, { user: viewerId, network: { $in: [...networkIds] } });
      const blocked = new Set(blocks.map((block) => block.network.id));
      return networkIds.map((id) => ({ blocked: blocked.has(id) }));
    }),
    /** Whether each network's space is members-only. */
    spaceMembersOnly: new DataLoader<string, boolean>(async (networkIds) => {
      const spaces = await ctx.em.find(NetworkSpace, { network: { $in: [...networkIds] } });
      const closed = new Set(spaces.filter((space) => space.membersOnly).map((space) => space.network.id));
      return networkIds.map((id) => closed.has(id));
    }),
  };
}

export type ThreadLoaders = ReturnType<typeof createThreadLoaders>;

const perRequest = new WeakMap<RequestContext, ThreadLoaders>();

export function threadLoaders(ctx: RequestContext): ThreadLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createThreadLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
