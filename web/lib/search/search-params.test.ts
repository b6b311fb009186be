import { activeFilters, clearFiltersHref, facetOptions } from './facets';
import { changeSearch, effectiveSort, hasFilters, parseSearchParams, searchHref, toSearchInput, withCity, withoutFilter } from './search-params';

describe('parseSearchParams', () => {
  it('reads the query, repeated facets, years, sort and cursor; drops blank form fields', () => {
    const { state, problems } = parseSearchParams({
      q: ' climate ',
      sdg: ['13', '11', '13'],
      region: 'Europe',
      country: ['FR', ''],
      network: 'ogp-local',
      theme: 'climate',
      ogp: 'participation',
      lang: 'en',
      from: '2015',
      to: '',
      sort: 'NEWEST',
      after: 'abc',
    });
    expect(problems).toEqual([]);
    expect(state).toEqual({
      q: 'climate',
      filters: {
        sdgs: ['13', '11'],
        regions: ['Europe'],
        countries: ['FR'],
        networks: ['ogp-local'],
        themes: ['climate'],
        ogpValues: ['participation'],
        languages: ['en'],
      },
      from: '2015',
      to: null,
      sort: 'newest',
      after: 'abc',
      cities: [],
    });
    expect(toSearchInput(state)).toEqual({
      first: 20,
      query: 'climate',
      sdgs: [13, 11],
      regions: ['Europe'],
      countries: ['FR'],
      networks: ['ogp-local'],
      themes: ['climate'],
      ogpValues: ['participation'],
      languages: ['en'],
      yearFrom: 2015,
      sort: 'NEWEST',
      after: 'abc',
    });
  });

  it('sends nothing but the page size when nothing is chosen', () => {
    const { state, problems } = parseSearchParams({});
    expect(problems).toEqual([]);
    expect(toSearchInput(state)).toEqual({ first: 20 });
    expect(hasFilters(state)).toBe(false);
    expect(effectiveSort(state)).toBe('newest');
    expect(effectiveSort({ ...state, q: 'x' })).toBe('relevance');
    expect(searchHref(state)).toBe('/search');
  });

  it('reports values that cannot be sent, but keeps them so they can be removed', () => {
    const { state, problems } = parseSearchParams({ sdg: ['x1', '2'], from: 'soon', sort: 'best' });
    expect(problems).toEqual([
      { key: 'notSdg', value: 'x1' },
      { key: 'notYearFrom', value: 'soon' },
      { key: 'notSort', value: 'best' },
    ]);
    expect(state.filters.sdgs).toEqual(['x1', '2']);
    expect(state.sort).toBeNull();
  });

  it('leaves out-of-range values to the API', () => {
    expect(parseSearchParams({ sdg: '99', from: '1200' }).problems).toEqual([]);
  });
});

describe('searchHref', () => {
  const { state } = parseSearchParams({ q: 'a b&c', sdg: ['1', '13'], region: 'Africa', to: '2020', sort: 'relevance', after: 'c1' });

  it('builds a shareable URL with repeated parameters in a stable order', () => {
    expect(searchHref(state)).toBe('/search?q=a+b%26c&sdg=1&sdg=13&region=Africa&to=2020&sort=relevance&after=c1');
  });

  it('starts again at page one on any change but paging', () => {
    expect(searchHref(changeSearch(state, { sort: 'newest' }))).toBe('/search?q=a+b%26c&sdg=1&sdg=13&region=Africa&to=2020&sort=newest');
    expect(searchHref(withoutFilter(state, 'sdgs', '13'))).toBe('/search?q=a+b%26c&sdg=1&region=Africa&to=2020&sort=relevance');
  });

  it('gives each active filter a chip that removes it, and a clear-all link that keeps query and sort', () => {
    const counts = { sdgs: [{ value: '13', label: '13. Climate Action', count: 2 }], regions: [], countries: [], networks: [], themes: [], ogpValues: [], languages: [] };
    expect(activeFilters(state, counts).map(({ label, href }) => [label, href])).toEqual([
      ['1. No Poverty', '/search?q=a+b%26c&sdg=13&region=Africa&to=2020&sort=relevance'],
      ['13. Climate Action', '/search?q=a+b%26c&sdg=1&region=Africa&to=2020&sort=relevance'],
      ['Africa', '/search?q=a+b%26c&sdg=1&sdg=13&to=2020&sort=relevance'],
      ['Until 2020', '/search?q=a+b%26c&sdg=1&sdg=13&region=Africa&sort=relevance'],
    ]);
    expect(clearFiltersHref(state)).toBe('/search?q=a+b%26c&sort=relevance');
  });
});

