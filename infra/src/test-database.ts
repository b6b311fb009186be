import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnect, createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, withDatabase, type PostgresServer } from './postgres.js';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL that tests use: DATABASE_URL's server when set, else the one at 127.0.0.1:5432 when it
 * answers, else an embedded one in a temporary directory.
 */
export async function findTestServer(): Promise<PostgresServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { adminUrl: withDatabase(configured, 'postgres'), kind: 'external', stop: async () => undefined };
  if (await canConnect(LOCAL_SERVER)) return { adminUrl: LOCAL_SERVER, kind: 'external', stop: async () => undefined };
  const port = 55000 + Math.floor(Math.random() * 5000);
  return startEmbeddedPostgres({ dataDir: join(tmpdir(), `casebook-test-pg-${process.pid}`, 'pg'), port });
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database with a unique name, so that test files can run side by side. */
export async function createTestDatabase(server: PostgresServer, prefix = 'casebook_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await createDatabaseIfMissing(server.adminUrl, name);
  return { url: withDatabase(server.adminUrl, name), drop: () => dropDatabase(server.adminUrl, name) };
}
