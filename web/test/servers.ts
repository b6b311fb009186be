/**
 * Real servers for browser tests: the built API (../api/dist) on a fresh, empty PostgreSQL database, which
 * it migrates and fills with the demo data, and `next start` on the built web app, plus headless Chromium.
 * One set per test file. Needs `next build` and the API build first (the root `npm test` builds everything).
 */
import { createTestDatabase, findTestServer, isPortFree, waitForHttp, type PostgresServer, type TestDatabase } from '@casebook/infra';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = resolve(webDir, '../api/dist/main.js');
const nextBin = createRequire(join(webDir, 'package.json')).resolve('next/dist/bin/next');

/** A port nothing listens on, away from 3000 (reserved) and the usual dev ports. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if (await isPortFree(port)) return port;
  }
  throw new Error('no free port found');
}

export interface Child {
  process: ChildProcess;
  output: string[];
}

function start(command: string, args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [command, ...args], {
    cwd: webDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { process: child, output };
}

const isAlive = (child: Child) => child.process.exitCode === null && child.process.signalCode === null;

async function waitUntilUp(child: Child, url: string, name: string): Promise<void> {
  try {
    await waitForHttp(url, 60_000, () => isAlive(child));
  } catch (error) {
    throw new Error(`${name} did not start: ${(error as Error).message}\n${child.output.join('')}`);
  }
}

async function stop(child: Child | undefined): Promise<void> {
  if (!child || !isAlive(child)) return;
  const exited = new Promise((resolveExit) => child.process.once('exit', resolveExit));
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface TestServers {
  /** The web app, e.g. http://127.0.0.1:23456 */
  baseUrl: string;
  /** The API's GraphQL endpoint. */
  graphqlUrl: string;
  browser: Browser;
  /** The recent output of the API and the web server, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL (see findTestServer), a fresh database, the API with `apiEnv` on top of the defaults,
 * `next start` pointing at it, and Chromium. On failure, whatever started is stopped again.
 */
export async function startServers({
  databasePrefix,
  apiEnv = () => ({}),
}: {
  databasePrefix: string;
  /** Extra API environment; it may point at the web app's port (WEB_URL), chosen before either starts. */
  apiEnv?: (ports: { webPort: number }) => Record<string, string>;
}): Promise<TestServers> {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build the API first (npx tsc -p api/tsconfig.build.json)`);
  if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) throw new Error('web/.next is missing: run `next build` first');

  let server: PostgresServer | undefined;
  let database: TestDatabase | undefined;
  let api: Child | undefined;
  let web: Child | undefined;
  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close();
    await stop(web);
    await stop(api);
    await database?.drop();
    await server?.stop();
  };

  try {
    server = await findTestServer();
    database = await createTestDatabase(server, databasePrefix);

    const [apiPort, webPort] = [await freePort(), await freePort()];
    api = start(apiMain, [], {
      DATABASE_URL: database.url,
      API_PORT: String(apiPort),
      API_HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      ...apiEnv({ webPort }),
    });
    await waitUntilUp(api, `http://127.0.0.1:${apiPort}/health`, 'API');
    const graphqlUrl = `http://127.0.0.1:${apiPort}/graphql`;

    const baseUrl = `http://127.0.0.1:${webPort}`;
    web = start(nextBin, ['start', '-p', String(webPort), '-H', '127.0.0.1'], {
      API_URL: graphqlUrl,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    });
    // `/en/cases`: every page lives under a locale (an address without one is redirected to one).
    await waitUntilUp(web, `${baseUrl}/en/cases`, 'next start');

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const children = [api, web];
    return {
      baseUrl,
      graphqlUrl,
      browser,
      logs: () => children.map((child) => child.output.join('')).join('\n'),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}
