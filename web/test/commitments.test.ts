/**
 * OGP commitments in the browser, against real servers with the demo data (network ogp-local: Paris,
 * Buenos Aires and Madrid): the list and its filters, a commitment page, a city page with its progress
 * chart, and the city's editor posting an update without JavaScript, which then shows in the city's feed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, pressAndWait, signIn } from './curation-helpers';
import { startServers, type TestServers } from './servers';

const EDITOR = 'editor.ogp-local@example.org';

let servers: TestServers | undefined;
let mailDir: string | undefined;
/** The English pages (`http://127.0.0.1:PORT/en`); `origin` is the site without a locale (feeds). */
let baseUrl: string;
let origin: string;
const contexts: BrowserContext[] = [];

interface DemoCommitment {
  id: string;
  title: string;
  status: string;
  milestones: { id: string; title: string }[];
  updates: { id: string }[];
}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(servers!.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data: T; errors?: unknown };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function parisCommitments(): Promise<DemoCommitment[]> {
  const data = await graphql<{ commitments: { edges: { node: DemoCommitment }[] } }>(
    `query { commitments(filter: { cities: ["paris-fr"] }, first: 50) { edges { node { id title status milestones { id title } updates { id } } } } }`,
  );
  return data.commitments.edges.map((edge) => edge.node);
}

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await servers!.browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'casebook-web-commitments-mail-'));
  servers = await startServers({
    databasePrefix: 'casebook_web_commitments',
    apiEnv: ({ webPort }) => ({
      MAIL_DIR: mailDir!,
      WEB_URL: `http://127.0.0.1:${webPort}`,
      NODE_ENV: 'development',
      DEMO_ACCOUNTS: 'auto',
      DEMO_PASSWORD,
    }),
  });
  origin = servers.baseUrl;
  baseUrl = `${origin}/en`;
}, 180_000);

afterAll(async () => {
  await servers?.stop();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
}, 60_000);

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

it('lists the demo commitments for anyone, and filters them by status', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  expect((await page.goto(`${baseUrl}/commitments`))?.status()).toBe(200);
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).count()).toBe(1);
  const rows = page.locator('.commitment-row');
  expect(await rows.count()).toBeGreaterThan(0);
  const text = await page.locator('.commitment-table').innerText();
  for (const city of ['Paris', 'Buenos Aires', 'Madrid']) expect(text).toContain(city);

  const [first] = await parisCommitments();
  const label = first!.status.charAt(0) + first!.status.slice(1).toLowerCase().replace('_', ' ');
  await page.getByLabel('Status').selectOption(first!.status);
  await pressAndWait(page, 'Apply filters', (url) => url.searchParams.get('status') === first!.status);
  const statuses = await page.locator('.commitment-row td:nth-child(4)').allInnerTexts();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set([label]));
  expect(await page.locator('.commitment-table').innerText()).toContain(first!.title);
});

it('shows a commitment with its milestones and timeline, and a city with its progress chart', async () => {
  const commitment = (await parisCommitments()).find((item) => item.milestones.length && item.updates.length)!;
  expect(commitment).toBeDefined();
  const page = await newPage({ javaScriptEnabled: false });
  expect((await page.goto(`${baseUrl}/commitments/${commitment.id}`))?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe(commitment.title);
  expect(await page.getByRole('heading', { name: 'Self-reported status' }).count()).toBe(1);
  expect(await page.getByRole('heading', { name: 'Independent assessment' }).count()).toBe(1);
  expect(await page.locator('table.milestones tbody tr').count()).toBe(commitment.milestones.length);
  expect(await page.locator('.timeline > li').count()).toBe(commitment.updates.length);
  // Anonymous visitors do not get the update form.
  expect(await page.getByRole('heading', { name: 'Post a progress update' }).count()).toBe(0);

  await Promise.all([page.waitForURL(`${baseUrl}/cities/paris-fr`), page.getByRole('link', { name: 'Paris', exact: true }).first().click()]);
  expect(await page.locator('h1').innerText()).toBe('Paris');
  const chart = page.locator('table.status-chart');
  expect(await chart.locator('tbody tr').count()).toBe(4);
  expect(await chart.innerText()).toMatch(/Not started\s+\d+/);
  expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toContain('/feeds/commitments/cities/paris-fr.atom');
  expect(await page.locator('.commitment-table').innerText()).toContain(commitment.title);
});

it('lets the city’s editor post an update (without JavaScript) that tops the timeline and the city feed', async () => {
  const commitment = (await parisCommitments())[0]!;
  const page = await newPage({ javaScriptEnabled: false });
  await signIn(page, baseUrl, EDITOR, `/commitments/${commitment.id}`);
  expect(new URL(page.url()).pathname).toBe(`/en/commitments/${commitment.id}`);
  const body = `Progress report ${Date.now().toString(36)}: the **open data portal** went live.`;
  await page.getByLabel('What happened').fill(body);
  await page.getByLabel('Evidence links (optional)').fill('https://example.org/evidence Launch announcement');
  await pressAndWait(page, 'Post the update', (url) => url.searchParams.get('notice') === 'update-posted');
  expect(await page.getByRole('status').first().innerText()).toBe('Your progress update is posted.');
  const top = page.locator('.timeline > li').first();
  expect(await top.innerText()).toContain('the open data portal went live.');
  expect(await top.locator('strong', { hasText: 'open data portal' }).count()).toBe(1);
  expect(await top.getByRole('link', { name: 'Launch announcement' }).getAttribute('href')).toBe('https://example.org/evidence');

  const feed = await fetch(`${origin}/feeds/commitments/cities/paris-fr.atom`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toContain('application/atom+xml');
  expect(await feed.text()).toContain('open data portal');
  const networkFeed = await fetch(`${origin}/feeds/commitments/networks/ogp-local.atom`);
  expect(networkFeed.status).toBe(200);
  expect(await networkFeed.text()).toContain('open data portal');

  const network = await newPage({ javaScriptEnabled: false });
  await network.goto(`${baseUrl}/networks/ogp-local`);
  expect(await network.locator('#network-commitments-title').count()).toBe(1);
  expect(await network.locator('table.status-chart tbody tr').count()).toBe(4);
});

it('answers 404 for an unknown commitment, city or feed', async () => {
  expect((await fetch(`${baseUrl}/commitments/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  expect((await fetch(`${baseUrl}/commitments/not-a-commitment`)).status).toBe(404);
  expect((await fetch(`${baseUrl}/cities/nowhere-xx`)).status).toBe(404);
  expect((await fetch(`${origin}/feeds/commitments/cities/nowhere-xx.atom`)).status).toBe(404);
});
