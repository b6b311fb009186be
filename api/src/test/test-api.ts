import 'reflect-metadata';
import { createTestDatabase, findTestServer, type PostgresServer } from '@casebook/infra';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startHttpServer } from '../app.js';
import { loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { seedDemoDataIfEmpty } from '../modules/demo/demo.seed.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApi {
  url: string;
  orm: MikroORM;
  /** SQL statements sent since the start; reset freely. */
  sql: { count: number };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API on a real PostgreSQL: a fresh database migrated from scratch, served over HTTP on a free
 * port. Each test file gets its own database, so files can run side by side.
 */
export async function startTestApi(options: { demoData?: boolean } = {}): Promise<TestApi> {
  const server: PostgresServer = await findTestServer();
  const database = await createTestDatabase(server);
  const sql = { count: 0 };
  const orm = await initOrm({ databaseUrl: database.url, onQuery: () => sql.count++, poolMax: 5 });
  await migrate(orm);
  if (options.demoData ?? true) await seedDemoDataIfEmpty(orm.em);

  const config = loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const http = await startHttpServer({ config, orm, logger: createLogger('silent') }, 0, '127.0.0.1');

  return {
    url: http.url,
    orm,
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
      await orm.close();
      await database.drop();
      await server.stop();
    },
  };
}
