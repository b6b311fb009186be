import { ALL_FIXTURES, CITY_IDS, FIXTURES } from './search.fixtures.js';
import { FACET_NAMES, type SearchEngine, type SearchFilters, type SearchRequest } from './search-engine.js';

const NO_FILTERS: SearchFilters = { sdgs: [], regions: [], countries: [], networks: [], themes: [], ogpValues: [], languages: [], yearFrom: null, yearTo: null };

function request(query: string, overrides: Partial<Omit<SearchRequest, 'filters'>> & { filters?: Partial<SearchFilters> } = {}): SearchRequest {
  return { query, sort: query ? 'RELEVANCE' : 'NEWEST', offset: 0, limit: 20, ...overrides, filters: { ...NO_FILTERS, ...overrides.filters } };
}

const idOf = (key: keyof typeof FIXTURES) => FIXTURES[key].id;

/**
 * The behaviour every search engine must show, run against each engine's real server. `setup` gives a
 * fresh, empty engine; the suite indexes the fixtures itself.
 */
export interface EngineCapabilities {
  /** Language stemming (voted ↔ voting). Meilisearch has none: it matches prefixes and typos instead. */
  stemming: boolean;
}

export function describeSearchEngineContract(
  label: string,
  setup: () => Promise<{ engine: SearchEngine; cleanup(): Promise<void> }>,
  capabilities: EngineCapabilities = { stemming: true },
): void {
  describe(`search engine contract: ${label}`, () => {
    let engine: SearchEngine;
    let cleanup: () => Promise<void>;
    const ids = async (query: string, overrides: Parameters<typeof request>[1] = {}) =>
      (await engine.search(request(query, overrides))).hits.map((hit) => hit.id);

    beforeAll(async () => {
      ({ engine, cleanup } = await setup());
      await engine.index(ALL_FIXTURES);
    });
    afterAll(() => cleanup?.());

    it('holds each document once, however often it is indexed', async () => {
      await engine.index([FIXTURES.climate, FIXTURES.air]);
      expect(await engine.count()).toBe(ALL_FIXTURES.length);
    });

    it('ranks the card whose title matches first', async () => {
      expect((await ids('climate'))[0]).toBe(idOf('climate'));
      expect((await ids('air quality'))[0]).toBe(idOf('air'));
    });

    it('matches without accents and with them', async () => {
      expect(await ids('Bogota')).toContain(idOf('vendors'));
      expect(await ids('écoles')).toContain(idOf('schools'));
      expect(await ids('ecoles')).toContain(idOf('schools'));
    });

    it('matches a prefix of the last word (search-as-you-type)', async () => {
      expect((await ids('informal vend'))[0]).toBe(idOf('vendors'));
      expect(await ids('presupuest')).toContain(idOf('budget'));
    });

    it('tolerates one typo per word', async () => {
      expect((await ids('clmate'))[0]).toBe(idOf('climate'));
      expect((await ids('infromal vendors'))[0]).toBe(idOf('vendors'));
      expect(await ids('polution')).toContain(idOf('air'));
    });

    it('stems in the card language', async () => {
      if (!capabilities.stemming) {
        console.log(`${label}: stemming checks skipped: this engine does not stem`);
        return;
      }
      expect(await ids('presupuesto participativo')).toContain(idOf('budget'));
      expect(await ids('cantine scolaire')).toContain(idOf('schools'));
      expect(await ids('residents voting')).toContain(idOf('climate'));
    });

    it('matches a quoted phrase only as a phrase', async () => {
      const phrase = await ids('"informal vendors"');
      expect(phrase).toContain(idOf('vendors'));
      expect(phrase).not.toContain(idOf('scattered'));
      expect(await ids('informal vendors')).toEqual(expect.arrayContaining([idOf('vendors'), idOf('scattered')]));
    });

    it('excludes words after a minus', async () => {
      const found = await ids('informal -Bogota');
      expect(found).toContain(idOf('scattered'));
      expect(found).not.toContain(idOf('vendors'));
    });

    it('reads OR between words', async () => {
      expect(await ids('Seoul OR Dakar')).toEqual(expect.arrayContaining([idOf('air'), idOf('schools')]));
      expect(await ids('Seoul Dakar')).toEqual([]);
    });

    it('searches hostile text as text, without errors', async () => {
      for (const text of ['&&&', "'", ':*', '\\', '(', '!', '<->', "o'brien:* & !x | (y", '"', '-', 'OR', '-"']) {
        await expect(engine.search(request(text))).resolves.toBeDefined();
      }
    });

    it('filters by facet: OR within one facet, AND across facets', async () => {
      expect(new Set(await ids('', { filters: { sdgs: [13] } }))).toEqual(new Set([idOf('climate'), idOf('air')]));
      expect(new Set(await ids('', { filters: { sdgs: [13, 1] } }))).toEqual(new Set([idOf('climate'), idOf('air'), idOf('vendors')]));
      expect(await ids('', { filters: { sdgs: [13], regions: ['Asia'] } })).toEqual([idOf('air')]);
      expect(new Set(await ids('', { filters: { networks: ['ogp-local'] } }))).toEqual(new Set([idOf('climate'), idOf('budget')]));
      expect(await ids('', { filters: { languages: ['fr'] } })).toEqual([idOf('schools')]);
      expect(await ids('', { filters: { countries: ['CO'] } })).toEqual([idOf('vendors')]);
      expect(new Set(await ids('', { filters: { yearFrom: 2019, yearTo: 2020 } }))).toEqual(new Set([idOf('vendors'), idOf('scattered')]));
    });

    it('filters by city: OR within the filter, AND with the rest, applied to every facet count', async () => {
      expect(await ids('', { filters: { cities: [CITY_IDS.bogota] } })).toEqual([idOf('vendors')]);
      expect(new Set(await ids('', { filters: { cities: [CITY_IDS.paris, CITY_IDS.barcelona] } }))).toEqual(new Set([idOf('climate'), idOf('budget')]));
      expect(await ids('', { filters: { cities: [CITY_IDS.paris, CITY_IDS.barcelona], languages: ['es'] } })).toEqual([idOf('budget')]);
      expect(await ids('informal', { filters: { cities: [CITY_IDS.lima] } })).toEqual([idOf('scattered')]);
      const result = await engine.search(request('', { filters: { cities: [CITY_IDS.madrid] } }));
      expect(result.total).toBe(1);
      expect(result.facets.sdgs.map((entry) => entry.value).sort()).toEqual(['11', '16']);
      expect(result.facets.regions).toEqual([{ value: 'Europe', count: 1 }]);
    });

    it('tallies the matches by city and by SDG, every filter applied', async () => {
      const everything = await engine.tally({ query: '', filters: NO_FILTERS, by: 'cities' });
      expect(everything.total).toBe(ALL_FIXTURES.length);
      expect(everything.counts).toHaveLength(8);
      expect(everything.counts).toContainEqual({ value: CITY_IDS.barcelona, count: 1 });
      const bySdg = await engine.tally({ query: '', filters: { ...NO_FILTERS, regions: ['Europe'] }, by: 'sdgs' });
      expect(bySdg).toEqual({ total: 2, counts: [{ value: '11', count: 2 }, { value: '7', count: 1 }, { value: '13', count: 1 }, { value: '16', count: 1 }] });
      const text = await engine.tally({ query: 'informal vendors', filters: NO_FILTERS, by: 'cities' });
      expect(text.total).toBe(2);
      expect(new Set(text.counts.map((entry) => entry.value))).toEqual(new Set([CITY_IDS.bogota, CITY_IDS.lima]));
      const alternatives = await engine.tally({ query: 'Seoul OR Dakar', filters: { ...NO_FILTERS, sdgs: [13] }, by: 'cities' });
      expect(alternatives).toEqual({ total: 1, counts: [{ value: CITY_IDS.seoul, count: 1 }] });
      expect(await engine.tally({ query: 'qwxzvk', filters: NO_FILTERS, by: 'sdgs' })).toEqual({ total: 0, counts: [] });
    });

    it('counts facets disjunctively', async () => {
      const result = await engine.search(request('', { filters: { sdgs: [13], regions: ['Europe'] } }));
      expect(result.hits.map((hit) => hit.id)).toEqual([idOf('climate')]);
      const count = (facet: (typeof FACET_NAMES)[number], value: string) => result.facets[facet].find((entry) => entry.value === value)?.count ?? 0;
      // SDG counts ignore the SDG filter but apply the region filter: Europe has climate (7, 11, 13) and budget (11, 16).
      expect(count('sdgs', '11')).toBe(2);
      expect(count('sdgs', '16')).toBe(1);
      expect(count('sdgs', '13')).toBe(1);
      // Region counts ignore the region filter but apply the SDG filter: SDG 13 is in Europe and Asia.
      expect(count('regions', 'Europe')).toBe(1);
      expect(count('regions', 'Asia')).toBe(1);
      expect(count('regions', 'Americas')).toBe(0);
      // Other facets apply both filters.
      expect(result.facets.networks).toEqual([{ value: 'ogp-local', count: 1 }]);
      for (const facet of FACET_NAMES) expect(Array.isArray(result.facets[facet])).toBe(true);
    });

    it('sorts by newest and pages', async () => {
      const all = await ids('', { sort: 'NEWEST' });
      expect(all[0]).toBe(idOf('schools'));
      expect(all.at(-1)).toBe(idOf('hostile'));
      const page2 = await engine.search(request('', { sort: 'NEWEST', offset: 2, limit: 2 }));
      expect(page2.hits.map((hit) => hit.id)).toEqual(all.slice(2, 4));
      expect(page2.total).toBe(ALL_FIXTURES.length);
    });

    it('highlights matches with <mark> and escapes the card text', async () => {
      const [hit] = (await engine.search(request('transparency'))).hits;
      expect(hit?.id).toBe(idOf('hostile'));
      const title = hit!.highlights.find((highlight) => highlight.field === 'title')!.snippet;
      expect(title).toContain('<mark>');
      expect(title).toContain('&lt;script&gt;');
      expect(title.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });

    it('suggests titles and places from a prefix', async () => {
      const suggestions = await engine.suggest('bog', 5);
      expect(suggestions.map((suggestion) => suggestion.slug)).toContain('bogota-vendors');
      expect((await engine.suggest('a', 2)).length).toBeLessThanOrEqual(2);
    });

    it('forgets removed documents', async () => {
      await engine.remove([idOf('scattered')]);
      expect(await ids('market stalls')).toEqual([]);
      expect(await engine.count()).toBe(ALL_FIXTURES.length - 1);
      await engine.index([FIXTURES.scattered]);
    });
  });
}
