import { sdgByNumber } from '@casebook/taxonomy';
import { countryName, languageName, ogpValueTitle, themeTitle } from '../taxonomy';
import { FACETS, searchHref, withoutFilter, withoutFilters, changeSearch, type FacetKey, type SearchState } from './search-params';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type FacetCounts = Record<FacetKey, FacetValue[]>;

/** A checkbox in the sidebar; `count` is null when the API gave no counts (a rejected search). */
export interface FacetOption {
  value: string;
  label: string;
  count: number | null;
  checked: boolean;
}

/** The label for a value the API did not count (an active value with no matches, or a rejected one). */
export function facetLabel(key: FacetKey, value: string): string {
  switch (key) {
    case 'sdgs': {
      const sdg = /^\d+$/.test(value) ? sdgByNumber(Number(value)) : undefined;
      return sdg ? `${sdg.number}. ${sdg.title}` : `SDG ${value}`;
    }
    case 'countries':
      return countryName(value.toUpperCase());
    case 'themes':
      return themeTitle(value);
    case 'ogpValues':
      return ogpValueTitle(value);
    case 'languages':
      return languageName(value);
    default:
      return value;
  }
}

/**
 * The options for one facet: the API's values and counts in its order, checked when active, then any
 * active value the API did not list (no matches left, or rejected), so it can still be unchecked.
 */
export function facetOptions(key: FacetKey, counted: FacetValue[] | null, active: string[]): FacetOption[] {
  const checked = new Set(active);
  const options: FacetOption[] = (counted ?? []).map(({ value, label, count }) => ({ value, label, count, checked: checked.has(value) }));
  const listed = new Set(options.map((option) => option.value));
  for (const value of active) {
    if (!listed.has(value)) options.push({ value, label: facetLabel(key, value), count: counted ? 0 : null, checked: true });
  }
  return options;
}

/** An active filter as a chip: its label, and the URL without it. */
export interface ActiveFilter {
  key: FacetKey | 'from' | 'to';
  value: string;
  label: string;
  href: string;
}

/** Every active filter, facet values first (labelled as the API labels them when it counted them), then years. */
export function activeFilters(state: SearchState, counts: FacetCounts | null): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const { key } of FACETS) {
    const labels = new Map((counts?.[key] ?? []).map((item) => [item.value, item.label]));
    for (const value of state.filters[key]) {
      chips.push({ key, value, label: labels.get(value) ?? facetLabel(key, value), href: searchHref(withoutFilter(state, key, value)) });
    }
  }
  if (state.from !== null) chips.push({ key: 'from', value: state.from, label: `From ${state.from}`, href: searchHref(changeSearch(state, { from: null })) });
  if (state.to !== null) chips.push({ key: 'to', value: state.to, label: `Until ${state.to}`, href: searchHref(changeSearch(state, { to: null })) });
  return chips;
}

/** The URL that keeps the query and sort but drops every filter. */
export function clearFiltersHref(state: SearchState): string {
  return searchHref(withoutFilters(state));
}
