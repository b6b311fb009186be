import type { SearchParams } from '../cases/case-list-params';
import type { SearchCasesInput, SearchSort } from '../gql/graphql';

/** The facets, in sidebar order: the key in the API's input and facets (also its legend's message key), and the URL parameter. */
export const FACETS = [
  { key: 'sdgs', param: 'sdg' },
  { key: 'regions', param: 'region' },
  { key: 'countries', param: 'country' },
  { key: 'networks', param: 'network' },
  { key: 'themes', param: 'theme' },
  { key: 'ogpValues', param: 'ogp' },
  { key: 'languages', param: 'lang' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export type SortOrder = 'relevance' | 'newest';

/**
 * Everything /search shows, read from its query string: `q`, the repeatable facet parameters, `from` and
 * `to` (years), `sort` and `after`. Values are kept as written (trimmed, deduplicated), also invalid ones,
 * so the page can show them as checked and offer to remove them.
 */
export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
  from: string | null;
  to: string | null;
  sort: SortOrder | null;
  after: string | null;
  /** City slugs (`city`, repeatable): not a facet of the sidebar; the map's links set one. */
  cities: string[];
}

function values(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // Empty strings come from blank form fields (the year boxes).
  return [...new Set(list.map((value) => value.trim()).filter((value) => value !== ''))];
}

const first = (params: SearchParams, key: string): string | null => values(params, key)[0] ?? null;

/**
 * A value in the address that cannot be sent to the API, for the page to put in words (the message
 * `search.problems.<key>`, with the value).
 */
export interface ParamProblem {
  key: 'notSdg' | 'notYearFrom' | 'notYearTo' | 'notSort';
  value: string;
}

const SDG_PATTERN = /^\d{1,6}$/;
const YEAR_PATTERN = /^-?\d{1,6}$/;

/**
 * Reads the query string. Only what cannot be sent to the API is reported here (an SDG or a year that is
 * not a whole number, an unknown sort); everything else is checked by the API, whose message is shown.
 */
export function parseSearchParams(params: SearchParams): { state: SearchState; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const filters = Object.fromEntries(FACETS.map(({ key, param }) => [key, values(params, param)])) as Record<FacetKey, string[]>;
  for (const value of filters.sdgs) {
    if (!SDG_PATTERN.test(value)) problems.push({ key: 'notSdg', value });
  }
  const from = first(params, 'from');
  const to = first(params, 'to');
  for (const [key, year] of [['notYearFrom', from], ['notYearTo', to]] as const) {
    if (year !== null && !YEAR_PATTERN.test(year)) problems.push({ key, value: year });
  }
  const rawSort = first(params, 'sort');
  const sort = rawSort === null ? null : rawSort.toLowerCase();
  if (sort !== null && sort !== 'relevance' && sort !== 'newest') problems.push({ key: 'notSort', value: rawSort! });
  return {
    state: {
      q: first(params, 'q') ?? '',
      filters,
      from,
      to,
      sort: sort === 'relevance' || sort === 'newest' ? sort : null,
      after: first(params, 'after'),
      cities: values(params, 'city'),
    },
    problems,
  };
}

export const PAGE_SIZE = 20;

/** The API input for this state (call only when `parseSearchParams` reported no problems). */
export function toSearchInput(state: SearchState, pageSize = PAGE_SIZE): SearchCasesInput {
  const input: SearchCasesInput = { first: pageSize };
  if (state.q) input.query = state.q;
  for (const { key } of FACETS) {
    const list = state.filters[key];
    if (!list.length) continue;
    if (key === 'sdgs') input.sdgs = list.map(Number);
    else input[key] = list;
  }
  if (state.from !== null) input.yearFrom = Number(state.from);
  if (state.to !== null) input.yearTo = Number(state.to);
  if (state.cities.length) input.cities = state.cities;
  if (state.sort) input.sort = state.sort.toUpperCase() as SearchSort;
  if (state.after) input.after = state.after;
  return input;
}

/** The sort the API applies: the chosen one, else relevance with a query and newest without. */
export function effectiveSort(state: SearchState): SortOrder {
  return state.sort ?? (state.q ? 'relevance' : 'newest');
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some(({ key }) => state.filters[key].length > 0) || state.from !== null || state.to !== null || state.cities.length > 0;
}

export function emptySearchState(): SearchState {
  return {
    q: '',
    filters: Object.fromEntries(FACETS.map(({ key }) => [key, []])) as unknown as Record<FacetKey, string[]>,
    from: null,
    to: null,
    sort: null,
    after: null,
    cities: [],
  };
}

/** A /search URL for this state, parameters in a stable order; blank values are left out. */
export function searchHref(state: SearchState): string {
  const search = new URLSearchParams();
  if (state.q) search.set('q', state.q);
  for (const { key, param } of FACETS) for (const value of state.filters[key]) search.append(param, value);
  if (state.from !== null) search.set('from', state.from);
  if (state.to !== null) search.set('to', state.to);
  for (const city of state.cities) search.append('city', city);
  if (state.sort) search.set('sort', state.sort);
  if (state.after) search.set('after', state.after);
  const query = search.toString();
  return query ? `/search?${query}` : '/search';
}

/** The state with changes applied; any change but paging starts again at page one. */
export function changeSearch(state: SearchState, changes: Partial<SearchState>): SearchState {
  return { ...state, after: null, ...changes };
}

/** The state without one facet value (back at page one). */
export function withoutFilter(state: SearchState, key: FacetKey, value: string): SearchState {
  return changeSearch(state, { filters: { ...state.filters, [key]: state.filters[key].filter((item) => item !== value) } });
}

/** The state filtered by one city instead of any chosen before (a city of the map), back at page one. */
export function withCity(state: SearchState, slug: string): SearchState {
  return changeSearch(state, { cities: [slug] });
}

/** The query and sort order kept, every filter dropped. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...emptySearchState(), q: state.q, sort: state.sort };
}