describe('facetOptions', () => {
  it('checks active values and keeps active ones the API did not count', () => {
    const counted = [
      { value: '11', label: '11. Sustainable Cities and Communities', count: 6 },
      { value: '13', label: '13. Climate Action', count: 2 },
    ];
    expect(facetOptions('sdgs', counted, ['13', '4'])).toEqual([
      { value: '11', label: '11. Sustainable Cities and Communities', count: 6, checked: false },
      { value: '13', label: '13. Climate Action', count: 2, checked: true },
      { value: '4', label: '4. Quality Education', count: 0, checked: true },
    ]);
    expect(facetOptions('sdgs', null, ['99'])).toEqual([{ value: '99', label: 'SDG 99', count: null, checked: true }]);
  });
});

describe('facet labels in the interface language', () => {
  const spanish = { locale: 'es', unknownSdg: (value: string) => `ODS ${value}`, from: (year: string) => `Desde ${year}`, until: (year: string) => `Hasta ${year}` };

  it('names SDGs, regions, countries and themes in the locale, and keeps the API label for networks', () => {
    const counted = [{ value: '13', label: '13. Climate Action', count: 2 }];
    expect(facetOptions('sdgs', counted, ['99'], spanish).map((option) => option.label)).toEqual(['13. Acción por el clima', 'ODS 99']);
    expect(facetOptions('regions', [{ value: 'Americas', label: 'Americas', count: 1 }], [], spanish)[0]!.label).toBe('Américas');
    expect(facetOptions('countries', [{ value: 'DE', label: 'Germany', count: 1 }], [], spanish)[0]!.label).toBe('Alemania');
    expect(facetOptions('networks', [{ value: 'ogp-local', label: 'OGP Local', count: 1 }], [], spanish)[0]!.label).toBe('OGP Local');
  });

  it('labels the chips in the locale', () => {
    const { state } = parseSearchParams({ theme: 'open-data', from: '2019' });
    expect(activeFilters(state, null, spanish).map((chip) => chip.label)).toEqual(['Datos abiertos', 'Desde 2019']);
  });
});

describe('the city filter (set by the map)', () => {
  const { state } = parseSearchParams({ q: 'water', network: 'ogp-local', city: ['paris-fr', ' ', 'paris-fr'] });

  it('reads `city`, repeatable, sends it as `cities`, and keeps it in links', () => {
    expect(state.cities).toEqual(['paris-fr']);
    expect(hasFilters(parseSearchParams({ city: 'madrid-es' }).state)).toBe(true);
    expect(toSearchInput(state)).toEqual({ first: 20, query: 'water', networks: ['ogp-local'], cities: ['paris-fr'] });
    expect(searchHref(state)).toBe('/search?q=water&network=ogp-local&city=paris-fr');
  });

  it('replaces the city with the one clicked, keeping the other filters, at page one', () => {
    expect(searchHref(withCity({ ...state, after: 'c2' }, 'madrid-es'))).toBe('/search?q=water&network=ogp-local&city=madrid-es');
  });

  it('gives the city a chip, named when the page knows its name', () => {
    const chips = activeFilters(state, null, undefined, new Map([['paris-fr', 'Paris']]));
    expect(chips.at(-1)).toEqual({ key: 'city', value: 'paris-fr', label: 'Paris', href: '/search?q=water&network=ogp-local' });
    expect(activeFilters(state, null).at(-1)!.label).toBe('paris-fr');
  });
});
