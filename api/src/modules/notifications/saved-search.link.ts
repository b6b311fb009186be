import type { EntityManager } from '@mikro-orm/postgresql';
import { City } from '../cities/city.entity.js';
import { NO_SAVED_FILTERS, type SavedFilters, type SavedSearch } from './saved-search.entity.js';

/**
 * The web search page for a saved search, with the parameters of web/lib/search/search-params.ts and in its
 * order. Cities are stored by id; the page's `city` parameter names them by slug (the map's chips are named
 * by slug), so `citySlugs` maps ids to slugs; a city gone since keeps its id, which the API still reads.
 */
export function searchLink(query: string, filters: SavedFilters, citySlugs: ReadonlyMap<string, string> = new Map()): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  const repeated: [string, (string | number)[]][] = [
    ['sdg', filters.sdgs], ['region', filters.regions], ['country', filters.countries], ['network', filters.networks],
    ['theme', filters.themes], ['ogp', filters.ogpValues], ['lang', filters.languages],
  ];
  for (const [param, values] of repeated) for (const value of values) params.append(param, String(value));
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  for (const id of filters.cities) params.append('city', citySlugs.get(id) ?? id);
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}

/** A saved search's filters, with those added since it was saved at their empty value. */
export function savedFiltersOf(search: SavedSearch): SavedFilters {
  return { ...NO_SAVED_FILTERS, ...search.filters };
}

/** The links of these saved searches by id, their cities' slugs read in one query. */
export async function savedSearchLinks(em: EntityManager, searches: SavedSearch[]): Promise<Map<string, string>> {
  const cityIds = [...new Set(searches.flatMap((search) => savedFiltersOf(search).cities))];
  const cities = cityIds.length ? await em.find(City, { id: { $in: cityIds } }) : [];
  const citySlugs = new Map(cities.map((city) => [city.id, city.slug]));
  return new Map(searches.map((search) => [search.id, searchLink(search.query, savedFiltersOf(search), citySlugs)]));
}
