/**
 * A PROPOSAL, measured by experiments.ts, not used by the product: the PostgreSQL engine's search with
 *  - the total counted by its own statement (no `count(*) over ()` next to ts_rank, so ranking can be capped);
 *  - ranking capped at `rankCap` matches (the first ones the bitmap scan returns, i.e. a sample in physical
 *    order; exact whenever the query matches fewer);
 *  - facet counts in one pass (one hash aggregate over lateral unnests instead of seven scans of a
 *    materialised CTE that spills to disk), optionally over a sample of at most `facetCap` matches scaled to
 *    the exact total;
 *  - highlights that skip the long `sections` text when the title, summary or challenge already matched.
 * Typo corrections and the highlight SQL are the product's own (called on a PostgresSearchEngine instance).
 */
import type pg from 'pg';
import { PostgresSearchEngine } from '../../../api/dist/modules/search/postgres-engine.js';
import { and, facetConditions, SqlParams, tsqueryFor, yearConditions, type Corrections } from '../../../api/dist/modules/search/postgres-sql.js';
import { parseQuery, wordsOf, type ParsedQuery } from '../../../api/dist/modules/search/search-query.js';
import { FACET_NAMES, type EngineHighlight, type EngineResult, type FacetCounts, type FacetName, type SearchRequest } from '../../../api/dist/modules/search/search-engine.js';
import { hasMark, MARK_END, MARK_START, markedSnippet } from '../../../api/dist/modules/search/snippets.js';

export interface ProposalOptions {
  /** rank at most this many matches (null: all) */
  rankCap: number | null;
  /** count facets over at most this many matches and scale to the total (null: exact) */
  facetCap: number | null;
  /** skip the `sections` headline when an earlier field already has one */
  lazySectionsHighlight: boolean;
}

interface ProductInternals {
  correctionsFor(words: string[]): Promise<Corrections>;
  highlights(ids: string[], parsed: ParsedQuery): Promise<Map<string, EngineHighlight[]>>;
}

/** How each facet's values are read from a search_documents row (as in the product's postgres-sql.ts at 8dc495a). */
const FACET_COLUMNS: Record<FacetName, { column: string; array: boolean }> = {
  sdgs: { column: 'sdgs', array: true },
  regions: { column: 'regions', array: true },
  countries: { column: 'countries', array: true },
  networks: { column: 'network_slug', array: false },
  themes: { column: 'themes', array: true },
  ogpValues: { column: 'ogp_values', array: true },
  languages: { column: 'language', array: false },
};

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;

export class ProposedEngine {
  private readonly product: ProductInternals;

  constructor(private readonly pool: pg.Pool, private readonly options: ProposalOptions) {
    this.product = new PostgresSearchEngine(pool) as unknown as ProductInternals;
  }

  async search(request: SearchRequest): Promise<EngineResult & { facetsSampled: boolean }> {
    const parsed = parseQuery(request.query);
    const corrections = await this.product.correctionsFor(wordsOf(parsed));
    const [rows, total, facets] = await Promise.all([
      this.page(request, parsed, corrections),
      this.count(request, parsed, corrections),
      this.facetSample(request, parsed, corrections),
    ]);
    const scaled = scaleFacets(facets, total);
    const ids = rows.map((row) => row.id);
    const highlights = parsed.clauses.length
      ? this.options.lazySectionsHighlight
        ? await this.highlights(ids, parsed, corrections)
        : await this.product.highlights(ids, parsed)
      : new Map<string, EngineHighlight[]>();
    return {
      total,
      hits: rows.map((row) => ({ id: row.id, score: row.score, highlights: highlights.get(row.id) ?? [] })),
      facets: scaled.counts,
      suggestion: null,
      facetsSampled: scaled.sampled,
    };
  }

  private matching(request: SearchRequest, parsed: ParsedQuery, corrections: Corrections, withFacetFilters = true) {
    const params = new SqlParams();
    const tsquery = tsqueryFor(params, parsed, corrections);
    const base = and([tsquery ? `d.vec @@ q.query` : null, ...yearConditions(params, request.filters, 'd')]);
    const facetFilters = withFacetFilters ? facetConditions(params, request.filters, 'd') : {};
    const from = `search_documents d${tsquery ? `, (select ${tsquery} as query) q` : ''}`;
    return { params, from, base, where: and([base, ...Object.values(facetFilters)]), ranked: tsquery !== null, tsquery };
  }

  private async page(request: SearchRequest, parsed: ParsedQuery, corrections: Corrections) {
    const sql = this.matching(request, parsed, corrections);
    const limit = sql.params.add(request.limit);
    const offset = sql.params.add(request.offset);
    if (!(request.sort === 'RELEVANCE' && sql.ranked)) {
      const { rows } = await this.pool.query<{ id: string }>(
        `select d.case_id as id from ${sql.from} where ${sql.where} order by d.published_at desc, d.case_id desc limit ${limit} offset ${offset}`,
        sql.params.values,
      );
      return rows.map((row) => ({ id: row.id, score: 0 }));
    }
    const cap = this.options.rankCap === null ? '' : `limit ${sql.params.add(this.options.rankCap)}`;
    const { rows } = await this.pool.query<{ id: string; score: number }>(
      `select s.case_id as id, ts_rank(s.vec, q.query) as score
         from (select d.case_id, d.vec, d.published_at from ${sql.from} where ${sql.where} ${cap}) s,
              (select ${sql.tsquery} as query) q
        order by score desc, s.published_at desc, s.case_id desc
        limit ${limit} offset ${offset}`,
      sql.params.values,
    );
    return rows.map((row) => ({ id: row.id, score: Number(row.score) }));
  }

