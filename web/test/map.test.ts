/**
 * The world map of cases and the SDG coverage charts in the browser, against real servers (see servers.ts):
 * drawn on the server, following the search's filters, and filtering the search by the city clicked.
 */
import type { Page } from 'playwright-core';
import { startServers, type TestServers } from './servers';

const DEMO_CITIES = ['bogota-co', 'buenos-aires-ar', 'johannesburg-za', 'madrid-es', 'paris-fr', 'seoul-kr', 'tshwane-pretoria-za'];

let servers: TestServers | undefined;
let page: Page;
let baseUrl: string;

beforeAll(async () => {
  servers = await startServers({ databasePrefix: 'casebook_web_map' });
  baseUrl = servers.baseUrl;
  page = await servers.browser.newPage();
}, 180_000);

afterAll(async () => {
  await servers?.stop();
}, 60_000);

/** The API's own answer, to compare the page with. */
async function api<T = any>(query: string): Promise<T> {
  const response = await fetch(servers!.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return ((await response.json()) as { data: T }).data;
}

const cityLinks = () => page.locator('.world-map__points a');
const cityOf = (href: string | null) => new URL(href ?? '', baseUrl).searchParams.getAll('city');

async function mapCities(): Promise<string[]> {
  const hrefs = await cityLinks().evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.flatMap(cityOf).sort();
}

it('draws the map on the home page on the server: an image with a title, and a link per city', async () => {
  const html = await (await fetch(`${baseUrl}/en`)).text();
  expect(html).toMatch(/<svg[^>]*class="world-map__drawing"[^>]*role="img"/);
  expect(html).toContain('World map of cases</title>');
  // Country outlines, not tiles.
  expect((html.match(/<path d="M/g) ?? []).length).toBeGreaterThan(150);
  expect(html).not.toMatch(/tile\.openstreetmap|\/tiles?\//);

  await page.goto(`${baseUrl}/en`);
  expect(await mapCities()).toEqual(DEMO_CITIES);
  expect(await cityLinks().first().getAttribute('href')).toMatch(/^\/en\/search\?city=[a-z-]+$/);
  expect(await page.locator('.world-map__points a[href="/en/search?city=paris-fr"]').getAttribute('aria-label')).toBe('Paris, France: 1 case');
  // Each city's count, as the API gives it, in its link's name; more cases, a larger circle.
  const { caseMap } = await api<{ caseMap: { caseCount: number; city: { slug: string } }[] }>('{ caseMap { caseCount city { slug } } }');
  const drawn = await cityLinks().evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href')!, label: link.getAttribute('aria-label')!, r: Number(link.querySelector('circle')!.getAttribute('r')) })),
  );
  for (const point of caseMap) {
    const link = drawn.find((item) => item.href === `/en/search?city=${point.city.slug}`)!;
    expect(link.label).toMatch(new RegExp(`: ${point.caseCount} cases?$`));
  }
  const byCount = [...caseMap].sort((a, b) => a.caseCount - b.caseCount);
  const radius = (slug: string) => drawn.find((item) => item.href.endsWith(`city=${slug}`))!.r;
  expect(radius(byCount.at(-1)!.city.slug)).toBeGreaterThanOrEqual(radius(byCount[0]!.city.slug));
  if (byCount.at(-1)!.caseCount > byCount[0]!.caseCount) expect(radius(byCount.at(-1)!.city.slug)).toBeGreaterThan(radius(byCount[0]!.city.slug));
});

it('has a text alternative: the cities with their counts in a table, each a link', async () => {
  await page.goto(`${baseUrl}/en`);
  const list = page.locator('.world-map__list');
  expect(await list.locator('summary').innerText()).toBe('The 7 cities as a list');
  await list.locator('summary').click();
  const rows = list.locator('tbody tr');
  expect(await rows.count()).toBe(7);
  const madrid = list.locator('tbody tr', { hasText: 'Madrid' });
  expect(await madrid.locator('td').innerText()).toBe('1');
  expect(await madrid.locator('a').getAttribute('href')).toBe('/en/search?city=madrid-es');
});

it('filters the search by the city clicked, and the map follows', async () => {
  await page.goto(`${baseUrl}/en`);
  await Promise.all([page.waitForURL(`${baseUrl}/en/search?city=seoul-kr`), page.locator('.world-map__points a[href="/en/search?city=seoul-kr"] circle').click()]);
  expect(await page.locator('.search-hit h3').allInnerTexts()).toEqual(['Open and Big Data on Environment']);
  expect(await mapCities()).toEqual(['seoul-kr']);
});

it('keeps the current filters when a city is clicked on the search page', async () => {
  await page.goto(`${baseUrl}/en/search?network=ogp-local`);
  expect(await mapCities()).toEqual(['buenos-aires-ar', 'madrid-es', 'paris-fr']);
  const madrid = page.locator('.world-map__points a[href*="city=madrid-es"]');
  const href = await madrid.getAttribute('href');
  expect(new URL(href!, baseUrl).searchParams.getAll('network')).toEqual(['ogp-local']);
  await Promise.all([page.waitForURL((url) => url.searchParams.get('city') === 'madrid-es'), madrid.locator('circle').click()]);
  expect(new URL(page.url()).searchParams.getAll('network')).toEqual(['ogp-local']);
  expect(await page.locator('.search-hit h3').allInnerTexts()).toEqual(['Consul Project: A Global Platform to Enhance Citizen Participation at City Level']);
});

it('follows a text query, and says which city value the API refused', async () => {
  await page.goto(`${baseUrl}/en/search?q=minibus`);
  expect(await mapCities()).toEqual(['johannesburg-za', 'tshwane-pretoria-za']);
  await page.goto(`${baseUrl}/en/search?city=atlantis-xx`);
  expect(await page.locator('.notice--error[role="alert"]').innerText()).toContain('atlantis-xx');
});

it('charts the share of cases per SDG in the SDG colours, with a table for screen readers', async () => {
  await page.goto(`${baseUrl}/en/search?network=ogp-local`);
  const chart = page.locator('.sdg-coverage');
  expect(await chart.locator('.sdg-coverage__scope').innerText()).toBe('3 cases in this search.');
  const table = chart.locator('table');
  expect(await table.locator('caption').innerText()).toBe('Share of the 3 cases in this search linked to each SDG');
  const goal11 = table.locator('tbody tr', { hasText: 'SDG 11:' });
  expect(await goal11.locator('td').allInnerTexts()).toEqual(['3', '100%']);
  const bar13 = chart.locator('.sdg-coverage__row', { hasText: 'Climate Action' }).locator('.sdg-coverage__bar');
  expect(await bar13.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(63, 126, 68)');
  expect(await bar13.evaluate((element) => element.style.width)).toMatch(/^33\.33\d*%$/);
});

it('charts per network and per city', async () => {
  const { sdgCoverage } = await api<{ sdgCoverage: { total: number } }>('{ sdgCoverage(filter: { networks: ["uclg-transparency"] }) { total } }');
  await page.goto(`${baseUrl}/en/networks/uclg-transparency`);
  expect(await page.locator('.sdg-coverage__scope').innerText()).toBe(`${sdgCoverage.total} cases from UCLG Community of Practice on Transparency and Open Government.`);
  await page.goto(`${baseUrl}/en/cities/bogota-co`);
  expect(await page.locator('.sdg-coverage__scope').innerText()).toBe('One case in Bogotá.');
  const rows = await page.locator('.sdg-coverage table tbody th').allInnerTexts();
  expect(rows.map((row) => row.split(':')[0])).toEqual(['SDG 1', 'SDG 8', 'SDG 10', 'SDG 11']);
});

it('reads in Spanish too', async () => {
  await page.goto(`${baseUrl}/es`);
  expect(await page.locator('.world-map h2').innerText()).toBe('Dónde están los casos');
  expect(await page.locator('.world-map__points a[href="/es/search?city=madrid-es"]').getAttribute('aria-label')).toBe('Madrid, España: 1 caso');
});
