/**
 * Browser smoke test against real servers (see servers.ts): the built API on a fresh database with the demo
 * data, and `next start` on the built web app. Needs `next build` and the API build first (the root
 * `npm test` builds everything).
 */
import type { Page } from 'playwright-core';
import { startServers, type TestServers } from './servers';

const CASE_SECTION_HEADINGS = [
  'Challenge and solution',
  'Approach',
  'Innovation and practical improvement',
  'Did it open government?',
  'Lessons learned',
  'Linked SDGs',
];

/** The demo data's published cards: the six white-paper cases and one French translation of them. */
const DEMO_CARDS = 7;

let servers: TestServers | undefined;
let page: Page;
/** The English pages (`http://127.0.0.1:PORT/en`); `origin` is the site without a locale (/api/…). */
let baseUrl: string;
let origin: string;
let graphqlUrl: string;

beforeAll(async () => {
  servers = await startServers({ databasePrefix: 'casebook_web_test' });
  ({ baseUrl: origin, graphqlUrl } = servers);
  baseUrl = `${origin}/en`;
  page = await servers.browser.newPage();
}, 180_000);

afterAll(async () => {
  await servers?.stop();
}, 60_000);

it('shows the home page with the SDG grid, and a case card with its sections', async () => {
  const response = await page.goto(baseUrl);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe('Casebook');
  expect(await page.locator('html').getAttribute('lang')).toBe('en');

  const tiles = page.locator('.sdg-grid a');
  expect(await tiles.count()).toBe(17);
  expect(await tiles.first().getAttribute('href')).toBe('/en/cases?sdg=1');
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
  expect(await page.locator('main a[href="/en"]').count()).toBeGreaterThan(0);
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
  const context = await servers!.browser.newContext({ javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    await noScript.goto(`${baseUrl}/cases`);
    expect(await noScript.locator('.result-count').innerText()).toMatch(new RegExp(`^${DEMO_CARDS} cases`));
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

/** The API indexes the demo cards in a background worker after it starts: wait until search sees them all. */
async function waitForSearchIndex(expected: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ searchCases(input: {}) { total } }' }),
      });
      const body = (await response.json()) as { data?: { searchCases?: { total: number } } };
      last = body;
      if (body.data?.searchCases?.total === expected) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error(`the search index did not reach ${expected} cases: ${JSON.stringify(last)}`);
}

describe('search', () => {
  beforeAll(() => waitForSearchIndex(DEMO_CARDS), 90_000);

  it('searches from the home page box and marks the match in a snippet', async () => {
    await page.goto(baseUrl);
    await page.getByRole('combobox', { name: 'Search the cases' }).fill('Bogota');
    await Promise.all([page.waitForURL(`${baseUrl}/search?q=Bogota`), page.getByRole('button', { name: 'Search', exact: true }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Search cases');
    expect(await page.getByRole('combobox', { name: 'Search words' }).inputValue()).toBe('Bogota');
    const first = page.locator('.search-hit').first();
    expect(await first.locator('h3').innerText()).toBe('Attention Model for the Informal Economy');
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/en/cases/bogota-attention-model-for-the-informal-economy');
    const marks = first.locator('.search-hit__snippets mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().innerText()).toBe('Bogotá');
    expect(await page.locator('.result-count').innerText()).toMatch(/^\d+ cases? for “Bogota” · \d+ ms · PostgreSQL$/);
  });

  it('narrows by a facet through the URL, shows it as a chip, and the chip removes it', async () => {
    await page.goto(`${baseUrl}/search`);
    expect(await page.locator('.result-count').innerText()).toMatch(new RegExp(`^${DEMO_CARDS} cases`));
    const climate = page.getByRole('checkbox', { name: /^13\. Climate Action/ });
    expect(await page.getByRole('group', { name: 'Sustainable Development Goals' }).count()).toBe(1);
    await climate.check();
    await Promise.all([page.waitForURL(/[?&]sdg=13(&|$)/), page.getByRole('button', { name: 'Apply filters' }).click()]);
    expect(await page.locator('.result-count').innerText()).toMatch(/^2 cases/);
    const titles = await page.locator('.search-hit h3').allInnerTexts();
    expect(titles.sort()).toEqual(['Co-created Climate Action Plan', 'Open and Big Data on Environment']);
    expect(await climate.isChecked()).toBe(true);

    const chip = page.locator('.chip', { hasText: '13. Climate Action' });
    expect(await chip.count()).toBe(1);
    await chip.click();
    await page.locator('.chip').first().waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('sdg')).toBe(false);
    expect(await page.locator('.result-count').innerText()).toMatch(new RegExp(`^${DEMO_CARDS} cases`));
    expect(await climate.isChecked()).toBe(false);

    await page.goBack();
    await page.locator('.chip').first().waitFor();
    expect(new URL(page.url()).searchParams.getAll('sdg')).toEqual(['13']);
  });

  it('tolerates a typo and offers a did-you-mean', async () => {
    await page.goto(`${baseUrl}/search?q=clmate`);
    expect(await page.locator('.search-hit h3').first().innerText()).toBe('Co-created Climate Action Plan');

    await page.goto(`${baseUrl}/search?q=informl%20economy`);
    const link = page.locator('.did-you-mean a');
    expect(await page.locator('.did-you-mean').innerText()).toBe('Did you mean informal economy?');
    expect(await link.getAttribute('href')).toBe('/en/search?q=informal+economy');
    await link.click();
    await page.waitForURL(`${baseUrl}/search?q=informal+economy`);
    await page.locator('.result-count', { hasText: '“informal economy”' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Search words' }).inputValue()).toBe('informal economy');
  });

  it('searches and filters with the plain form when JavaScript is off', async () => {
    const context = await servers!.browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await noScript.goto(`${baseUrl}/search`);
      await noScript.getByRole('combobox', { name: 'Search words' }).fill('climate');
      await noScript.getByRole('checkbox', { name: /^13\. Climate Action/ }).check();
      await Promise.all([noScript.waitForURL(/q=climate.*sdg=13/), noScript.getByRole('button', { name: 'Search', exact: true }).click()]);
      expect(await noScript.locator('.result-count').innerText()).toMatch(/^\d+ cases? for “climate”/);
      expect(await noScript.locator('.search-hit h3').first().innerText()).toBe('Co-created Climate Action Plan');
      expect(await noScript.locator('.search-hit mark').count()).toBeGreaterThan(0);
      expect(await noScript.locator('.chip', { hasText: '13. Climate Action' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('suggests cases as you type, with arrow keys, Escape and Enter', async () => {
    await page.goto(`${baseUrl}/search`);
    const box = page.getByRole('combobox', { name: 'Search words' });
    await box.pressSequentially('johann', { delay: 20 });
    const option = page.getByRole('option', { name: /Mapping Informal Transit/ });
    await option.waitFor();
    expect(await option.innerText()).toContain('Johannesburg');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe(await page.getByRole('listbox').getAttribute('id'));

    await box.press('Escape');
    await page.locator('#search-q[aria-expanded="false"]').waitFor();
    expect(await page.getByRole('listbox').isVisible()).toBe(false);

    await box.press('ArrowDown');
    const optionId = await option.getAttribute('id');
    await page.locator(`#search-q[aria-activedescendant="${optionId}"]`).waitFor();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await Promise.all([page.waitForURL(`${baseUrl}/cases/johannesburg-tshwane-mapping-informal-transit`), box.press('Enter')]);
    await page.locator('h1', { hasText: 'Mapping Informal Transit' }).waitFor();

    const suggestions = await (await fetch(`${origin}/api/suggest?prefix=johann`)).json();
    expect(suggestions.suggestions[0]).toEqual({
      slug: 'johannesburg-tshwane-mapping-informal-transit',
      title: 'Mapping Informal Transit to Improve Public Transit Services',
      places: expect.arrayContaining(['Johannesburg']),
    });
    expect(await (await fetch(`${origin}/api/suggest?prefix=j`)).json()).toEqual({ suggestions: [] });
  });

  it('shows the API message for a rejected value, with the form, instead of failing', async () => {
    const response = await page.goto(`${baseUrl}/search?q=climate&sdg=99`);
    expect([200, 400]).toContain(response?.status());
    expect(await page.locator('main [role="alert"]').innerText()).toContain('99');
    expect(await page.getByRole('combobox', { name: 'Search words' }).inputValue()).toBe('climate');
    expect(await page.getByRole('checkbox', { name: 'SDG 99' }).isChecked()).toBe(true);
    expect(await page.locator('.chip', { hasText: 'SDG 99' }).getAttribute('href')).toBe('/en/search?q=climate');
  });
});
