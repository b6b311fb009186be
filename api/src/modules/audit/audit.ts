import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';
import { AuditEvent, type AuditDetails } from './audit-event.entity.js';

/** The event a change writes. The change may fill in what it learns (a new record's id, its network). */
export interface AuditDraft {
  network?: Network | string;
  action: string;
  recordType: string;
  recordId?: string;
  details?: AuditDetails;
}

/** What a change sees of its audit event, besides the transaction. */
export interface AuditScope extends AuditDraft {
  details: AuditDetails;
  /** Cards whose search documents must follow this change: enqueued in the same transaction. */
  reindex(caseIds: string[]): void;
}

/**
 * The one way a mutation changes data: opens a transaction, runs the change, writes its audit event and,
 * when cards changed in a way search must see, enqueues their indexing job — all of it commits or none.
 * Entities the change touched are merged back into `ctx.em` after the commit.
 */
export async function withAudit<T>(ctx: RequestContext, draft: AuditDraft, change: (tx: EntityManager, audit: AuditScope) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (tx) => {
    const reindex = new Set<string>();
    const audit: AuditScope = { ...draft, details: { ...draft.details }, reindex: (ids) => ids.forEach((id) => reindex.add(id)) };
    const result = await change(tx, audit);
    if (!audit.network || !audit.recordId) throw new Error(`audit event ${audit.action} needs a network and a record id`);
    tx.create(AuditEvent, {
      network: typeof audit.network === 'string' ? tx.getReference(Network, audit.network) : audit.network,
      actor: ctx.viewer ? tx.getReference(User, ctx.viewer.userId) : null,
      action: audit.action,
      recordType: audit.recordType,
      recordId: audit.recordId,
      details: audit.details,
    });
    await tx.flush();
    if (reindex.size > 0) await ctx.search.queue.enqueueInTransaction(tx, [...reindex]);
    return result;
  });
}
