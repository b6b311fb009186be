import type { SearchParams } from '../cases/case-list-params';
import type { SearchCasesInput, SearchSort } from '../gql/graphql';

/** The facets, in sidebar order: the key in the API's input and facets, and the URL parameter. */
export const FACETS = [
  { key: 'sdgs', param: 'sdg', legend: 'Sustainable Development Goals' },
  { key: 'regions', param: 'region', legend: 'Regions' },
  { key: 'countries', param: 'country', legend: 'Countries' },
  { key: 'networks', param: 'network', legend: 'Networks' },
  { key: 'themes', param: 'theme', legend: 'Themes' },
  { key: 'ogpValues', param: 'ogp', legend: 'OGP values' },
  { key: 'languages', param: 'lang', legend: 'Languages' },
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
}

function values(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // Empty strings come from blank form fields (the year boxes).
  return [...new Set(list.map((value) => value.trim()).filter((value) => value !== ''))];
}

const first = (params: SearchParams, key: string): string | null => values(params, key)[0] ?? null;

const SDG_PATTERN = /^\d{1,6}$/;
const YEAR_PATTERN = /^-?\d{1,6}$/;

/**
 * Reads the query string. Only what cannot be sent to the API is reported here (an SDG or a year that is
 * not a whole number, an unknown sort); everything else is checked by the API, whose message is shown.
 */
export function parseSearchParams(params: SearchParams): { state: SearchState; problems: string[] } {
  const problems: string[] = [];
  const filters = Object.fromEntries(FACETS.map(({ key, param }) => [key, values(params, param)])) as Record<FacetKey, string[]>;
  for (const value of filters.sdgs) {
    if (!SDG_PATTERN.test(value)) problems.push(`“${value}” is not an SDG number: goals are numbered 1 to 17.`);
  }
  const from = first(params, 'from');
  const to = first(params, 'to');
  for (const [label, year] of [['From', from], ['To', to]] as const) {
    if (year !== null && !YEAR_PATTERN.test(year)) problems.push(`${label} “${year}” is not a year.`);
  }
  const rawSort = first(params, 'sort');
  const sort = rawSort === null ? null : rawSort.toLowerCase();
  if (sort !== null && sort !== 'relevance' && sort !== 'newest') problems.push(`“${rawSort}” is not a sort order: use relevance or newest.`);
  return {
    state: {
      q: first(params, 'q') ?? '',
      filters,
      from,
      to,
      sort: sort === 'relevance' || sort === 'newest' ? sort : null,
      after: first(params, 'after'),
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
  if (state.sort) input.sort = state.sort.toUpperCase() as SearchSort;
  if (state.after) input.after = state.after;
  return input;
}

/** The sort the API applies: the chosen one, else relevance with a query and newest without. */
export function effectiveSort(state: SearchState): SortOrder {
  return state.sort ?? (state.q ? 'relevance' : 'newest');
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some(({ key }) => state.filters[key].length > 0) || state.from !== null || state.to !== null;
}

export function emptySearchState(): SearchState {
  return {
    q: '',
    filters: Object.fromEntries(FACETS.map(({ key }) => [key, []])) as unknown as Record<FacetKey, string[]>,
    from: null,
    to: null,
    sort: null,
    after: null,
  };
}

/** A /search URL for this state, parameters in a stable order; blank values are left out. */
export function searchHref(state: SearchState): string {
  const search = new URLSearchParams();
  if (state.q) search.set('q', state.q);
  for (const { key, param } of FACETS) for (const value of state.filters[key]) search.append(param, value);
  if (state.from !== null) search.set('from', state.from);
  if (state.to !== null) search.set('to', state.to);
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

/** The query and sort order kept, every filter dropped. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...emptySearchState(), q: state.q, sort: state.sort };
}
