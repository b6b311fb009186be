/**
 * Browser smoke test against real servers: the built API (../api/dist) on a fresh, empty PostgreSQL
 * database, which it migrates and fills with the demo data, and `next start` on the built web app.
 * Needs `next build` and the API build first (the root `npm test` builds everything).
 */
import { createTestDatabase, findTestServer, isPortFree, waitForHttp, type PostgresServer, type TestDatabase } from '@casebook/infra';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = resolve(webDir, '../api/dist/main.js');
const nextBin = createRequire(join(webDir, 'package.json')).resolve('next/dist/bin/next');

const CASE_SECTION_HEADINGS = [
  'Challenge and solution',
  'Approach',
  'Innovation and practical improvement',
  'Did it open government?',
  'Lessons learned',
  'Linked SDGs',
];

/** A port nothing listens on, away from 3000 (reserved) and the usual dev ports. */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if (await isPortFree(port)) return port;
  }
  throw new Error('no free port found');
}

interface Child {
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

let server: PostgresServer | undefined;
let database: TestDatabase | undefined;
let api: Child | undefined;
let web: Child | undefined;
let browser: Browser | undefined;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: build the API first (npx tsc -p api/tsconfig.build.json)`);
  if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) throw new Error('web/.next is missing: run `next build` first');

  server = await findTestServer();
  database = await createTestDatabase(server, 'casebook_web_test');

  const apiPort = await freePort();
  api = start(apiMain, [], { DATABASE_URL: database.url, API_PORT: String(apiPort), API_HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' });
  await waitUntilUp(api, `http://127.0.0.1:${apiPort}/health`, 'API');

  const webPort = await freePort();
  baseUrl = `http://127.0.0.1:${webPort}`;
  web = start(nextBin, ['start', '-p', String(webPort), '-H', '127.0.0.1'], {
    API_URL: `http://127.0.0.1:${apiPort}/graphql`,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  });
  await waitUntilUp(web, `${baseUrl}/cases`, 'next start');

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stop(web);
  await stop(api);
  await database?.drop();
  await server?.stop();
}, 60_000);

it('shows the home page with the SDG grid, and a case card with its sections', async () => {
  const response = await page.goto(`${baseUrl}/`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe('Casebook');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  const tiles = page.locator('.sdg-grid a');
  expect(await tiles.count()).toBe(17);
  expect(await tiles.first().getAttribute('href')).toBe('/cases?sdg=1');
  // Climate Action: two demo cases, in its official colour.
  const climate = tiles.nth(12);
  expect(await climate.innerText()).toContain('Climate Action');
  expect(await climate.innerText()).toContain('2 cases');
  expect(await climate.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(63, 126, 68)');

  const firstCase = page.locator('.case-card h3 a').first();
  const title = await firstCase.innerText();
  await Promise.all([page.waitForURL(/\/cases\/[a-z0-9-]+$/), firstCase.click()]);
  expect(await page.locator('h1').innerText()).toBe(title);
  const headings = await page.locator('h2').allInnerTexts();
  expect(headings).toEqual(expect.arrayContaining(CASE_SECTION_HEADINGS));
  expect(headings.indexOf('Challenge and solution')).toBeLessThan(headings.indexOf('Lessons learned'));
  expect(await page.locator('[aria-label="Linked SDGs"] .sdg-badge').count()).toBeGreaterThan(0);
});

it('server-renders a case card, so it reads without JavaScript', async () => {
  const html = await (await fetch(`${baseUrl}/cases/paris-co-created-climate-action-plan`)).text();
  for (const heading of CASE_SECTION_HEADINGS) expect(html).toContain(`>${heading}</h2>`);
  expect(html).toContain('Co-created Climate Action Plan');
});

it('answers an unknown case with a real 404', async () => {
  const response = await page.goto(`${baseUrl}/cases/nope`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Page not found');
  expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
});

it('filters the list by SDG through the URL', async () => {
  await page.goto(`${baseUrl}/cases?sdg=13`);
  expect(await page.locator('.result-count').innerText()).toMatch(/^2 cases/);
  const titles = await page.locator('.case-card h3').allInnerTexts();
  expect(titles.sort()).toEqual(['Co-created Climate Action Plan', 'Open and Big Data on Environment']);
  expect(await page.locator('input[name="sdg"][value="13"]').isChecked()).toBe(true);
});

it('shows the API message for a rejected filter instead of failing', async () => {
  const response = await page.goto(`${baseUrl}/cases?region=Atlantis`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('main [role="alert"]').innerText()).toContain('Atlantis');
});

it('filters with the plain form when JavaScript is off', async () => {
  const context = await browser!.newContext({ javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    await noScript.goto(`${baseUrl}/cases`);
    expect(await noScript.locator('.result-count').innerText()).toMatch(/^6 cases/);
    await noScript.getByLabel('13. Climate Action').check();
    await Promise.all([noScript.waitForURL(/sdg=13/), noScript.getByRole('button', { name: 'Apply filters' }).click()]);
    expect(await noScript.locator('.result-count').isVisible()).toBe(true);
    expect(await noScript.locator('.case-card').count()).toBe(2);
  } finally {
    await context.close();
  }
});

it('shows a network with its published cases, and 404 for an unknown one', async () => {
  const response = await page.goto(`${baseUrl}/networks/ogp-local`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe('OGP Local Program');
  expect(await page.locator('.case-card').count()).toBe(3);
  expect((await page.goto(`${baseUrl}/networks/nope`))?.status()).toBe(404);
});
