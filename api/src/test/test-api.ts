import 'reflect-metadata';
import { createTestDatabase, findTestServer, type PostgresServer } from '@casebook/infra';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startHttpServer } from '../app.js';
import { loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger, type Logger } from '../logger.js';
import { seedDemoDataIfEmpty } from '../modules/demo/demo.seed.js';
import { SearchRuntime } from '../modules/search/search.runtime.js';
import { createAccountServices, type AccountServices } from '../modules/accounts/account.services.js';
import type { Mailer, MailMessage } from '../modules/mail/mailer.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** Keeps every email the API sends, so that tests can follow their links. */
export class MailCatcher implements Mailer {
  readonly messages: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.messages.push(message);
  }

  /** The newest message to this address, or an error naming what arrived instead. */
  last(to: string): MailMessage {
    const found = this.messages.filter((message) => message.to === to.toLowerCase()).at(-1);
    if (!found) throw new Error(`no email to ${to}; sent: ${this.messages.map((message) => message.to).join(', ') || 'none'}`);
    return found;
  }

  /** The token in the newest link sent to this address. */
  token(to: string): string {
    const link = this.last(to).link ?? '';
    return new URL(link).searchParams.get('token') ?? '';
  }
}

export interface TestApi {
  url: string;
  orm: MikroORM;
  search: SearchRuntime;
  accounts: AccountServices;
  mail: MailCatcher;
  logger: Logger;
  /** Resolves when the indexing queue is empty (every committed change is searchable). */
  waitForIndexing(timeoutMs?: number): Promise<void>;
  /** SQL statements sent since the start; reset freely. */
  sql: { count: number };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API on a real PostgreSQL: a fresh database migrated from scratch, served over HTTP on a free
 * port. Each test file gets its own database, so files can run side by side.
 */
export async function startTestApi(options: { demoData?: boolean; worker?: boolean; env?: Record<string, string> } = {}): Promise<TestApi> {
  const server: PostgresServer = await findTestServer();
  const database = await createTestDatabase(server);
  const sql = { count: 0 };
  const orm = await initOrm({ databaseUrl: database.url, onQuery: () => sql.count++, poolMax: 5 });
  await migrate(orm);

  const config = loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const logger = createLogger('silent');
  const search = await SearchRuntime.start({ config, logger });
  if (options.worker ?? true) await search.startWorker(orm, logger, 0.5);
  if (options.demoData ?? true) await seedDemoDataIfEmpty(orm.em, search.queue);
  const mail = new MailCatcher();
  const accounts = createAccountServices(config, logger, mail);
  const http = await startHttpServer({ config, orm, logger, search, accounts }, 0, '127.0.0.1');

  async function waitForIndexing(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await search.queue.backlog()) > 0) {
      if (Date.now() > deadline) throw new Error('the search index did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  if ((options.demoData ?? true) && (options.worker ?? true)) await waitForIndexing();

  return {
    url: http.url,
    orm,
    search,
    accounts,
    mail,
    logger,
    waitForIndexing,
    sql,
    async gql(query, variables) {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await http.close();
      await search.close();
      await accounts.close();
      await orm.close();
      await database.drop();
      await server.stop();
    },
  };
}
