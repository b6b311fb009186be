import type { SavedSearchFiltersInput } from '../gql/graphql';
import { FACETS, parseSearchParams, searchHref, type SearchState } from '../search/search-params';

/** Search parameters a saved search keeps: the words, the facets, the years and the cities, not the page or sort. */
const DROPPED = new Set(['after', 'sort']);

/**
 * The current search as hidden form fields, named as in the search page's address (`q`, `sdg`, `region`…),
 * so that the action reads them back with the search page's own parser.
 */
export function savedSearchFields(state: SearchState): [string, string][] {
  const query = searchHref(state).split('?')[1] ?? '';
  return [...new URLSearchParams(query)].filter(([name]) => !DROPPED.has(name));
}

/** What was typed and chosen, as `saveSearch`'s input. Filters the API would reject are left for it to say. */
export function savedSearchFromForm(formData: FormData): { name: string; query?: string; filters?: SavedSearchFiltersInput } {
  const params: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && !name.startsWith('$')) (params[name] ??= []).push(value);
  }
  const { state } = parseSearchParams(params);
  const filters: SavedSearchFiltersInput = {};
  for (const { key } of FACETS) {
    const list = state.filters[key];
    if (!list.length) continue;
    if (key === 'sdgs') filters.sdgs = list.map(Number).filter(Number.isInteger);
    else filters[key] = list;
  }
  if (state.from !== null && Number.isInteger(Number(state.from))) filters.yearFrom = Number(state.from);
  if (state.to !== null && Number.isInteger(Number(state.to))) filters.yearTo = Number(state.to);
  if (state.cities.length) filters.cities = state.cities;
  const name = (params.name?.[0] ?? '').trim();
  return { name, ...(state.q ? { query: state.q } : {}), ...(Object.keys(filters).length ? { filters } : {}) };
}
