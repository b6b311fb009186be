import { startTestApi, type TestApi } from '../../test/test-api.js';
import { reindexAll } from './search.indexer.js';

/** Meilisearch configured but unreachable (a closed port): PostgreSQL answers, and says so. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ worker: false, env: { SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:1' } });
  await reindexAll(api.orm.em, api.search.postgres);
});
afterAll(() => api?.close());

it('answers every search from PostgreSQL, naming the engine and the reason', async () => {
  expect(api.search.primary.name).toBe('meilisearch');
  for (const input of [{ query: 'climate' }, { query: 'Bogota', sdgs: [8] }, {}, { regions: ['Europe'], first: 1 }]) {
    const response = await api.gql(`query($input: SearchCasesInput) { searchCases(input: $input) { engine fallbackReason total hits { case { slug } } } }`, { input });
    expect(response.errors).toBeUndefined();
    const result = response.data!.searchCases;
    expect(result.engine).toBe('postgres');
    expect(result.fallbackReason).toMatch(/meilisearch is unavailable/i);
    expect(result.total).toBeGreaterThan(0);
  }
});

it('serves search-as-you-type from PostgreSQL too', async () => {
  const response = await api.gql(`query { suggestCases(prefix: "seo") { slug } }`);
  expect(response.errors).toBeUndefined();
  expect(response.data!.suggestCases.map((item: { slug: string }) => item.slug)).toContain('seoul-open-and-big-data-on-environment');
});
