import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { CaseCard } from '../../cases/case.entity.js';
import { decodeCursor, encodeCursor } from '../../cases/case.cursor.js';
import { validatePageSize } from '../../cases/case.filter.js';
import { casePolicy } from '../../cases/case.policy.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { Network } from '../../networks/network.entity.js';
import { Post } from '../post.entity.js';
import { Thread } from '../thread.entity.js';
import { threadPolicy } from '../thread.policy.js';
import type { PostConnection, ThreadConnection } from '../thread.types.js';

/** A thread by id, with its network and case; null when unknown or not readable by the viewer. */
export async function findThread(ctx: RequestContext, id: string): Promise<Thread | null> {
  const thread = isUuid(id) ? await ctx.em.findOne(Thread, { id }, { populate: ['network', 'case'] }) : null;
  return thread && threadPolicy.canRead(ctx.viewer, thread) ? thread : null;
}

/** Where a thread list looks: a readable case's threads, or a network's space. Null: nothing to show. */
async function listScope(ctx: RequestContext, options: { caseId?: string | null; network?: string | null }): Promise<{ networkId: string; where: FilterQuery<Thread> } | null> {
  if (!options.caseId === !options.network) throw new BadInputError('Give either a caseId or a network, not both.', options.caseId ? 'network' : 'caseId');
  if (options.caseId) {
    const card = isUuid(options.caseId) ? await ctx.em.findOne(CaseCard, { id: options.caseId }) : null;
    return card && casePolicy.canRead(ctx.viewer, card) ? { networkId: card.network.id, where: { case: card } } : null;
  }
  const network = await ctx.em.findOne(Network, { slug: options.network! });
  return network ? { networkId: network.id, where: { network, case: null } } : null;
}

/**
 * Threads of a case or of a network's space, most recently active first; members-only threads only for the
 * network's members. Null for an unknown network or a case the viewer may not read.
 */
export async function listThreads(ctx: RequestContext, options: { caseId?: string | null; network?: string | null; first: number; after?: string | null }): Promise<ThreadConnection | null> {
  validatePageSize(options.first);
  const position = options.after ? decodeCursor(options.after) : null;
  const scope = await listScope(ctx, options);
  if (!scope) return null;
  const visible: FilterQuery<Thread> = threadPolicy.isMember(ctx.viewer, scope.networkId) ? scope.where : { $and: [scope.where, { membersOnly: false }] };
  const page: FilterQuery<Thread> = position
    ? { $and: [visible, { $or: [{ lastActivityAt: { $lt: position.publishedAt } }, { lastActivityAt: position.publishedAt, id: { $lt: position.id } }] }] }
    : visible;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(Thread, page, { populate: ['network', 'case'], orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }], limit: options.first + 1 }),
    ctx.em.count(Thread, visible),
  ]);
  const edges = rows.slice(0, options.first).map((thread) => ({ cursor: encodeCursor({ publishedAt: thread.lastActivityAt, id: thread.id }), node: thread }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A readable thread's posts in the order they were written. The count comes from the thread: no extra query. */
export async function listPosts(ctx: RequestContext, thread: Thread, options: { first: number; after?: string | null }): Promise<PostConnection> {
  validatePageSize(options.first);
  const position = options.after ? decodeCursor(options.after) : null;
  const where: FilterQuery<Post> = position
    ? { thread, $or: [{ createdAt: { $gt: position.publishedAt } }, { createdAt: position.publishedAt, id: { $gt: position.id } }] }
    : { thread };
  const rows = await ctx.em.find(Post, where, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: options.first + 1 });
  const edges = rows.slice(0, options.first).map((post) => ({ cursor: encodeCursor({ publishedAt: post.createdAt, id: post.id }), node: post }));
  return { totalCount: thread.replyCount + 1, edges, pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
