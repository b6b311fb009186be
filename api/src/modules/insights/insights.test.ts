import { SDGS } from '@casebook/taxonomy';
import { jest } from '@jest/globals';
import type pg from 'pg';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { syncCases } from '../search/search.indexer.js';

const MAP = `query Map($filter: SearchCasesInput) {
  caseMap(filter: $filter) { caseCount city { id slug name country latitude longitude } }
}`;
const COVERAGE = `query Coverage($filter: SearchCasesInput, $city: String) {
  sdgCoverage(filter: $filter, city: $city) { total bars { count share sdg { number title colour } } }
}`;
const SEARCH = `query Search($input: SearchCasesInput) { searchCases(input: $input) { total hits { case { slug cities { slug } } } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Point = { caseCount: number; city: { slug: string; latitude: number | null; longitude: number | null } };

async function caseMap(filter?: Record<string, unknown>): Promise<Point[]> {
  const response = await api.gql(MAP, { filter });
  expect(response.errors).toBeUndefined();
  return response.data!.caseMap;
}
const countsOf = (points: Point[]) => Object.fromEntries(points.map((point) => [point.city.slug, point.caseCount]));

async function coverage(filter?: Record<string, unknown>, city?: string) {
  const response = await api.gql(COVERAGE, { filter, city });
  expect(response.errors).toBeUndefined();
  const result = response.data!.sdgCoverage as { total: number; bars: { count: number; share: number; sdg: { number: number; title: string; colour: string } }[] };
  return { ...result, counts: Object.fromEntries(result.bars.filter((bar) => bar.count > 0).map((bar) => [bar.sdg.number, bar.count])) };
}

/** The same counts from the search's own hits: the map must describe the cards the search lists. */
async function countsFromSearch(input: Record<string, unknown>): Promise<Record<string, number>> {
  const response = await api.gql(SEARCH, { input: { ...input, first: 100 } });
  expect(response.errors).toBeUndefined();
  const counts: Record<string, number> = {};
  for (const hit of response.data!.searchCases.hits) for (const city of hit.case.cities) counts[city.slug] = (counts[city.slug] ?? 0) + 1;
  return counts;
}

/** Published cards per city, straight from the cards with SQL (by city name and country). */
async function sqlCityCounts(): Promise<Record<string, number>> {
  const rows = await api.orm.em.getConnection().execute<{ name: string; country: string; count: number }[]>(
    `select ci.name, ci.country, count(*)::int as count
       from case_cards c join case_card_cities cc on cc.case_card_id = c.id join cities ci on ci.id = cc.city_id
      where c.status = 'PUBLISHED' group by ci.name, ci.country`,
  );
  return Object.fromEntries(rows.map((row) => [`${row.name}|${row.country}`, row.count]));
}

/** Published cards, and how many carry each SDG, straight from the cards with SQL. */
async function sqlSdgCounts(): Promise<{ total: number; counts: Record<number, number> }> {
  const connection = api.orm.em.getConnection();
  const [{ total }] = await connection.execute<{ total: number }[]>(`select count(*)::int as total from case_cards where status = 'PUBLISHED'`);
  const rows = await connection.execute<{ sdg: number; count: number }[]>(
    `select s as sdg, count(*)::int as count from case_cards c, unnest(c.sdgs) s where c.status = 'PUBLISHED' group by s`,
  );
  return { total: total!, counts: Object.fromEntries(rows.map((row) => [row.sdg, row.count])) };
}

describe('caseMap', () => {
  it('places the demo cards: the seven demo cities with coordinates, counted as the cards say', async () => {
    const points = (await api.gql(`{ caseMap { caseCount city { name country latitude longitude } } }`)).data!.caseMap as {
      caseCount: number;
      city: { name: string; country: string; latitude: number; longitude: number };
    }[];
    expect(Object.fromEntries(points.map((point) => [`${point.city.name}|${point.city.country}`, point.caseCount]))).toEqual(await sqlCityCounts());
    expect(points.map((point) => point.city.name).sort()).toEqual(['Bogotá', 'Buenos Aires', 'Johannesburg', 'Madrid', 'Paris', 'Seoul', 'Tshwane (Pretoria)']);
    expect(points.find((point) => point.city.name === 'Paris')).toMatchObject({ caseCount: 1, city: { latitude: 48.8566, longitude: 2.3522 } });
    // Largest first.
    expect(points.map((point) => point.caseCount)).toEqual([...points.map((point) => point.caseCount)].sort((a, b) => b - a));
  });

  it.each([
    { networks: ['ogp-local'] },
    { sdgs: [10] },
    { query: 'informal' },
    { query: 'Seoul OR Madrid' },
    { regions: ['Africa'], sdgs: [11] },
    { cities: ['madrid-es', 'johannesburg-za'] },
    { countries: ['ZA'], query: 'minibus' },
    { query: 'qwxzvk' },
  ])('follows the search for %j', async (filter) => {
    expect(countsOf(await caseMap(filter))).toEqual(await countsFromSearch(filter));
  });

  it('follows a filter to the expected cities', async () => {
    expect(Object.keys(countsOf(await caseMap({ networks: ['ogp-local'] }))).sort()).toEqual(['buenos-aires-ar', 'madrid-es', 'paris-fr']);
    expect(Object.keys(countsOf(await caseMap({ countries: ['ZA'] }))).sort()).toEqual(['johannesburg-za', 'tshwane-pretoria-za']);
  });

  it.each([
    [{ cities: ['atlantis-xx'] }, 'atlantis-xx', 'cities'],
    [{ sdgs: [18] }, '18', 'sdgs'],
    [{ networks: ['nobody'] }, 'nobody', 'networks'],
  ])('rejects %j with BAD_USER_INPUT naming it', async (filter, named, field) => {
    const response = await api.gql(MAP, { filter });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.message).toContain(named);
  });
});

describe('sdgCoverage', () => {
  it('gives every SDG with its official colour, count and share of the demo cards', async () => {
    const result = await coverage();
    const expected = await sqlSdgCounts();
    expect(result.total).toBe(expected.total);
    expect(result.total).toBeGreaterThanOrEqual(6);
    expect(result.bars.map((bar) => bar.sdg)).toEqual(SDGS.map(({ number, title, colour }) => ({ number, title, colour })));
    expect(result.counts).toEqual(expected.counts);
    // Every demo card serves SDG 11; none serves SDG 2.
    expect(result.bars[10]).toMatchObject({ count: expected.total, share: 1 });
    expect(result.bars[9]!.share).toBeCloseTo(expected.counts[10]! / expected.total);
    expect(result.bars[1]).toMatchObject({ count: 0, share: 0 });
  });

  it('per network, per city and per search', async () => {
    // OGP Local's demo cards: Paris (7, 11, 13), Buenos Aires (3, 5, 10, 11) and Madrid (11, 16, 17).
    const ogp = await coverage({ networks: ['ogp-local'] });
    expect(ogp.total).toBe(3);
    expect(ogp.counts).toEqual({ 3: 1, 5: 1, 7: 1, 10: 1, 11: 3, 13: 1, 16: 1, 17: 1 });
    const bogota = await coverage(undefined, 'bogota-co');
    expect(bogota).toMatchObject({ total: 1, counts: { 1: 1, 8: 1, 10: 1, 11: 1 } });
    const search = await coverage({ query: 'informal' });
    expect(search.total).toBe((await api.gql(SEARCH, { input: { query: 'informal' } })).data!.searchCases.total);
    expect(search.counts[11]).toBe(search.total);
    const empty = await coverage({ query: 'qwxzvk' });
    expect(empty.total).toBe(0);
    expect(empty.bars.every((bar) => bar.count === 0 && bar.share === 0)).toBe(true);
  });

  it('rejects an unknown city naming it, and a city given twice', async () => {
    const unknown = await api.gql(COVERAGE, { city: 'atlantis-xx' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city' });
    expect(unknown.errors?.[0]?.message).toContain('atlantis-xx');
    const both = await api.gql(COVERAGE, { city: 'paris-fr', filter: { cities: ['madrid-es'] } });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city' });
  });
});

describe('only published cards, in a constant number of statements', () => {
  /** Cards in new cities, synced into the index the way the worker does it. */
  async function addCards(count: number, status: CaseStatus, prefix: string): Promise<void> {
    const em = api.orm.em.fork();
    const network = await em.findOneOrFail(Network, { slug: 'ogp-local' });
    const paris = await em.findOneOrFail(City, { name: 'Paris' });
    const cards: CaseCard[] = [];
    for (let i = 0; i < count; i++) {
      const town = em.create(City, { name: `${prefix} town ${i}`, country: 'BR', region: 'Americas', latitude: -10 - i / 10, longitude: -50 });
      const card = em.create(CaseCard, { slug: `${prefix}-${i}`, title: `${prefix} case ${i}`, network, sdgs: [6], status, publishedAt: status === CaseStatus.PUBLISHED ? new Date() : null });
      card.cities.set([town, paris]);
      cards.push(card);
    }
    await em.flush();
    await syncCases(api.orm.em, api.search.engines, cards.map((card) => card.id));
  }

  /** ORM statements and search-index statements of one request. */
  async function statementsFor(query: string, variables: Record<string, unknown>): Promise<{ orm: number; search: number }> {
    const pool = (api.search.postgres as unknown as { pool: pg.Pool }).pool;
    const spy = jest.spyOn(pool, 'query');
    api.sql.count = 0;
    try {
      const response = await api.gql(query, variables);
      expect(response.errors).toBeUndefined();
      return { orm: api.sql.count, search: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }

  it('never counts drafts', async () => {
    await addCards(3, CaseStatus.DRAFT, 'draft');
    expect(countsOf(await caseMap())['paris-fr']).toBe(1);
    expect((await caseMap()).some((point) => point.city.slug.startsWith('draft-town'))).toBe(false);
    expect((await coverage()).counts[6]).toBeUndefined();
  });

  it('sends as many statements for 7 cities as for 47', async () => {
    const variables = { filter: { query: 'case', networks: ['ogp-local'] } };
    const before = await statementsFor(MAP, variables);
    const coverageBefore = await statementsFor(COVERAGE, { city: 'paris-fr' });
    await addCards(40, CaseStatus.PUBLISHED, 'published');
    const points = await caseMap({ networks: ['ogp-local'] });
    expect(points).toHaveLength(43);
    expect(points[0]).toMatchObject({ caseCount: 41, city: { slug: 'paris-fr' } });
    expect(await statementsFor(MAP, variables)).toEqual(before);
    expect(await statementsFor(COVERAGE, { city: 'paris-fr' })).toEqual(coverageBefore);
    expect(before.orm).toBeLessThanOrEqual(2);
    expect(before.search).toBeLessThanOrEqual(2);
    expect((await coverage(undefined, 'paris-fr')).counts).toEqual({ 6: 40, 7: 1, 11: 1, 13: 1 });
  });
});
