import { isSdgNumber, M49_NAMES } from '@casebook/taxonomy';
import { countryName, languageName, ogpValueTitle, regionName, sdgInfo, themeTitle } from '../taxonomy';
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

/** The words facet labels and chips need, in the interface's language. */
export interface FacetWords {
  locale: string;
  /** A goal number outside 1–17 ("SDG 99"). */
  unknownSdg(value: string): string;
  /** The chip of the `from` year ("From 2019"). */
  from(year: string): string;
  /** The chip of the `to` year ("Until 2020"). */
  until(year: string): string;
}

export const ENGLISH_FACET_WORDS: FacetWords = {
  locale: 'en',
  unknownSdg: (value) => `SDG ${value}`,
  from: (year) => `From ${year}`,
  until: (year) => `Until ${year}`,
};

/**
 * A value's label in the interface's language, from the taxonomy (SDGs, regions, countries, themes, OGP
 * values, languages); null for what the taxonomy does not name (networks, unknown values).
 */
function taxonomyLabel(key: FacetKey, value: string, locale: string): string | null {
  switch (key) {
    case 'sdgs':
      return /^\d+$/.test(value) && isSdgNumber(Number(value)) ? `${Number(value)}. ${sdgInfo(Number(value), locale).title}` : null;
    case 'regions':
      return Object.hasOwn(M49_NAMES, value) ? regionName(value, locale) : null;
    case 'countries': {
      const name = countryName(value.toUpperCase(), locale);
      return name === value.toUpperCase() ? null : name;
    }
    case 'themes': {
      const name = themeTitle(value, locale);
      return name === value ? null : name;
    }
    case 'ogpValues': {
      const name = ogpValueTitle(value, locale);
      return name === value ? null : name;
    }
    case 'languages': {
      const name = languageName(value, locale);
      return name === value ? null : name;
    }
    default:
      return null;
  }
}

/** The label for a value the API did not count (an active value with no matches, or a rejected one). */
export function facetLabel(key: FacetKey, value: string, words: FacetWords = ENGLISH_FACET_WORDS): string {
  const named = taxonomyLabel(key, value, words.locale);
  if (named) return named;
  return key === 'sdgs' ? words.unknownSdg(value) : value;
}

/**
 * The options for one facet: the API's values and counts in its order, checked when active, then any
 * active value the API did not list (no matches left, or rejected), so it can still be unchecked. Labels
 * come from the taxonomy in the interface's language when it names the value, else from the API.
 */
export function facetOptions(key: FacetKey, counted: FacetValue[] | null, active: string[], words: FacetWords = ENGLISH_FACET_WORDS): FacetOption[] {
  const checked = new Set(active);
  const options: FacetOption[] = (counted ?? []).map(({ value, label, count }) => ({
    value,
    label: taxonomyLabel(key, value, words.locale) ?? label,
    count,
    checked: checked.has(value),
  }));
  const listed = new Set(options.map((option) => option.value));
  for (const value of active) {
    if (!listed.has(value)) options.push({ value, label: facetLabel(key, value, words), count: counted ? 0 : null, checked: true });
  }
  return options;
}

/** An active filter as a chip: its label, and the URL without it. */
export interface ActiveFilter {
  key: FacetKey | 'from' | 'to' | 'city';
  value: string;
  label: string;
  href: string;
}

/**
 * Every active filter, facet values first (labelled as in the sidebar), then years, then cities (named
 * from `cityNames`, slug → name, when the page knows them; else by their slug).
 */
export function activeFilters(
  state: SearchState,
  counts: FacetCounts | null,
  words: FacetWords = ENGLISH_FACET_WORDS,
  cityNames: ReadonlyMap<string, string> = new Map(),
): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  for (const { key } of FACETS) {
    const labels = new Map((counts?.[key] ?? []).map((item) => [item.value, item.label]));
    for (const value of state.filters[key]) {
      const label = taxonomyLabel(key, value, words.locale) ?? labels.get(value) ?? facetLabel(key, value, words);
      chips.push({ key, value, label, href: searchHref(withoutFilter(state, key, value)) });
    }
  }
  if (state.from !== null) chips.push({ key: 'from', value: state.from, label: words.from(state.from), href: searchHref(changeSearch(state, { from: null })) });
  if (state.to !== null) chips.push({ key: 'to', value: state.to, label: words.until(state.to), href: searchHref(changeSearch(state, { to: null })) });
  for (const city of state.cities) {
    chips.push({ key: 'city', value: city, label: cityNames.get(city) ?? city, href: searchHref(changeSearch(state, { cities: state.cities.filter((item) => item !== city) })) });
  }
  return chips;
}

/** The URL that keeps the query and sort but drops every filter. */
export function clearFiltersHref(state: SearchState): string {
  return searchHref(withoutFilters(state));
}
