/**
 * Meilisearch filter expressions built from SearchFilters: OR within one facet, AND across facets.
 * Pure functions, no client: unit-tested without a server.
 */
import { FACET_NAMES, type FacetName, type SearchFilters } from './search-engine.js';

/** SearchFilters/FacetCounts facet name → document attribute in the Meilisearch index. */
export const FACET_ATTRIBUTES: Readonly<Record<FacetName, string>> = {
  sdgs: 'sdgs',
  regions: 'regions',
  countries: 'countries',
  networks: 'networkSlug',
  themes: 'themes',
  ogpValues: 'ogpValues',
  languages: 'language',
};

/** The document attribute of the city filter (card city ids). */
export const CITY_ATTRIBUTE = 'cityIds';

/**
 * A string value as a double-quoted filter literal. Meilisearch (≥ 1.4) unescapes `\"` to `"` and
 * `\\` to `\` inside quoted values, so both are escaped; everything else is literal inside quotes
 * (AND, OR, brackets, commas…). Control characters cannot be meaningful facet values: dropped.
 */
export function quoteFilterValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return `"${clean.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number in a search filter: ${value}`);
  return String(value);
}

/** `attribute IN [v1, v2]` for one facet's values, or null when the facet has none. */
export function facetClause(facet: FacetName, values: readonly (string | number)[]): string | null {
  if (values.length === 0) return null;
  const literals = values.map((value) => (typeof value === 'number' ? numberLiteral(value) : quoteFilterValue(value)));
  return `${FACET_ATTRIBUTES[facet]} IN [${literals.join(', ')}]`;
}

/** True when the facet has at least one selected value. */
export function isFacetActive(filters: SearchFilters, facet: FacetName): boolean {
  return filters[facet].length > 0;
}

/**
 * The whole filter, every clause AND-ed, or undefined when nothing filters.
 * @param except leave this facet's own clause out (disjunctive facet counts)
 */
export function buildFilter(filters: SearchFilters, except?: FacetName): string | undefined {
  const clauses: string[] = [];
  for (const facet of FACET_NAMES) {
    if (facet === except) continue;
    const clause = facetClause(facet, filters[facet]);
    if (clause) clauses.push(clause);
  }
  // Cities are not a facet: their clause stays in every facet's counting query.
  if (filters.cities?.length) clauses.push(`${CITY_ATTRIBUTE} IN [${filters.cities.map(quoteFilterValue).join(', ')}]`);
  // Documents without a yearStarted (null) never satisfy a comparison, as in SQL.
  if (filters.yearFrom !== null) clauses.push(`yearStarted >= ${numberLiteral(filters.yearFrom)}`);
  if (filters.yearTo !== null) clauses.push(`yearStarted <= ${numberLiteral(filters.yearTo)}`);
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}

/** `id IN [...]`: restricts a search to known documents (the union of an OR query's alternatives). */
export function idFilter(ids: readonly string[]): string {
  return `id IN [${ids.map(quoteFilterValue).join(', ')}]`;
}

/** AND of the given expressions, skipping empty ones; undefined when none is left. */
export function andFilters(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => !!part);
  return present.length > 0 ? present.join(' AND ') : undefined;
}
