import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { decodeCursor, encodeCursor } from '../cases/case.cursor.js';
import { validatePageSize } from '../cases/case.filter.js';
import { casePolicy } from '../cases/case.policy.js';
import { Network } from '../networks/network.entity.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventConnection } from './audit.types.js';

/** A network's audit log, newest first, for its coordinators; null for anyone else. */
export async function auditLog(ctx: RequestContext, options: { network: string; first: number; after?: string | null }): Promise<AuditEventConnection | null> {
  validatePageSize(options.first);
  // The case cursor encodes the same (time, id) keyset.
  const position = options.after ? decodeCursor(options.after) : null;
  const network = await ctx.em.findOne(Network, { slug: options.network });
  if (!network || !casePolicy.canCurateNetwork(ctx.viewer, network.id)) return null;

  const where: FilterQuery<AuditEvent> = position
    ? { network, $or: [{ createdAt: { $lt: position.publishedAt } }, { createdAt: position.publishedAt, id: { $lt: position.id } }] }
    : { network };
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(AuditEvent, where, { populate: ['actor'], orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: options.first + 1 }),
    ctx.em.count(AuditEvent, { network }),
  ]);
  const edges = rows.slice(0, options.first).map((event) => ({
    cursor: encodeCursor({ publishedAt: event.createdAt, id: event.id }),
    node: { id: event.id, action: event.action, recordType: event.recordType, recordId: event.recordId, actor: event.actor, details: event.details, createdAt: event.createdAt },
  }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null } };
}
