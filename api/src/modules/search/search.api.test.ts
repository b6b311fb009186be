import { startTestApi, type TestApi } from '../../test/test-api.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';

const SEARCH = `query Search($input: SearchCasesInput) {
  searchCases(input: $input) {
    total tookMs engine fallbackReason suggestion
    hits { score highlights { field snippet } case { slug title sdgs { number } } }
    facets {
      sdgs { value label count } regions { value label count } countries { value label count }
      networks { value label count } themes { value label count } ogpValues { value label count } languages { value label count }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function search(input: Record<string, unknown>) {
  const response = await api.gql(SEARCH, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.searchCases;
}
const slugs = (result: any): string[] => result.hits.map((hit: any) => hit.case.slug);

describe('searchCases relevance on the demo cards', () => {
  it.each([
    ['climate action plan', 'paris-co-created-climate-action-plan'],
    ['Bogota street vendors', 'bogota-attention-model-for-the-informal-economy'],
    ['air quality Seoul', 'seoul-open-and-big-data-on-environment'],
    ['Consul', 'madrid-consul-project-global-participation-platform'],
    ['minibus taxi routes', 'johannesburg-tshwane-mapping-informal-transit'],
    ['reproductive health', 'buenos-aires-sexual-and-reproductive-health-information-portal'],
    // one typo per word
    ['clmate', 'paris-co-created-climate-action-plan'],
    ['Johanesburg', 'johannesburg-tshwane-mapping-informal-transit'],
    ['reproductiv helth', 'buenos-aires-sexual-and-reproductive-health-information-portal'],
    // accents both ways
    ['Bogotá', 'bogota-attention-model-for-the-informal-economy'],
    ['Fundacion Huesped', 'buenos-aires-sexual-and-reproductive-health-information-portal'],
    // prefixes, phrases, exclusions
    ['minib', 'johannesburg-tshwane-mapping-informal-transit'],
    ['"street vendors"', 'bogota-attention-model-for-the-informal-economy'],
    ['informal -Bogota', 'johannesburg-tshwane-mapping-informal-transit'],
  ])('%s ranks %s first', async (query, expected) => {
    const result = await search({ query });
    expect(slugs(result)[0]).toBe(expected);
  });

  it('answers with the engine, the time taken and highlighted, escaped snippets', async () => {
    const result = await search({ query: 'climate' });
    expect(result.engine).toBe('postgres');
    expect(result.fallbackReason).toBeNull();
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
    const snippets = result.hits[0].highlights.map((highlight: any) => highlight.snippet).join(' ');
    expect(snippets).toMatch(/<mark>climate<\/mark>/i);
  });

  it('offers a did-you-mean for a misspelt query', async () => {
    const result = await search({ query: 'informl economy' });
    expect(result.suggestion).toBe('informal economy');
    expect(slugs(result)).toContain('bogota-attention-model-for-the-informal-economy');
  });

  it('lists newest first without a query, and pages', async () => {
    const first = await search({ first: 4 });
    // Six white-paper cases and the French translation of the Johannesburg/Tshwane one.
    expect(first.total).toBe(7);
    expect(slugs(first)[0]).toBe('madrid-consul-project-global-participation-platform');
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search({ first: 4, after: first.pageInfo.endCursor });
    expect(slugs(second)).toHaveLength(3);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...slugs(first), ...slugs(second)]).size).toBe(7);
  });

  it('suggests as you type, at most 10', async () => {
    const response = await api.gql(`query { a: suggestCases(prefix: "johann") { slug title places } b: suggestCases(prefix: "madr", first: 1) { slug } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.a[0].slug).toBe('johannesburg-tshwane-mapping-informal-transit');
    expect(response.data!.a[0].places).toContain('Johannesburg');
    expect(response.data!.b).toEqual([{ slug: 'madrid-consul-project-global-participation-platform' }]);
    const tooMany = await api.gql(`query { suggestCases(prefix: "a", first: 11) { slug } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('facet counts', () => {
  /** The same disjunctive counts, computed straight from the cards with SQL. */
  async function sqlCounts(facet: 'sdgs' | 'regions', filters: { sdgs?: number[]; regions?: string[] }): Promise<Record<string, number>> {
    const sdgFilter = facet === 'sdgs' || !filters.sdgs ? 'true' : `c.sdgs && array[${filters.sdgs.join(',')}]::smallint[]`;
    const regionFilter =
      facet === 'regions' || !filters.regions
        ? 'true'
        : `exists (select 1 from case_card_cities cc join cities ci on ci.id = cc.city_id where cc.case_card_id = c.id and ci.region in (${filters.regions.map((r) => `'${r}'`).join(',')}))`;
    const values =
      facet === 'sdgs'
        ? `select unnest(c.sdgs)::text as value, c.id from case_cards c where c.status = 'PUBLISHED' and ${sdgFilter} and ${regionFilter}`
        : `select distinct ci.region as value, c.id from case_cards c join case_card_cities cc on cc.case_card_id = c.id join cities ci on ci.id = cc.city_id where c.status = 'PUBLISHED' and ${sdgFilter} and ${regionFilter}`;
    const rows = await api.orm.em.getConnection().execute<{ value: string; count: number }[]>(`select value, count(*)::int as count from (${values}) v group by value`);
    return Object.fromEntries(rows.map((row) => [row.value, row.count]));
  }

  it.each([{}, { sdgs: [11] }, { regions: ['Europe'] }, { sdgs: [13], regions: ['Europe', 'Asia'] }, { sdgs: [8, 16], regions: ['Americas'] }])(
    'match SQL for %j',
    async (filters) => {
      const result = await search(filters);
      for (const facet of ['sdgs', 'regions'] as const) {
        const fromApi = Object.fromEntries(result.facets[facet].map((entry: any) => [entry.value, entry.count]));
        expect(fromApi).toEqual(await sqlCounts(facet, filters));
      }
    },
  );

  it('labels values', async () => {
    const result = await search({});
    expect(result.facets.sdgs.find((entry: any) => entry.value === '13').label).toBe('13. Climate Action');
    expect(result.facets.networks.find((entry: any) => entry.value === 'ogp-local').label).toBe('OGP Local Program');
    expect(result.facets.countries.find((entry: any) => entry.value === 'ZA').label).toBe('South Africa');
  });
});

describe('the city filter', () => {
  it('finds the cards of any of the cities, by slug or id, with the other filters', async () => {
    expect(slugs(await search({ cities: ['paris-fr'] }))).toEqual(['paris-co-created-climate-action-plan']);
    const tshwane = await api.orm.em.getConnection().execute<{ id: string }[]>(`select id from cities where name = 'Tshwane (Pretoria)'`);
    expect(new Set(slugs(await search({ cities: [tshwane[0]!.id, 'madrid-es'] })))).toEqual(
      new Set(['johannesburg-tshwane-mapping-informal-transit', 'johannesburg-tshwane-cartographier-le-transport-informel', 'madrid-consul-project-global-participation-platform']),
    );
    expect(slugs(await search({ cities: ['madrid-es', 'seoul-kr'], sdgs: [13] }))).toEqual(['seoul-open-and-big-data-on-environment']);
    expect(slugs(await search({ cities: ['bogota-co'], query: 'vendors' }))).toEqual(['bogota-attention-model-for-the-informal-economy']);
    expect(slugs(await search({ cities: ['bogota-co'], query: 'Consul' }))).toEqual([]);
  });

  it('applies to the facet counts', async () => {
    // The Johannesburg/Tshwane card and its French translation.
    const result = await search({ cities: ['johannesburg-za'] });
    expect(result.total).toBe(2);
    expect(result.facets.countries.map((entry: any) => [entry.value, entry.count])).toEqual([['ZA', 2]]);
  });

  it('names the field of an unknown city', async () => {
    const response = await api.gql(SEARCH, { input: { cities: ['atlantis-xx'] } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cities' });
  });
});

describe('bad input', () => {
  it.each([
    ['a query over 500 characters', { query: 'x'.repeat(501) }, '501'],
    ['first above 100', { first: 101 }, '101'],
    ['first below 1', { first: 0 }, '0'],
    ['an SDG outside 1-17', { sdgs: [18] }, '18'],
    ['an unknown region', { regions: ['Narnia'] }, 'Narnia'],
    ['an unknown country', { countries: ['QQ'] }, 'QQ'],
    ['an unknown network', { networks: ['nobody'] }, 'nobody'],
    ['an unknown theme', { themes: ['alchemy'] }, 'alchemy'],
    ['an unknown OGP value', { ogpValues: ['secrecy'] }, 'secrecy'],
    ['an unknown language', { languages: ['xx'] }, 'xx'],
    ['a malformed cursor', { after: '%%%' }, '%%%'],
    ['a year range backwards', { yearFrom: 2020, yearTo: 2010 }, '2020'],
    ['an unknown city', { cities: ['paris-fr', 'atlantis-xx'] }, 'atlantis-xx'],
  ])('rejects %s with BAD_USER_INPUT naming it', async (_label, input, named) => {
    const response = await api.gql(SEARCH, { input });
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(named);
  });

  it.each(['&&&', "'", ':*', '\\', '(', '!', '<->', "')) or 1=1 --", '"unclosed', '-', 'OR OR'])('searches %s as text', async (query) => {
    const response = await api.gql(SEARCH, { input: { query } });
    expect(response.errors).toBeUndefined();
    expect(response.data!.searchCases.total).toBeGreaterThanOrEqual(0);
  });
});

describe('keeping the index true', () => {
  async function changeCard(slug: string, change: (card: CaseCard) => void): Promise<void> {
    await api.orm.em.fork().transactional(async (tx) => {
      const card = await tx.findOneOrFail(CaseCard, { slug });
      change(card);
      await tx.flush();
      await api.search.queue.enqueueInTransaction(tx, [card.id]);
    });
  }

  it('shows a changed title after the worker runs, and forgets an archived card', async () => {
    await changeCard('seoul-open-and-big-data-on-environment', (card) => (card.title = 'Hyperlocal pollution sensors'));
    await api.waitForIndexing();
    expect(slugs(await search({ query: 'hyperlocal' }))).toEqual(['seoul-open-and-big-data-on-environment']);

    await changeCard('seoul-open-and-big-data-on-environment', (card) => (card.status = CaseStatus.ARCHIVED));
    await api.waitForIndexing();
    expect(slugs(await search({ query: 'hyperlocal' }))).toEqual([]);
    expect((await search({})).total).toBe(6);

    await changeCard('seoul-open-and-big-data-on-environment', (card) => (card.status = CaseStatus.PUBLISHED));
    await api.waitForIndexing();
  });

  it('never shows a card that is unpublished but not yet reindexed', async () => {
    await api.search.stopWorker();
    try {
      await changeCard('bogota-attention-model-for-the-informal-economy', (card) => (card.status = CaseStatus.DRAFT));
      expect(slugs(await search({ query: 'Bogota' }))).not.toContain('bogota-attention-model-for-the-informal-economy');
    } finally {
      await api.search.startWorker(api.orm, api.logger, 0.5);
      await changeCard('bogota-attention-model-for-the-informal-economy', (card) => (card.status = CaseStatus.PUBLISHED));
      await api.waitForIndexing();
    }
  });

  it('catches up after the worker was down between commit and indexing, and after a crash while indexing', async () => {
    await api.search.stopWorker();
    await changeCard('madrid-consul-project-global-participation-platform', (card) => (card.title = 'Consul for every town hall'));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(slugs(await search({ query: '"town hall"' }))).toEqual([]);
    expect(await api.search.queue.backlog()).toBe(1);

    // A worker that dies while indexing: its job is not lost, only retried.
    let attempts = 0;
    await api.search.queue.work(async () => {
      attempts++;
      throw new Error('worker killed mid-index');
    });
    for (let i = 0; i < 60 && attempts === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    await api.search.stopWorker();
    expect(attempts).toBeGreaterThan(0);
    expect(slugs(await search({ query: '"town hall"' }))).toEqual([]);

    await api.search.startWorker(api.orm, api.logger, 0.5);
    await api.waitForIndexing(20_000);
    expect(slugs(await search({ query: '"town hall"' }))).toEqual(['madrid-consul-project-global-participation-platform']);
  });

  it('rolls the job back with the change', async () => {
    const before = await api.search.queue.backlog();
    await expect(
      api.orm.em.fork().transactional(async (tx) => {
        const card = await tx.findOneOrFail(CaseCard, { slug: 'paris-co-created-climate-action-plan' });
        await api.search.queue.enqueueInTransaction(tx, [card.id]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.search.queue.backlog()).toBe(before);
  });
});
