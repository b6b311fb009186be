import { MEILISEARCH_SETTINGS, MeilisearchEngine } from './meilisearch-engine.js';
import { fakeMeilisearch, NO_FILTERS } from './meilisearch.fake-server.js';
import { TALLY_VALUES_MAX } from './search-engine.js';

// The requests a tally sends and how its answer is read (the real-server behaviour is in search.contract.ts).
describe('MeilisearchEngine.tally against a fake server', () => {
  let fake: Awaited<ReturnType<typeof fakeMeilisearch>> | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('asks for one facet distribution over every filter, counted exactly, and sorts it by count', async () => {
    fake = await fakeMeilisearch(() => ({
      status: 200,
      body: { results: [{ indexUid: 'cases_fake', hits: [], query: 'water', processingTimeMs: 0, totalHits: 9, facetDistribution: { cityIds: { a: 2, b: 7, c: 0 } } }] },
    }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const tally = await engine.tally({ query: 'water', filters: { ...NO_FILTERS, sdgs: [6], cities: ['a', 'b'] }, by: 'cities' });
    expect(fake.requests[0]!.body.queries).toEqual([
      { indexUid: 'cases_fake', q: 'water', matchingStrategy: 'all', page: 1, hitsPerPage: 0, facets: ['cityIds'], filter: 'sdgs IN [6] AND cityIds IN ["a", "b"]' },
    ]);
    expect(tally).toEqual({ total: 9, counts: [{ value: 'b', count: 7 }, { value: 'a', count: 2 }] });
  });

  it('restricts an OR query to its alternatives\' matches, and answers at once when none match', async () => {
    const answers = [
      { results: [
        { indexUid: 'cases_fake', hits: [{ id: 'air' }], query: 'Seoul', processingTimeMs: 0 },
        { indexUid: 'cases_fake', hits: [{ id: 'schools' }, { id: 'air' }], query: 'Dakar', processingTimeMs: 0 },
      ] },
      { results: [{ indexUid: 'cases_fake', hits: [], query: '', processingTimeMs: 0, totalHits: 2, facetDistribution: { sdgs: { '16': 1, '3': 1 } } }] },
    ];
    fake = await fakeMeilisearch(() => ({ status: 200, body: answers.shift() }));
    const engine = new MeilisearchEngine({ url: fake.url, indexName: 'cases_fake' });
    const tally = await engine.tally({ query: 'Seoul OR Dakar', filters: NO_FILTERS, by: 'sdgs' });
    expect(fake.requests[0]!.body.queries.map((query: { q: string }) => query.q)).toEqual(['Seoul', 'Dakar']);
    expect(fake.requests[1]!.body.queries[0]).toEqual({
      indexUid: 'cases_fake', q: '', matchingStrategy: 'all', page: 1, hitsPerPage: 0, facets: ['sdgs'], filter: 'id IN ["air", "schools"]',
    });
    expect(tally).toEqual({ total: 2, counts: [{ value: '3', count: 1 }, { value: '16', count: 1 }] });

    fake.requests.length = 0;
    answers.push({ results: [{ indexUid: 'cases_fake', hits: [], query: 'x', processingTimeMs: 0 }, { indexUid: 'cases_fake', hits: [], query: 'y', processingTimeMs: 0 }] });
    expect(await engine.tally({ query: 'x OR y', filters: NO_FILTERS, by: 'cities' })).toEqual({ total: 0, counts: [] });
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps the largest city counts: the index sorts cities by count and keeps as many values as a tally returns', () => {
    expect(MEILISEARCH_SETTINGS.filterableAttributes).toContain('cityIds');
    expect(MEILISEARCH_SETTINGS.faceting).toEqual({ maxValuesPerFacet: TALLY_VALUES_MAX, sortFacetValuesBy: { cityIds: 'count' } });
  });
});
