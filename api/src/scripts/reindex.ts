import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { SearchRuntime } from '../modules/search/search.runtime.js';
import { reindexAll } from '../modules/search/search.indexer.js';

/** `npm run reindex`: rebuilds every search engine from the published cards, with a progress bar. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEARCH_WORKER: 'off' });
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const orm = await initOrm({ databaseUrl: config.DATABASE_URL });
  await migrate(orm);
  const search = await SearchRuntime.start({ config, logger });
  try {
    for (const engine of search.engines) {
      const bar = new cliProgress.SingleBar(
        { format: `${engine.name.padEnd(11)} [{bar}] {percentage}% | {value}/{total} cards | {eta_formatted} left`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      const started = performance.now();
      bar.start(1, 0);
      const count = await reindexAll(orm.em, engine, (done, total) => {
        bar.setTotal(Math.max(total, 1));
        bar.update(done);
      });
      bar.stop();
      const seconds = (performance.now() - started) / 1000;
      console.log(`${engine.name}: indexed ${count} published cards in ${seconds.toFixed(1)} s (${Math.round(count / Math.max(seconds, 0.001))} cards/s); it now holds ${await engine.count()}.`);
    }
  } finally {
    await search.close();
    await orm.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
