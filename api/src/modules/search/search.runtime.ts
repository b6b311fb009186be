import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { createSearchPool, PostgresSearchEngine } from './postgres-engine.js';
import type { SearchEngine } from './search-engine.js';
import { SearchIndexQueue } from './search-index.queue.js';
import { syncCases } from './search.indexer.js';

/**
 * The search engines and the indexing queue of one process. PostgreSQL's index is always kept, so that it
 * can answer when Meilisearch cannot be reached.
 */
export class SearchRuntime {
  private constructor(
    readonly primary: SearchEngine,
    readonly postgres: PostgresSearchEngine,
    readonly queue: SearchIndexQueue,
    private readonly pool: pg.Pool,
  ) {}

  static async start(options: { config: Config; logger: Logger }): Promise<SearchRuntime> {
    const { config, logger } = options;
    const pool = createSearchPool(config.DATABASE_URL);
    const postgres = new PostgresSearchEngine(pool);
    let primary: SearchEngine = postgres;
    if (config.SEARCH_ENGINE === 'meilisearch') {
      const { MeilisearchEngine } = await import('./meilisearch-engine.js');
      primary = new MeilisearchEngine({ url: config.MEILI_URL!, apiKey: config.MEILI_API_KEY, indexName: config.MEILI_INDEX });
      await primary.prepare().catch((error: unknown) => logger.warn({ err: error }, 'Meilisearch is not ready; searches fall back to PostgreSQL'));
    }
    const queue = await SearchIndexQueue.start(config.DATABASE_URL, logger);
    return new SearchRuntime(primary, postgres, queue, pool);
  }

  /** Every engine that indexing must keep true. */
  get engines(): SearchEngine[] {
    return this.primary === this.postgres ? [this.postgres] : [this.postgres, this.primary];
  }

  /** Consumes indexing jobs in this process until close(). */
  async startWorker(orm: MikroORM, logger: Logger, pollingIntervalSeconds = 0.5): Promise<void> {
    await this.queue.work(async (caseIds) => {
      await syncCases(orm.em, this.engines, caseIds);
      logger.debug({ cases: caseIds.length }, 'indexed');
    }, pollingIntervalSeconds);
  }

  async stopWorker(): Promise<void> {
    await this.queue.stopWorking();
  }

  async close(): Promise<void> {
    await this.queue.stop();
    await this.pool.end();
  }
}
