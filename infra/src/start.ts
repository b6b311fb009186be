import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase, type PostgresServer } from './postgres.js';
import { isPortFree, waitForHttp } from './ports.js';

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), then the API, then the web app.
 * Ctrl-C stops all three; the data stays in CASEBOOK_DATA_DIR for the next start.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const devMode = process.argv.includes('--dev');

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a port number between 1 and 65535; got "${raw}".`);
  return port;
}

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

const webPort = readPort('PORT', 3000);
const apiPort = readPort('API_PORT', 4000);
const pgPort = readPort('CASEBOOK_PG_PORT', 54329);
const dataDir = resolve(process.env.CASEBOOK_DATA_DIR || join(root, '.data'));

const children: ChildProcess[] = [];
let database: PostgresServer | null = null;
let stopping = false;

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((line) => `[${name}] ${line}\n`).join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n✖ ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function startDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) {
    console.log('• Using the PostgreSQL server in DATABASE_URL');
    return process.env.DATABASE_URL;
  }
  if (!(await isPortFree(pgPort, '127.0.0.1'))) {
    fail(`Port ${pgPort} (embedded PostgreSQL) is already in use. Is another Casebook running? Stop it, or set CASEBOOK_PG_PORT.`);
  }
  await mkdir(dataDir, { recursive: true });
  const logPath = join(dataDir, 'postgres.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  console.log(`• Starting embedded PostgreSQL (data in ${join(dataDir, 'pg')})`);
  try {
    database = await startEmbeddedPostgres({ dataDir: join(dataDir, 'pg'), port: pgPort, onLog: (line) => log.write(line) });
    await createDatabaseIfMissing(database.adminUrl, 'casebook');
  } catch (error) {
    fail(`PostgreSQL could not start: ${error instanceof Error ? error.message : String(error)}\n  Its log is ${logPath}. Set DATABASE_URL to use another server.`);
  }
  return withDatabase(database.adminUrl, 'casebook');
}

function nextBinary(): string {
  return createRequire(join(root, 'web', 'package.json')).resolve('next/dist/bin/next');
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n• Stopping Casebook…');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => (clearTimeout(timer), done()));
          child.kill('SIGTERM');
        }),
    ),
  );
  if (database) {
    await database.stop().catch((error: unknown) => console.error(`PostgreSQL did not stop cleanly: ${String(error)}`));
    console.log('• PostgreSQL stopped; your data is kept for the next start.');
  }
  process.exit(code);
}

async function main(): Promise<void> {
  for (const [name, port] of [['PORT', webPort], ['API_PORT', apiPort]] as const) {
    if (!(await isPortFree(port))) fail(`Port ${port} is already in use: stop what uses it, or set ${name} to another port.`);
  }
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  const databaseUrl = await startDatabase();
  const apiEnv = {
    DATABASE_URL: databaseUrl,
    API_PORT: String(apiPort),
    MAIL_DIR: process.env.MAIL_DIR || join(dataDir, 'mail'),
    WEB_URL: process.env.WEB_URL || `http://localhost:${webPort}`,
  };
  if (devMode) {
    run('api:build', process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-w', '--preserveWatchOutput', '-p', 'api/tsconfig.build.json'], {});
    run('api', process.execPath, ['--watch', 'api/dist/main.js'], { ...apiEnv, NODE_ENV: 'development' });
  } else {
    // The API runs as development unless told otherwise, so that `npm start` has its demo accounts.
    run('api', process.execPath, ['api/dist/main.js'], { ...apiEnv, NODE_ENV: process.env.NODE_ENV || 'development' });
  }
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitForHttp(`${apiUrl}/health`, 120_000, () => !stopping).catch((error: Error) => fail(`The API did not start: ${error.message}`));

  const nextArgs = devMode ? ['dev', '-p', String(webPort)] : ['start', '-p', String(webPort)];
  run('web', process.execPath, [nextBinary(), ...nextArgs], { API_URL: `${apiUrl}/graphql`, PORT: String(webPort) }, join(root, 'web'));
  await waitForHttp(`http://127.0.0.1:${webPort}/`, 120_000, () => !stopping).catch((error: Error) => fail(`The web app did not start: ${error.message}`));

  console.log(`
✔ Casebook is running
    Web app      http://localhost:${webPort}
    GraphQL API  http://localhost:${apiPort}/graphql
    Health       http://localhost:${apiPort}/health
  Press Ctrl-C to stop.
`);
}

main().catch((error: unknown) => {
  console.error(error);
  void shutdown(1);
});
