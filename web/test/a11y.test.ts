/**
 * Accessibility in the browser, against real servers (see servers.ts): axe-core runs on every page, public
 * and signed in, and fails on any serious or critical violation; the keyboard alone reaches the language
 * switcher and the map's cities, and Enter on a city filters the search.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { Contexts, COORDINATOR, DEMO_PASSWORD, EDITOR, NETWORK, startCurationServers } from './curation-helpers';
import type { TestServers } from './servers';

let servers: TestServers | undefined;
let stopServers: (() => Promise<void>) | undefined;
let baseUrl: string;
const contexts = new Contexts(() => servers!);
/** A card the editor submitted, waiting in the coordinator's queue (for the review page). */
let submittedSlug = '';
let commitmentId = '';

/** GraphQL against the API as a demo user (its session cookie kept), to prepare records. */
async function apiAs(email: string) {
  const call = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const response = await fetch(servers!.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return { body, cookie: response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ') };
  };
  const { cookie } = await call(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`, { email, password: DEMO_PASSWORD });
  return async (query: string, variables: Record<string, unknown> = {}) => (await call(query, variables, cookie)).body.data;
}

async function submitCard(): Promise<string> {
  const gql = await apiAs(EDITOR);
  const text = 'Residents asked for the budget in plain words, and the city published it line by line.';
  const input = {
    network: NETWORK,
    title: 'Plain-language budget for accessibility checks',
    summary: text,
    challenge: text,
    approach: text,
    innovation: text,
    openGovernment: text,
    lessons: text,
    sdgs: [16],
    cities: [{ name: 'Paris', country: 'FR' }],
  };
  const created = await gql(`mutation($input: CaseInput!) { createCase(input: $input) { id slug } }`, { input });
  const submitted = await gql(`mutation($id: ID!) { submitCase(id: $id) { slug } }`, { id: created.createCase.id });
  return submitted.submitCase.slug;
}

beforeAll(async () => {
  const started = await startCurationServers();
  servers = started.servers;
  stopServers = started.stop;
  baseUrl = servers.baseUrl;
  submittedSlug = await submitCard();
  const commitments = await fetch(servers.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ commitments(first: 1) { edges { node { id } } } }' }),
  });
  commitmentId = ((await commitments.json()) as any).data.commitments.edges[0].node.id;
}, 180_000);

afterAll(async () => {
  await stopServers?.();
}, 60_000);

afterEach(async () => {
  await contexts.closeAll();
});

const BLOCKING = new Set(['serious', 'critical']);

/**
 * axe-core's violations on the page as it is, serious and critical only, one line per rule with its impact
 * and the selectors of the elements at fault. Closed <details> are opened first, so that what they hold is
 * checked too.
 */
async function blockingViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`);
}

async function check(page: Page, path: string, ready?: (page: Page) => Promise<unknown>): Promise<void> {
  const response = await page.goto(`${baseUrl}${path}`);
  expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
  await ready?.(page);
  expect({ path, violations: await blockingViolations(page) }).toEqual({ path, violations: [] });
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${baseUrl}/en/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/sign-in')), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
}

const explorerReady = (page: Page) => page.locator('.graphiql-container .CodeMirror').first().waitFor({ timeout: 30_000 });

describe('axe-core finds no serious or critical violation', () => {
  it.each([
    ['home', '/en'],
    ['home in Spanish', '/es'],
    ['search with results', '/en/search?q=informal'],
    ['search without results', '/en/search?q=qwxzvk'],
    ['search with a refused filter', '/en/search?region=Atlantis'],
    ['cases list', '/en/cases'],
    ['case page', '/en/cases/paris-co-created-climate-action-plan'],
    ['networks', '/en/networks'],
    ['network page', `/en/networks/${NETWORK}`],
    ['commitments', '/en/commitments'],
    ['city page', '/en/cities/paris-fr'],
    ['open data', '/en/data'],
    ['open data, filtered links', '/en/data?q=water&sdg=6'],
    ['export columns', '/en/data/columns'],
    ['sign-in', '/en/sign-in'],
    ['sign-up', '/en/sign-up'],
    ['forgot password', '/en/forgot-password'],
  ])('%s (%s)', async (_name, path) => {
    await check(await contexts.newPage(), path);
  });

  it('commitment page', async () => {
    await check(await contexts.newPage(), `/en/commitments/${commitmentId}`);
  });

  it('API explorer, once GraphiQL has loaded', async () => {
    await check(await contexts.newPage(), '/en/api-explorer', explorerReady);
  });

  it.each([
    ['account', '/en/account'],
    ['my cards', '/en/my-cards'],
    ['card form', `/en/cases/new?network=${NETWORK}`],
    ['curation queue', `/en/networks/${NETWORK}/queue`],
    ['history', '/en/cases/seoul-open-and-big-data-on-environment/history'],
    ['audit log', `/en/networks/${NETWORK}/audit`],
    ['members', `/en/networks/${NETWORK}/members`],
  ])('signed in as a coordinator: %s (%s)', async (_name, path) => {
    const page = await contexts.newPage();
    await signIn(page, COORDINATOR);
    await check(page, path);
  });

  it('signed in as a coordinator: review', async () => {
    const page = await contexts.newPage();
    await signIn(page, COORDINATOR);
    await check(page, `/en/cases/${submittedSlug}/review`);
  });

  it('signed in as an editor: my cards and the card form', async () => {
    const page = await contexts.newPage();
    await signIn(page, EDITOR);
    await check(page, '/en/my-cards');
    await check(page, `/en/cases/new?network=${NETWORK}`);
  });
});

describe('the keyboard alone', () => {
  /** Where the focus is: the language switcher, a city of the map (its address), or elsewhere. */
  const focusTarget = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (element?.closest('.language-switcher')) return 'language';
      if (element?.closest('.world-map__points')) return `map:${element.getAttribute('href')}`;
      return 'other';
    });

  it('reaches the language switcher and the map\'s cities with Tab, and Enter on a city filters the search', async () => {
    const page = await contexts.newPage();
    await page.goto(`${baseUrl}/en`);
    const reached: string[] = [];
    for (let presses = 0; presses < 200 && !reached.some((target) => target.startsWith('map:')); presses++) {
      await page.keyboard.press('Tab');
      reached.push(await focusTarget(page));
    }
    expect(reached).toContain('language');
    const city = reached.find((target) => target.startsWith('map:'))!;
    expect(city).toMatch(/^map:\/en\/search\?city=[a-z-]+$/);
    // The focused city shows a thick ring in the focus colour.
    const ring = await page.evaluate(() => {
      const circle = document.activeElement!.querySelector('circle')!;
      return { stroke: getComputedStyle(circle).stroke, width: getComputedStyle(circle).strokeWidth };
    });
    expect(ring).toEqual({ stroke: 'rgb(255, 191, 71)', width: '5px' });

    const slug = new URL(city.slice(4), baseUrl).searchParams.get('city')!;
    await Promise.all([page.waitForURL(`${baseUrl}/en/search?city=${slug}`), page.keyboard.press('Enter')]);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    const cities = await page.locator('.world-map__points a').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href')!, location.href).searchParams.get('city')));
    expect(cities).toContain(slug);
  });
});
