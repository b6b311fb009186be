import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../../logger.js';

export const SEARCH_INDEX_QUEUE = 'search-index';

export interface SearchIndexJob {
  caseIds: string[];
}

/**
 * The background queue (pg-boss) that keeps the search engines in step with the database. Jobs are
 * written in the same transaction as the card change, so a crash after commit never loses one; delivery is
 * at least once and indexing is idempotent.
 */
export class SearchIndexQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async start(databaseUrl: string, logger: Logger): Promise<SearchIndexQueue> {
    const boss = new PgBoss({ connectionString: databaseUrl, max: 3, schema: 'pgboss', supervise: true, migrate: true });
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    await boss.createQueue(SEARCH_INDEX_QUEUE, { name: SEARCH_INDEX_QUEUE, retryLimit: 20, retryDelay: 1, retryBackoff: true, expireInSeconds: 120 });
    return new SearchIndexQueue(boss);
  }

  /**
   * Enqueues inside the caller's open transaction: the job commits or rolls back with the card change.
   * pg-boss takes a `db` executor; we hand it the transaction's own connection.
   */
  async enqueueInTransaction(tx: EntityManager, caseIds: string[]): Promise<void> {
    if (caseIds.length === 0) return;
    const knexTransaction = tx.getTransactionContext<Knex.Transaction>();
    if (!knexTransaction) throw new Error('enqueueInTransaction needs an open transaction (em.transactional)');
    const connection = (await knexTransaction.client.acquireConnection()) as { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };
    await this.boss.send(SEARCH_INDEX_QUEUE, { caseIds } satisfies SearchIndexJob, {
      db: { executeSql: (text, values) => connection.query(text, values) },
    });
  }

  async enqueue(caseIds: string[]): Promise<void> {
    if (caseIds.length) await this.boss.send(SEARCH_INDEX_QUEUE, { caseIds } satisfies SearchIndexJob);
  }

  /** Runs the handler for batches of jobs until stopped; a throwing handler's jobs are retried. */
  async work(handler: (caseIds: string[]) => Promise<void>, pollingIntervalSeconds = 0.5): Promise<string> {
    return this.boss.work<SearchIndexJob>(SEARCH_INDEX_QUEUE, { batchSize: 50, pollingIntervalSeconds }, async (jobs) => {
      await handler([...new Set(jobs.flatMap((job) => job.data.caseIds))]);
    });
  }

  async stopWorking(): Promise<void> {
    await this.boss.offWork(SEARCH_INDEX_QUEUE);
  }

  /** Jobs not yet done (created, retrying or active). */
  async backlog(): Promise<number> {
    return this.boss.getQueueSize(SEARCH_INDEX_QUEUE, { before: 'completed' });
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