  private async count(request: SearchRequest, parsed: ParsedQuery, corrections: Corrections): Promise<number> {
    const sql = this.matching(request, parsed, corrections);
    const { rows } = await this.pool.query<{ total: number }>(`select count(*)::int as total from ${sql.from} where ${sql.where}`, sql.params.values);
    return rows[0]!.total;
  }

  /** One pass: every row of the (sampled) matches emits its facet values where the other facets' filters hold. */
  private async facetSample(request: SearchRequest, parsed: ParsedQuery, corrections: Corrections) {
    const sql = this.matching(request, parsed, corrections, false);
    const onMatches = facetConditions(sql.params, request.filters, 'm');
    const columns = [...new Set(Object.values(FACET_COLUMNS).map((facet) => `d.${facet.column}`))].join(', ');
    const branches = FACET_NAMES.map((facet) => {
      const { column, array } = FACET_COLUMNS[facet];
      const others = and(FACET_NAMES.filter((other) => other !== facet).map((other) => onMatches[other]));
      return array
        ? `select '${facet}'::text as facet, v::text as value from unnest(m.${column}) v where ${others}`
        : `select '${facet}'::text, m.${column}::text where ${others}`;
    });
    const capped = this.options.facetCap !== null;
    const cap = capped ? `limit ${sql.params.add(this.options.facetCap)}` : '';
    // With a cap, also how many sampled rows pass every filter: total / passing scales the sample's counts.
    const extra = capped ? `, (select count(*) from m)::int as sample, (select count(*) from m where ${and(Object.values(onMatches))})::int as passing` : '';
    const { rows } = await this.pool.query<{ facet: keyof FacetCounts; value: string; count: number; sample?: number; passing?: number }>(
      `with m as (select ${columns} from ${sql.from} where ${sql.base} ${cap})
       select f.facet, f.value, count(*)::int as count ${extra}
         from m cross join lateral (${branches.join(' union all ')}) f
        group by f.facet, f.value`,
      sql.params.values,
    );
    const sample = rows[0]?.sample ?? 0;
    return { rows, sample, passing: rows[0]?.passing ?? 0, capped: capped && sample >= this.options.facetCap! };
  }

  /** The product's highlight SQL, except that `sections` is only headlined when nothing earlier matched. */
  private async highlights(ids: string[], parsed: ParsedQuery, _corrections: Corrections): Promise<Map<string, EngineHighlight[]>> {
    if (ids.length === 0) return new Map();
    const params = new SqlParams();
    const tsquery = tsqueryFor(params, { clauses: parsed.clauses, excluded: [] }, new Map())!;
    const idsParam = params.add(ids);
    const { rows } = await this.pool.query<Record<'id' | EngineHighlight['field'], string>>(
      `select h.id, h.title, h.summary, h.challenge, h.places,
              case when strpos(h.title || h.summary || h.challenge, '${MARK_START}') > 0 then null
                   else ts_headline(h.config, h.sections, h.query, 'MaxFragments=2, MaxWords=20, MinWords=8, ${HEADLINE_OPTIONS}') end as sections
         from (select d.case_id as id, d.config, d.sections, q.query,
                      ts_headline(d.config, d.title, q.query, 'HighlightAll=true, ${HEADLINE_OPTIONS}') as title,
                      ts_headline(d.config, d.summary, q.query, 'MaxWords=35, MinWords=12, ${HEADLINE_OPTIONS}') as summary,
                      ts_headline(d.config, d.challenge, q.query, 'MaxWords=35, MinWords=12, ${HEADLINE_OPTIONS}') as challenge,
                      ts_headline(d.config, d.places, q.query, 'HighlightAll=true, ${HEADLINE_OPTIONS}') as places
                 from search_documents d, (select ${tsquery} as query) q
                where d.case_id = any(${idsParam}::uuid[]) offset 0) h`,
      params.values,
    );
    const fields: EngineHighlight['field'][] = ['title', 'summary', 'challenge', 'sections', 'places'];
    return new Map(rows.map((row) => [row.id, fields.filter((field) => hasMark(row[field])).map((field) => ({ field, snippet: markedSnippet(row[field]) }))]));
  }
}

function scaleFacets(facets: { rows: { facet: keyof FacetCounts; value: string; count: number }[]; sample: number; passing: number; capped: boolean }, total: number) {
  const counts = Object.fromEntries(FACET_NAMES.map((facet) => [facet, [] as { value: string; count: number }[]])) as FacetCounts;
  // Counting stopped at the cap: scale the sample's counts by total / (sampled rows passing every filter),
  // a ratio estimate of the unsampled matches (approximate, and flagged as such).
  const factor = facets.capped && facets.passing > 0 ? Math.max(1, total / facets.passing) : 1;
  for (const row of facets.rows) counts[row.facet].push({ value: row.value, count: Math.round(row.count * factor) });
  for (const facet of FACET_NAMES) counts[facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
  return { counts, sampled: factor !== 1 };
}
