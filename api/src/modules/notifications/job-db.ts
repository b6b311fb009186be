import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** What the jobs' SQL runs on: a pool, a pool client inside a transaction, or a transaction's connection. */
export interface JobDb {
  query<R extends pg.QueryResultRow = any>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
}

/**
 * The connection of an open MikroORM transaction, to run plain SQL ($1 placeholders) in it: what
 * `recordActivity` writes commits or rolls back with the caller's change.
 */
export async function transactionDb(tx: EntityManager): Promise<JobDb> {
  const knexTransaction = tx.getTransactionContext<Knex.Transaction>();
  if (!knexTransaction) throw new Error('recordActivity needs an open transaction (em.transactional or withAudit)');
  // A knex transaction's client hands out the transaction's own connection.
  return (await knexTransaction.client.acquireConnection()) as JobDb;
}

/** Runs `work` in a transaction on one connection of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (db: JobDb) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
