import { randomBytes } from 'node:crypto';
import { MeilisearchApiError } from 'meilisearch';
import { MEILISEARCH_SETTINGS, MeilisearchEngine } from './meilisearch-engine.js';
import { apiError, DOCUMENT, enqueued, fakeMeilisearch, NO_FILTERS, request, task } from './meilisearch.fake-server.js';
import { EngineUnavailableError, type SearchFilters } from './search-engine.js';
import { describeSearchEngineContract } from './search.contract.js';

// ---------------------------------------------------------------------------------------------
// Against a fake HTTP server: the requests the client sends and how answers are read
// ---------------------------------------------------------------------------------------------

describe('MeilisearchEngine against a fake server', () => {
  let fake: Awaited<ReturnType<typeof fakeMeilisearch>> | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('sends one multi-search with a query per active facet and reads hits, totals and disjunctive counts', async () => {
    fake = await fakeMeilisearch(() => ({
      status: 200,
      body: {
        results: [
          {
            indexUid: 'cases_fake',
            hits: [
              {
                id: 'c1',
                _rankingScore: 0.87,
                _formatted: {
                  id: 'c1',
                  title: '\u0001Open\u0002 <data> & "you"',
                  summary: 'nothing here',
                  challenge: '…the \u0001budget\u0002 was…',
                  sections: ['plain'],
                  places: ['Nairobi'],
                },
              },
              { id: 'c2', _rankingScore: 0.5, _formatted: { id: 'c2', title: 'Other' } },
            ],
            query: '"open data" -Seoul budget',
            processingTimeMs: 1,
            hitsPerPage: 10,
            page: 3,
            totalPages: 5,
            totalHits: 42,
            facetDistribution: { countries: { KE: 3, GH: 3, BJ: 1 }, networkSlug: {}, themes: { water: 2 }, language: { en: 40, fr: 2 } },
          },
          {
            indexUid: 'cases_fake',
            hits: [],
            query: '',
            processingTimeMs: 1,
            limit: 0,
            offset: 0,
            estimatedTotalHits: 50,
            facetDistribution: { sdgs: { '5': 42, '10': 7, '2': 7 } },
          },
          {
            indexUid: 'cases_fake',
            hits: [],
            query: '',
            processingTimeMs: 1,
            limit: 0,
            offset: 0,
            estimatedTotalHits: 51,
            facetDistribution: { regions: { Africa: 42, Europe: 9 } },
          },
        ],
      },
    }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const filters: SearchFilters = { ...NO_FILTERS, sdgs: [5], regions: ['Africa'], yearFrom: 2010 };
    const result = await engine.search(request({ query: '"open data" -Seoul budget', filters, offset: 20, limit: 10 }));

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.method).toBe('POST');
    expect(fake.requests[0]!.path).toBe('/multi-search');
    const queries = fake.requests[0]!.body.queries;
    expect(queries).toEqual([
      {
        indexUid: 'cases_fake',
        q: '"open data" -Seoul budget',
        matchingStrategy: 'all',
        page: 3,
        hitsPerPage: 10,
        attributesToRetrieve: ['id'],
        showRankingScore: true,
        filter: 'sdgs IN [5] AND regions IN ["Africa"] AND yearStarted >= 2010',
        facets: ['countries', 'networkSlug', 'themes', 'ogpValues', 'language'],
        attributesToHighlight: ['title', 'summary', 'challenge', 'sections', 'places'],
        attributesToCrop: ['summary', 'challenge', 'sections'],
        cropLength: 30,
        highlightPreTag: '\u0001',
        highlightPostTag: '\u0002',
      },
      {
        indexUid: 'cases_fake',
        q: '"open data" -Seoul budget',
        matchingStrategy: 'all',
        limit: 0,
        facets: ['sdgs'],
        filter: 'regions IN ["Africa"] AND yearStarted >= 2010',
      },
      {
        indexUid: 'cases_fake',
        q: '"open data" -Seoul budget',
        matchingStrategy: 'all',
        limit: 0,
        facets: ['regions'],
        filter: 'sdgs IN [5] AND yearStarted >= 2010',
      },
    ]);

    expect(result).toEqual({
      total: 42,
      hits: [
        {
          id: 'c1',
          score: 0.87,
          highlights: [
            { field: 'title', snippet: '<mark>Open</mark> &lt;data&gt; &amp; &quot;you&quot;' },
            { field: 'challenge', snippet: '…the <mark>budget</mark> was…' },
          ],
        },
        { id: 'c2', score: 0.5, highlights: [] },
      ],
      facets: {
        sdgs: [
          { value: '5', count: 42 },
          { value: '2', count: 7 },
          { value: '10', count: 7 },
        ],
        regions: [
          { value: 'Africa', count: 42 },
          { value: 'Europe', count: 9 },
        ],
        countries: [
          { value: 'GH', count: 3 },
          { value: 'KE', count: 3 },
          { value: 'BJ', count: 1 },
        ],
        networks: [],
        themes: [{ value: 'water', count: 2 }],
        ogpValues: [],
        languages: [
          { value: 'en', count: 40 },
          { value: 'fr', count: 2 },
        ],
      },
      suggestion: null,
    });
  });

  it('sorts by publishedAt for NEWEST and for empty queries, without highlights, and reads estimatedTotalHits', async () => {
    fake = await fakeMeilisearch(() => ({
      status: 200,
      body: { results: [{ indexUid: 'cases_fake', hits: [{ id: 'c3' }], query: '', processingTimeMs: 0, offset: 5, limit: 10, estimatedTotalHits: 6 }] },
    }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const result = await engine.search(request({ sort: 'NEWEST', offset: 5, limit: 10 }));
    const [main] = fake.requests[0]!.body.queries;
    expect(main).toEqual({
      indexUid: 'cases_fake',
      q: '',
      matchingStrategy: 'all',
      offset: 5,
      limit: 10,
      attributesToRetrieve: ['id'],
      showRankingScore: true,
      sort: ['publishedAt:desc'],
      facets: ['sdgs', 'regions', 'countries', 'networkSlug', 'themes', 'ogpValues', 'language'],
    });
    expect(result.total).toBe(6);
    expect(result.hits).toEqual([{ id: 'c3', score: 0, highlights: [] }]);
    expect(result.facets.sdgs).toEqual([]);

    await engine.search(request({ query: 'water', sort: 'RELEVANCE' }));
    expect(fake.requests[1]!.body.queries[0].sort).toBeUndefined();
  });

  it('runs an OR query as the union of its alternatives: candidates, then facets and order, then highlights', async () => {
    const answers = [
      // 1. ids and scores per alternative
      {
        results: [
          { indexUid: 'cases_fake', hits: [{ id: 'air', _rankingScore: 0.6 }, { id: 'x', _rankingScore: 0.3 }], query: 'Seoul', processingTimeMs: 0 },
          { indexUid: 'cases_fake', hits: [{ id: 'schools', _rankingScore: 0.9 }, { id: 'x', _rankingScore: 0.8 }], query: 'Dakar', processingTimeMs: 0 },
        ],
      },
      // 2. the faceted search over those ids (x is filtered out by the region filter)
      {
        results: [
          { indexUid: 'cases_fake', hits: [{ id: 'air' }, { id: 'schools' }], query: '', processingTimeMs: 0, facetDistribution: { sdgs: { '11': 2 } } },
          { indexUid: 'cases_fake', hits: [], query: '', processingTimeMs: 0, facetDistribution: { regions: { Asia: 1, Africa: 1, Europe: 1 } } },
        ],
      },
      // 3. highlights of the page
      {
        results: [
          { indexUid: 'cases_fake', hits: [], query: 'Seoul', processingTimeMs: 0 },
          {
            indexUid: 'cases_fake',
            hits: [{ id: 'schools', _formatted: { id: 'schools', title: 'Cantines', places: ['\u0001Dakar\u0002', 'Senegal'] } }],
            query: 'Dakar',
            processingTimeMs: 0,
          },
        ],
      },
    ];
    fake = await fakeMeilisearch(() => ({ status: 200, body: answers.shift() }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const filters: SearchFilters = { ...NO_FILTERS, regions: ['Asia', 'Africa'] };
    const result = await engine.search(request({ query: 'Seoul OR Dakar', filters, limit: 1 }));

    const [candidates, faceted, highlighted] = fake.requests.map((r) => r.body.queries);
    expect(candidates).toEqual([
      { indexUid: 'cases_fake', q: 'Seoul', matchingStrategy: 'all', limit: 5000, attributesToRetrieve: ['id'], showRankingScore: true },
      { indexUid: 'cases_fake', q: 'Dakar', matchingStrategy: 'all', limit: 5000, attributesToRetrieve: ['id'], showRankingScore: true },
    ]);
    expect(faceted).toEqual([
      {
        indexUid: 'cases_fake',
        q: '',
        matchingStrategy: 'all',
        offset: 0,
        limit: 3,
        attributesToRetrieve: ['id'],
        sort: ['publishedAt:desc'],
        filter: 'id IN ["air", "x", "schools"] AND regions IN ["Asia", "Africa"]',
        facets: ['sdgs', 'countries', 'networkSlug', 'themes', 'ogpValues', 'language'],
      },
      { indexUid: 'cases_fake', q: '', matchingStrategy: 'all', limit: 0, facets: ['regions'], filter: 'id IN ["air", "x", "schools"]' },
    ]);
    expect(highlighted).toHaveLength(2);
    expect(highlighted[1]).toMatchObject({ q: 'Dakar', matchingStrategy: 'all', filter: 'id IN ["schools"]', limit: 1, highlightPreTag: '\u0001' });

    expect(result).toEqual({
      total: 2,
      hits: [{ id: 'schools', score: 0.9, highlights: [{ field: 'places', snippet: '<mark>Dakar</mark> · Senegal' }] }],
      facets: {
        sdgs: [{ value: '11', count: 2 }],
        regions: [
          { value: 'Africa', count: 1 },
          { value: 'Asia', count: 1 },
          { value: 'Europe', count: 1 },
        ],
        countries: [],
        networks: [],
        themes: [],
        ogpValues: [],
        languages: [],
      },
      suggestion: null,
    });
  });

  it('pages an OR query by newest in Meilisearch, and answers at once when no alternative matches', async () => {
    const answers: unknown[] = [
      { results: [{ hits: [{ id: 'a', _rankingScore: 0.5 }] }, { hits: [{ id: 'b', _rankingScore: 0.7 }] }] },
      { results: [{ hits: [{ id: 'b' }], totalHits: 2, page: 2, hitsPerPage: 1 }] },
      { results: [{ hits: [] }, { hits: [] }] },
      { results: [{ hits: [] }, { hits: [] }] },
    ];
    fake = await fakeMeilisearch(() => ({ status: 200, body: answers.shift() }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const result = await engine.search(request({ query: 'a OR b', sort: 'NEWEST', offset: 1, limit: 1 }));
    expect(fake.requests[1]!.body.queries[0]).toMatchObject({ page: 2, hitsPerPage: 1, sort: ['publishedAt:desc'], filter: 'id IN ["a", "b"]' });
    expect(result.total).toBe(2);
    expect(result.hits).toEqual([{ id: 'b', score: 0.7, highlights: [] }]);

    const none = await engine.search(request({ query: 'a OR b' }));
    expect(fake.requests).toHaveLength(4);
    expect(none).toEqual({
      total: 0,
      hits: [],
      facets: { sdgs: [], regions: [], countries: [], networks: [], themes: [], ogpValues: [], languages: [] },
      suggestion: null,
    });
  });

  it('rethrows Meilisearch API errors as they are', async () => {
    fake = await fakeMeilisearch(() => apiError(400, 'invalid_search_filter', 'Attribute `foo` is not filterable.'));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const error = await engine.search(request({ query: 'x' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchApiError);
    expect(error).not.toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toBe('Attribute `foo` is not filterable.');
  });

  it('treats a gateway error as unavailable', async () => {
    fake = await fakeMeilisearch(() => ({ status: 503, body: { message: 'Service Unavailable' } }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    await expect(engine.search(request())).rejects.toBeInstanceOf(EngineUnavailableError);
  });

  it('treats a server that does not answer in time as unavailable', async () => {
    fake = await fakeMeilisearch(() => 'hang');
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake', timeoutMs: 200 });
    const started = Date.now();
    await expect(engine.search(request({ query: 'water' }))).rejects.toBeInstanceOf(EngineUnavailableError);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('prepare() creates a missing index, waits for each task and reports a failed one with its uid, type and message', async () => {
    fake = await fakeMeilisearch(({ method, path }) => {
      if (method === 'GET' && path === '/indexes/cases_fake') return apiError(404, 'index_not_found', 'Index `cases_fake` not found.');
      if (method === 'POST' && path === '/indexes') return enqueued(7, 'indexCreation');
      if (method === 'GET' && path === '/tasks/7') return task(7, 'indexCreation');
      if (method === 'PATCH' && path === '/indexes/cases_fake/settings') return enqueued(8, 'settingsUpdate');
      if (method === 'GET' && path === '/tasks/8') return task(8, 'settingsUpdate', { message: 'Invalid ranking rule `sorts`.', code: 'invalid_settings_ranking_rules' });
      return apiError(404, 'not_found', `unexpected ${method} ${path}`);
    });
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    await expect(engine.prepare()).rejects.toThrow(
      'Meilisearch task 8 (settingsUpdate) on index cases_fake failed: Invalid ranking rule `sorts`. (invalid_settings_ranking_rules)',
    );
    const creation = fake.requests.find((r) => r.method === 'POST' && r.path === '/indexes');
    expect(creation?.body).toEqual({ uid: 'cases_fake', primaryKey: 'id' });
    const settings = fake.requests.find((r) => r.method === 'PATCH');
    expect(settings?.body).toEqual(JSON.parse(JSON.stringify(MEILISEARCH_SETTINGS)));
    // The settings were only sent once the index creation had succeeded.
    const order = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf('PATCH /indexes/cases_fake/settings')).toBeGreaterThan(order.indexOf('GET /tasks/7'));
  });

  it('prepare() on an existing index only updates the settings', async () => {
    fake = await fakeMeilisearch(({ method, path }) => {
      if (method === 'GET' && path === '/indexes/cases_fake')
        return { status: 200, body: { uid: 'cases_fake', primaryKey: 'id', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' } };
      if (method === 'PATCH' && path === '/indexes/cases_fake/settings') return enqueued(3, 'settingsUpdate');
      if (method === 'GET' && path === '/tasks/3') return task(3, 'settingsUpdate');
      return apiError(404, 'not_found', `unexpected ${method} ${path}`);
    });
    await new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' }).prepare();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /indexes/cases_fake',
      'PATCH /indexes/cases_fake/settings',
      'GET /tasks/3',
    ]);
  });

  it('index() sends documents with unix-time publishedAt and waits; remove(), clear() and count()', async () => {
    fake = await fakeMeilisearch(({ method, path }) => {
      if (method === 'POST' && path.startsWith('/indexes/cases_fake/documents/delete-batch')) return enqueued(11, 'documentDeletion');
      if (method === 'POST' && path.startsWith('/indexes/cases_fake/documents')) return enqueued(10, 'documentAdditionOrUpdate');
      if (method === 'DELETE' && path === '/indexes/cases_fake/documents') return enqueued(12, 'documentDeletion');
      if (method === 'GET' && path === '/tasks/10') return task(10, 'documentAdditionOrUpdate');
      if (method === 'GET' && path === '/tasks/11') return task(11, 'documentDeletion');
      if (method === 'GET' && path === '/tasks/12') return task(12, 'documentDeletion', { message: 'boom', code: 'internal' });
      if (method === 'GET' && path === '/indexes/cases_fake/stats') return { status: 200, body: { numberOfDocuments: 12, isIndexing: false, fieldDistribution: {} } };
      return apiError(404, 'not_found', `unexpected ${method} ${path}`);
    });
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });

    await engine.index([DOCUMENT]);
    const addition = fake.requests[0]!;
    expect(addition.path).toBe('/indexes/cases_fake/documents?primaryKey=id');
    expect(addition.body).toEqual([{ ...JSON.parse(JSON.stringify(DOCUMENT)), publishedAt: 1709294400 }]);
    expect(fake.requests[1]!.path).toBe('/tasks/10');

    await engine.remove(['a', 'b', 'a']);
    expect(fake.requests[2]!.body).toEqual(['a', 'b']);

    await expect(engine.clear()).rejects.toThrow('Meilisearch task 12 (documentDeletion) on index cases_fake failed: boom (internal)');
    expect(await engine.count()).toBe(12);

    const before = fake.requests.length;
    await engine.index([]);
    await engine.remove([]);
    expect(fake.requests).toHaveLength(before);
  });

  it('count() is 0 when the index does not exist yet', async () => {
    fake = await fakeMeilisearch(() => apiError(404, 'index_not_found', 'Index `cases_fake` not found.'));
    expect(await new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' }).count()).toBe(0);
  });

  it('suggest() searches titles and places only, at most 10 items', async () => {
    fake = await fakeMeilisearch(() => ({
      status: 200,
      body: {
        hits: [{ id: 'c1', slug: 'open-budget', title: 'Open budget', places: ['Bogotá', 'Colombia'] }],
        query: 'bogo',
        processingTimeMs: 0,
        limit: 10,
        offset: 0,
        estimatedTotalHits: 1,
      },
    }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    expect(await engine.suggest('"bogo', 50)).toEqual([{ id: 'c1', slug: 'open-budget', title: 'Open budget', places: ['Bogotá', 'Colombia'] }]);
    expect(fake.requests[0]!.path).toBe('/indexes/cases_fake/search');
    expect(fake.requests[0]!.body).toEqual({
      q: 'bogo',
      attributesToSearchOn: ['title', 'places'],
      attributesToRetrieve: ['id', 'slug', 'title', 'places'],
      matchingStrategy: 'all',
      limit: 10,
    });
    expect(await engine.suggest('  ', 5)).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('MeilisearchEngine without a server', () => {
  it('throws EngineUnavailableError quickly when nothing listens', async () => {
    const engine = new MeilisearchEngine({ url: 'http://127.0.0.1:1', indexName: 'cases_test', timeoutMs: 1_000 });
    const started = Date.now();
    const error = await engine.search(request({ query: 'water' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineUnavailableError);
    expect((error as Error).message).toMatch(/^meilisearch is unavailable/);
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(engine.suggest('wat', 5)).rejects.toBeInstanceOf(EngineUnavailableError);
    await expect(engine.count()).rejects.toBeInstanceOf(EngineUnavailableError);
    await expect(engine.index([DOCUMENT])).rejects.toBeInstanceOf(EngineUnavailableError);
    await expect(engine.prepare()).rejects.toBeInstanceOf(EngineUnavailableError);
  });
});

// ---------------------------------------------------------------------------------------------
// The shared contract, against a real server when there is one
// ---------------------------------------------------------------------------------------------

if (process.env.MEILI_URL) {
  describeSearchEngineContract('meilisearch', async () => {
    const engine = new MeilisearchEngine({
      url: process.env.MEILI_URL!,
      apiKey: process.env.MEILI_API_KEY,
      indexName: `cases_test_${randomBytes(6).toString('hex')}`,
    });
    await engine.prepare();
    return { engine, cleanup: () => engine.deleteIndex() };
  }, { stemming: false });
} else {
  describe('Meilisearch contract', () => {
    it('is skipped: MEILI_URL is not set (no Meilisearch server on this machine)', () => {
      console.log('Meilisearch contract suite skipped: set MEILI_URL to run it against a server');
    });
  });
}
