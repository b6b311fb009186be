import 'reflect-metadata';
import { startHttpServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { initOrm, migrate } from './db/orm.js';
import { createLogger } from './logger.js';
import { seedDemoDataIfEmpty } from './modules/demo/demo.seed.js';
import { createAccountServices } from './modules/accounts/account.services.js';
import { demoAccountsEnabled, ensureDemoAccounts } from './modules/demo/demo-accounts.js';
import { SearchRuntime } from './modules/search/search.runtime.js';
import { NotificationRuntime } from './modules/notifications/notification.runtime.js';

/** The API process: validate config, connect, migrate, seed an empty database, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const orm = await initOrm({ databaseUrl: config.DATABASE_URL, debugSql: config.LOG_LEVEL === 'trace' });
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');

  const search = await SearchRuntime.start({ config, logger });
  if (config.SEARCH_WORKER === 'on') await search.startWorker(orm, logger);
  // Its queues must exist before anything records an activity (seeds included).
  const notifications = await NotificationRuntime.start({ config, logger });

  if (config.DEMO_DATA === 'auto') {
    const outcome = await seedDemoDataIfEmpty(orm.em, search.queue);
    logger.info(outcome, outcome.seeded ? 'loaded demo data' : 'demo data not loaded');
  }

  const accounts = createAccountServices(config, logger);
  if (config.NOTIFICATION_WORKER === 'on') await notifications.startWorkers({ mailer: accounts.mailer, logger });
  if (demoAccountsEnabled(config)) {
    const created = await ensureDemoAccounts(orm.em, config.DEMO_PASSWORD);
    if (created.length) console.log(`Demo accounts (password "${config.DEMO_PASSWORD}"):\n${created.map((email) => `  ${email}`).join('\n')}`);
  }

  const server = await startHttpServer({ config, orm, logger, search, accounts }, config.API_PORT);
  logger.info({ url: `${server.url}/graphql` }, 'GraphQL API ready');
  console.log(`API ready at ${server.url}/graphql (health: ${server.url}/health)`);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    await search.close();
    await notifications.close();
    await accounts.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`API failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
