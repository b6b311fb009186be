import { getTranslations } from 'next-intl/server';
import { findCaseMap, type MapPoint } from '../lib/insights/insights-api';
import { searchHref, withCity, emptySearchState, type SearchState } from '../lib/search/search-params';
import { WorldMap } from './world-map';

/** The home page's map: every published case, each city linking to the search filtered by it. */
export async function AllCasesMap() {
  const [points, t] = await Promise.all([findCaseMap(), getTranslations('insights.map')]);
  if (!points) return null;
  const empty = emptySearchState();
  return <WorldMap id="home-map" points={points} description={t('descriptionAll')} cityHref={(slug) => searchHref(withCity(empty, slug))} />;
}

/**
 * The search page's map: the cities of the cases matching the current search; a city's link keeps the
 * search's filters and sets the city. `points` come from `findCaseMap(input)` (null when the API refused
 * the filters: then no map).
 */
export async function SearchCaseMap({ state, points }: { state: SearchState; points: MapPoint[] | null }) {
  const t = await getTranslations('insights.map');
  if (!points) return null;
  return <WorldMap id="search-map" points={points} description={t('descriptionSearch')} cityHref={(slug) => searchHref(withCity(state, slug))} />;
}

/** The search's cities by slug → name, for the chips of the city filter. */
export function cityNamesOf(points: MapPoint[] | null): Map<string, string> {
  return new Map((points ?? []).map((point) => [point.city.slug, point.city.name]));
}

