import type pg from 'pg';
import { and, facetConditions, SqlParams } from './postgres-sql.js';
import { FACET_NAMES, type FacetCounts, type FacetName, type SearchFilters } from './search-engine.js';

/** What the facet counts of one search need: how to find its text matches, built per statement. */
export interface MatchingSql {
  params: SqlParams;
  /** `search_documents d` and, with text, the query `q` */
  from: string;
  /** text and year conditions on `d` */
  base: string;
  hasText: boolean;
}

/** Unfiltered counts of everything (the search page before any input), kept briefly. */
const GLOBAL_TTL_MS = 30_000;

function emptyCounts(): FacetCounts {
  return Object.fromEntries(FACET_NAMES.map((facet) => [facet, []])) as unknown as FacetCounts;
}

/**
 * Disjunctive facet counts. Facets without an active filter share one pass over the documents that match
 * everything; each facet with an active filter gets a pass over the documents that match everything but
 * that filter. Each pass is one `unnest(facet_keys)` aggregate whose WHERE can use the GIN indexes. A pass
 * with neither text nor filters is the whole index: it is served from a short-lived cache.
 */
export class FacetCounter {
  private global: { at: number; counts: Map<string, number> } | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /** Forget cached counts (after this process changes the index). */
  invalidate(): void {
    this.global = null;
  }

  async count(filters: SearchFilters, matching: () => MatchingSql): Promise<FacetCounts> {
    const active = FACET_NAMES.filter((facet) => isActive(filters, facet));
    const inactive = FACET_NAMES.filter((facet) => !active.includes(facet));
    const passes = [
      { facets: inactive, exclude: null as FacetName | null },
      ...active.map((facet) => ({ facets: [facet], exclude: facet as FacetName | null })),
    ].filter((pass) => pass.facets.length > 0);

    const results = await Promise.all(passes.map((pass) => this.pass(filters, matching(), pass.facets, pass.exclude)));
    const counts = emptyCounts();
    results.forEach((keyCounts, index) => {
      for (const [key, count] of keyCounts) {
        const separator = key.indexOf(':');
        const facet = key.slice(0, separator) as FacetName;
        if (passes[index]!.facets.includes(facet)) counts[facet].push({ value: key.slice(separator + 1), count });
      }
    });
    for (const facet of FACET_NAMES) counts[facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
    return counts;
  }

  private async pass(filters: SearchFilters, sql: MatchingSql, facets: FacetName[], exclude: FacetName | null): Promise<Map<string, number>> {
    // Built without the excluded filter, so that the statement binds only the parameters it uses.
    const conditions = facetConditions(sql.params, exclude ? { ...filters, [exclude]: [] } : filters, 'd');
    const filtered = Object.keys(conditions).length > 0;
    if (!sql.hasText && !filtered && sql.base === 'true') return this.globalCounts();

    const prefixes = sql.params.add(facets.map((facet) => `${facet}:`));
    const { rows } = await this.pool.query<{ key: string; count: number }>(
      `select k as key, count(*)::int as count
         from ${sql.from}, unnest(d.facet_keys) k
        where ${and([sql.base, ...Object.values(conditions)])}
          and split_part(k, ':', 1) || ':' = any(${prefixes}::text[])
        group by k`,
      sql.params.values,
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  private async globalCounts(): Promise<Map<string, number>> {
    if (this.global && Date.now() - this.global.at < GLOBAL_TTL_MS) return this.global.counts;
    const { rows } = await this.pool.query<{ key: string; count: number }>(
      `select k as key, count(*)::int as count from search_documents d, unnest(d.facet_keys) k group by k`,
    );
    this.global = { at: Date.now(), counts: new Map(rows.map((row) => [row.key, row.count])) };
    return this.global.counts;
  }
}

function isActive(filters: SearchFilters, facet: FacetName): boolean {
  return filters[facet].length > 0;
}
