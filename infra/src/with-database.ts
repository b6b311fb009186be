import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canConnect, createDatabaseIfMissing, EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbeddedPostgres, withDatabase, type PostgresServer } from './postgres.js';

/**
 * Runs a command (a script such as `reindex`) against Casebook's database: DATABASE_URL when set, else the
 * embedded PostgreSQL of `npm start` (started for the command when it is not running, stopped after).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node infra/dist/with-database.js COMMAND [ARGS…]');
  process.exit(2);
}

async function databaseUrl(): Promise<{ url: string; server: PostgresServer | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server: null };
  const port = Number(process.env.CASEBOOK_PG_PORT || 54329);
  const running = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/casebook`;
  if (await canConnect(running)) return { url: running, server: null };
  const dataDir = resolve(process.env.CASEBOOK_DATA_DIR || join(root, '.data'));
  const server = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port });
  await createDatabaseIfMissing(server.adminUrl, 'casebook');
  return { url: withDatabase(server.adminUrl, 'casebook'), server };
}

const { url, server } = await databaseUrl().catch((error: unknown) => {
  console.error(`PostgreSQL could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  await server?.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
