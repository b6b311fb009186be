import { andFilters, buildFilter, facetClause, idFilter, quoteFilterValue } from './meilisearch-filter.js';
import type { SearchFilters } from './search-engine.js';

const NO_FILTERS: SearchFilters = {
  sdgs: [],
  regions: [],
  countries: [],
  networks: [],
  themes: [],
  ogpValues: [],
  languages: [],
  yearFrom: null,
  yearTo: null,
};

describe('quoteFilterValue', () => {
  it('double-quotes plain values', () => {
    expect(quoteFilterValue('Africa')).toBe('"Africa"');
  });

  it('escapes double quotes and backslashes', () => {
    expect(quoteFilterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
    // A trailing backslash must not escape the closing quote.
    expect(quoteFilterValue('end\\')).toBe('"end\\\\"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
  });

  it('keeps filter syntax inert inside the quotes and drops control characters', () => {
    expect(quoteFilterValue('x" OR sdgs = 1 OR "y')).toBe('"x\\" OR sdgs = 1 OR \\"y"');
    expect(quoteFilterValue('a\nb\u0000c')).toBe('"abc"');
    expect(quoteFilterValue("Côte d'Ivoire [test], (x)")).toBe('"Côte d\'Ivoire [test], (x)"');
  });
});

describe('facetClause', () => {
  it('is null without values', () => {
    expect(facetClause('regions', [])).toBeNull();
  });

  it('uses IN with numbers unquoted and strings quoted', () => {
    expect(facetClause('sdgs', [3, 11])).toBe('sdgs IN [3, 11]');
    expect(facetClause('regions', ['Africa', 'Asia'])).toBe('regions IN ["Africa", "Asia"]');
  });

  it('maps facet names to document attributes', () => {
    expect(facetClause('networks', ['ogp'])).toBe('networkSlug IN ["ogp"]');
    expect(facetClause('languages', ['en', 'fr'])).toBe('language IN ["en", "fr"]');
  });

  it('refuses non-finite numbers', () => {
    expect(() => facetClause('sdgs', [Number.NaN])).toThrow(/finite/);
  });
});

describe('buildFilter', () => {
  it('is undefined without filters', () => {
    expect(buildFilter(NO_FILTERS)).toBeUndefined();
  });

  it('ANDs facets (OR within a facet via IN) and the year range', () => {
    const filters: SearchFilters = { ...NO_FILTERS, sdgs: [5], regions: ['Africa', 'Europe'], yearFrom: 2010, yearTo: 2020 };
    expect(buildFilter(filters)).toBe('sdgs IN [5] AND regions IN ["Africa", "Europe"] AND yearStarted >= 2010 AND yearStarted <= 2020');
  });

  it('supports open-ended year ranges', () => {
    expect(buildFilter({ ...NO_FILTERS, yearFrom: 2015 })).toBe('yearStarted >= 2015');
    expect(buildFilter({ ...NO_FILTERS, yearTo: 2001 })).toBe('yearStarted <= 2001');
  });

  it('leaves out one facet for its disjunctive counts, but keeps everything else', () => {
    const filters: SearchFilters = { ...NO_FILTERS, themes: ['water'], networks: ['cities'], yearFrom: 2000 };
    expect(buildFilter(filters, 'themes')).toBe('networkSlug IN ["cities"] AND yearStarted >= 2000');
    expect(buildFilter(filters, 'networks')).toBe('themes IN ["water"] AND yearStarted >= 2000');
    expect(buildFilter({ ...NO_FILTERS, themes: ['water'] }, 'themes')).toBeUndefined();
  });
});

describe('the city filter', () => {
  it('keeps its clause in every facet\'s counting query (it is not a facet)', () => {
    const filters: SearchFilters = { ...NO_FILTERS, sdgs: [11], cities: ['c-1', 'c-2'] };
    expect(buildFilter(filters)).toBe('sdgs IN [11] AND cityIds IN ["c-1", "c-2"]');
    expect(buildFilter(filters, 'sdgs')).toBe('cityIds IN ["c-1", "c-2"]');
    expect(buildFilter({ ...NO_FILTERS, cities: [] })).toBeUndefined();
  });
});

describe('idFilter and andFilters', () => {
  it('quotes ids', () => {
    expect(idFilter(['a', 'b"c'])).toBe('id IN ["a", "b\\"c"]');
  });

  it('joins present parts with AND', () => {
    expect(andFilters('id IN ["a"]', undefined, 'sdgs IN [1]')).toBe('id IN ["a"] AND sdgs IN [1]');
    expect(andFilters(undefined, '')).toBeUndefined();
  });
});
