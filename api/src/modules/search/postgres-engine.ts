import pg from 'pg';
import { normaliseWords, parseQuery, wordsOf, type ParsedQuery } from './search-query.js';
import {
  and,
  cityConditions,
  configForLanguage,
  facetConditions,
  SqlParams,
  tsqueryFor,
  yearConditions,
  type Corrections,
} from './postgres-sql.js';
import {
  type EngineHighlight,
  type EngineResult,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type Suggestion,
  type Tally,
  type TallyRequest,
} from './search-engine.js';
import { hasMark, MARK_END, MARK_START, markedSnippet } from './snippets.js';
import { FacetCounter } from './postgres-facets.js';
import { tallyMatches } from './postgres-tally.js';

/**
 * The pool for search queries. The planner cannot see that `vec @@ query` on a sequential scan reads every
 * row's large, TOASTed vector, so connections of this pool (search queries only) prefer the GIN indexes.
 */
export function createSearchPool(connectionString: string, max = 8): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, options: '-c enable_seqscan=off' });
  // An idle connection that the server closes (a restart, a dropped database) must not crash the process:
  // the pool discards it and opens a new one when needed.
  pool.on('error', () => undefined);
  return pool;
}

/** Words shorter than this are never corrected: too many neighbours. */
const MIN_CORRECTABLE_LENGTH = 4;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
/** Sections are long: snippets come from their first characters only, which keeps headlines cheap. */
const SECTION_SNIPPET_CHARS = 3000;
/**
 * Relevance: ts_rank over title and summary (a small vector that stays in the row) plus a little for any
 * match at all, so that ranking never reads the large vector of every match.
 */
const RANK = 'ts_rank(d.rank_vec, q.query)';

/**
 * The default engine: PostgreSQL full-text search over `search_documents` (see the search migration).
 * Each row's vector holds its language's stems (weighted: title A; summary and challenge B; other sections C;
 * places, organisations and network D) and the same text unstemmed, all unaccented.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  private readonly facets: FacetCounter;

  constructor(private readonly pool: pg.Pool) {
    this.facets = new FacetCounter(pool);
  }

  async prepare(): Promise<void> {
    // The schema comes from the migrations; nothing to configure at run time.
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = documents.map((doc) => ({
      case_id: doc.id,
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      challenge: doc.challenge,
      sections: doc.sections.join('\n\n'),
      places: doc.places.join(' · '),
      organisations: doc.organisations.join(' · '),
      network_slug: doc.networkSlug,
      network_name: doc.networkName,
      language: doc.language,
      config: configForLanguage(doc.language),
      sdgs: doc.sdgs,
      regions: doc.regions,
      countries: doc.countries,
      themes: doc.themes,
      ogp_values: doc.ogpValues,
      city_ids: doc.cityIds,
      year_started: doc.yearStarted,
      published_at: doc.publishedAt.toISOString(),
    }));
    await this.pool.query(UPSERT_SQL, [JSON.stringify(rows)]);
    this.facets.invalidate();
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length) await this.pool.query('delete from search_documents where case_id = any($1::uuid[])', [ids]);
    this.facets.invalidate();
  }

  async clear(): Promise<void> {
    await this.pool.query('truncate search_documents');
    this.facets.invalidate();
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ count: number }>('select count(*)::int as count from search_documents');
    return rows[0]!.count;
  }

  async search(request: SearchRequest): Promise<EngineResult> {
    const parsed = parseQuery(request.query);
    const corrections = await this.correctionsFor(wordsOf(parsed));
    const [hits, facets] = await Promise.all([
      this.page(request, parsed, corrections),
      this.facets.count(request.filters, () => matchingSql(request, parsed, corrections, 'd', false)),
    ]);
    const highlights = parsed.clauses.length ? await this.highlights(hits.rows.map((row) => row.id), parsed) : new Map<string, EngineHighlight[]>();
    return {
      total: hits.total,
      hits: hits.rows.map((row) => ({ id: row.id, score: row.score, highlights: highlights.get(row.id) ?? [] })),
      facets,
      suggestion: suggestionFor(request.query, corrections),
    };
  }

  async tally(request: TallyRequest): Promise<Tally> {
    const parsed = parseQuery(request.query);
    // The same corrections as the search, so the counts describe the cards the search lists.
    const corrections = await this.correctionsFor(wordsOf(parsed));
    const sql = matchingSql(request, parsed, corrections, 'd');
    return tallyMatches(this.pool, { params: sql.params, from: sql.from, where: and([sql.base, ...Object.values(sql.facetFilters)]) }, request.by);
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const words = normaliseWords(prefix);
    if (words.length === 0) return [];
    const tsquery = words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
    const { rows } = await this.pool.query<{ id: string; slug: string; title: string; places: string }>(
      `select case_id as id, slug, title, places
         from search_documents
        where suggest_vec @@ to_tsquery('casebook_simple', $1)
        order by ts_rank(suggest_vec, to_tsquery('casebook_simple', $1)) desc, published_at desc
        limit $2`,
      [tsquery, Math.min(limit, 10)],
    );
    return rows.map((row) => ({ ...row, places: row.places ? row.places.split(' · ') : [] }));
  }

  /** For each word the index does not know, its closest known words within one typo. */
  private async correctionsFor(words: string[]): Promise<Corrections> {
    const candidates = words.filter((word) => word.length >= MIN_CORRECTABLE_LENGTH && !/^\d+$/.test(word));
    if (candidates.length === 0) return new Map();
    const { rows } = await this.pool.query<{ word: string; near: string[] }>(
      `select w.word,
              case when exists (select 1 from search_lexicon l where l.word = w.word) then '{}'::text[]
              else array(
                select n.word from (
                  select l.word, l.documents from search_lexicon l order by l.word <-> w.word limit 12
                ) n
                where levenshtein_less_equal(n.word, w.word, case when length(w.word) >= 5 then 2 else 1 end)
                      <= case when length(w.word) >= 5 then 2 else 1 end
                order by levenshtein(n.word, w.word),
                         n.documents desc, -- among equally close spellings, the one more cards use
                         similarity(n.word, w.word) desc
                limit 3)
              end as near
         from unnest($1::text[]) as w(word)`,
      [candidates],
    );
    return new Map(rows.filter((row) => row.near.length > 0).map((row) => [row.word, row.near]));
  }

  private async page(request: SearchRequest, parsed: ParsedQuery, corrections: Corrections) {
    const sql = matchingSql(request, parsed, corrections, 'd');
    const ranked = sql.ranked;
    const order =
      request.sort === 'RELEVANCE' && ranked ? 'score desc, d.published_at desc, d.case_id desc' : 'd.published_at desc, d.case_id desc';
    const where = and([sql.base, ...Object.values(sql.facetFilters)]);
    const limit = sql.params.add(request.limit);
    const offset = sql.params.add(request.offset);
    const { rows } = await this.pool.query<{ id: string; score: number; total: number }>(
      `select d.case_id as id, ${ranked ? RANK : '0::real'} as score, count(*) over ()::int as total
         from ${sql.from}
        where ${where}
        order by ${order}
        limit ${limit} offset ${offset}`,
      sql.params.values,
    );
    let total = rows[0]?.total ?? 0;
    if (rows.length === 0 && request.offset > 0) {
      const counting = matchingSql(request, parsed, corrections, 'd');
      const counted = await this.pool.query<{ total: number }>(
        `select count(*)::int as total from ${counting.from} where ${and([counting.base, ...Object.values(counting.facetFilters)])}`,
        counting.params.values,
      );
      total = counted.rows[0]!.total;
    }
    return { total, rows: rows.map((row) => ({ id: row.id, score: Number(row.score) })) };
  }

  /** Snippets for one page of hits, matched with the same query in each card's language. */
  private async highlights(ids: string[], parsed: ParsedQuery): Promise<Map<string, EngineHighlight[]>> {
    if (ids.length === 0) return new Map();
    const params = new SqlParams();
    const tsquery = tsqueryFor(params, { clauses: parsed.clauses, excluded: [] }, new Map())!;
    const idsParam = params.add(ids);
    const { rows } = await this.pool.query<Record<'id' | EngineHighlight['field'], string>>(
      `select d.case_id as id,
              ts_headline(d.config, d.title, q.query, 'HighlightAll=true, ${HEADLINE_OPTIONS}') as title,
              ts_headline(d.config, d.summary, q.query, 'MaxWords=35, MinWords=12, ${HEADLINE_OPTIONS}') as summary,
              ts_headline(d.config, d.challenge, q.query, 'MaxWords=35, MinWords=12, ${HEADLINE_OPTIONS}') as challenge,
              ts_headline(d.config, left(d.sections, ${SECTION_SNIPPET_CHARS}), q.query, 'MaxFragments=2, MaxWords=20, MinWords=8, ${HEADLINE_OPTIONS}') as sections,
              ts_headline(d.config, d.places, q.query, 'HighlightAll=true, ${HEADLINE_OPTIONS}') as places
         from search_documents d, (select ${tsquery} as query) q
        where d.case_id = any(${idsParam}::uuid[])`,
      params.values,
    );
    const fields: EngineHighlight['field'][] = ['title', 'summary', 'challenge', 'sections', 'places'];
    return new Map(
      rows.map((row) => [row.id, fields.filter((field) => hasMark(row[field])).map((field) => ({ field, snippet: markedSnippet(row[field]) }))]),
    );
  }
}

/**
 * The parts of a search's SQL, built afresh for each statement so that every statement binds exactly the
 * parameters it uses: `from` (the documents and the query), `base` (text and year conditions), and one
 * condition per active facet filter.
 */
function matchingSql(request: Pick<SearchRequest, 'filters'>, parsed: ParsedQuery, corrections: Corrections, alias: string, withFacetFilters = true) {
  const params = new SqlParams();
  const tsquery = tsqueryFor(params, parsed, corrections);
  const base = and([
    tsquery ? `${alias}.vec @@ q.query` : null,
    ...yearConditions(params, request.filters, alias),
    ...cityConditions(params, request.filters, alias),
  ]);
  const facetFilters = withFacetFilters ? facetConditions(params, request.filters, alias) : {};
  const from = `search_documents ${alias}${tsquery ? `, (select ${tsquery} as query) q` : ''}`;
  return { params, from, base, facetFilters, ranked: tsquery !== null, hasText: tsquery !== null };
}

/** The query with each unknown word replaced by its closest known spelling, or null when none was replaced. */
function suggestionFor(text: string, corrections: Corrections): string | null {
  if (corrections.size === 0) return null;
  let changed = false;
  const suggestion = text.replace(/[\p{L}\p{N}]+/gu, (token) => {
    const best = corrections.get(normaliseWords(token)[0] ?? '')?.[0];
    if (!best) return token;
    changed = true;
    return best;
  });
  return changed ? suggestion : null;
}

const UPSERT_SQL = `
with input as (
  select r.*, r.config::regconfig as cfg
    from jsonb_to_recordset($1::jsonb) as r(
      case_id uuid, slug text, title text, summary text, challenge text, sections text, places text,
      organisations text, network_slug text, network_name text, language text, config text,
      sdgs smallint[], regions text[], countries text[], themes text[], ogp_values text[], city_ids uuid[],
      year_started smallint, published_at timestamptz)
), parsed as (
  select i.*,
         to_tsvector('casebook_simple', i.title) as s_title,
         to_tsvector('casebook_simple', i.summary) as s_summary,
         to_tsvector('casebook_simple', i.challenge) as s_challenge,
         to_tsvector('casebook_simple', i.sections) as s_sections,
         to_tsvector('casebook_simple', concat_ws(' ', i.places, i.organisations, i.network_name)) as s_places,
         to_tsvector(i.cfg, i.title) as l_title,
         to_tsvector(i.cfg, i.summary) as l_summary
    from input i
), upserted as (
  insert into search_documents (
    case_id, slug, title, summary, challenge, sections, places, organisations, network_slug, network_name,
    language, config, sdgs, regions, countries, themes, ogp_values, city_ids, year_started, published_at,
    vec, rank_vec, suggest_vec, facet_keys, indexed_at)
  select case_id, slug, title, summary, challenge, sections, places, organisations, network_slug, network_name,
    language, cfg, sdgs, regions, countries, themes, ogp_values, coalesce(city_ids, '{}'), year_started, published_at,
    setweight(l_title, 'A')
      || setweight(l_summary || to_tsvector(cfg, challenge), 'B')
      || setweight(to_tsvector(cfg, sections), 'C')
      || setweight(to_tsvector(cfg, concat_ws(' ', places, organisations, network_name)), 'D')
      || setweight(s_title, 'A') || setweight(s_summary || s_challenge, 'B') || setweight(s_sections, 'C') || setweight(s_places, 'D'),
    setweight(l_title, 'A') || setweight(l_summary, 'B') || setweight(s_title, 'A') || setweight(s_summary, 'B'),
    to_tsvector('casebook_simple', title || ' ' || places),
    array(select 'sdgs:' || v from unnest(sdgs) v) || array(select 'regions:' || v from unnest(regions) v)
      || array(select 'countries:' || v from unnest(countries) v) || array['networks:' || network_slug]
      || array(select 'themes:' || v from unnest(themes) v) || array(select 'ogpValues:' || v from unnest(ogp_values) v)
      || array['languages:' || language],
    now()
  from parsed
  on conflict (case_id) do update set
    slug = excluded.slug, title = excluded.title, summary = excluded.summary, challenge = excluded.challenge,
    sections = excluded.sections, places = excluded.places, organisations = excluded.organisations,
    network_slug = excluded.network_slug, network_name = excluded.network_name, language = excluded.language,
    config = excluded.config, sdgs = excluded.sdgs, regions = excluded.regions, countries = excluded.countries,
    themes = excluded.themes, ogp_values = excluded.ogp_values, city_ids = excluded.city_ids, year_started = excluded.year_started,
    published_at = excluded.published_at, vec = excluded.vec, rank_vec = excluded.rank_vec,
    suggest_vec = excluded.suggest_vec, facet_keys = excluded.facet_keys, indexed_at = now()
  returning case_id
)
-- The lexicon holds words as written (unaccented), not stems, so that did-you-mean offers real words.
insert into search_lexicon (word, documents)
select word, count(*)
  from parsed,
       unnest(tsvector_to_array(s_title || s_summary || s_challenge || s_sections || s_places)) as word
 where length(word) between 3 and 40
 group by word
 order by word
on conflict (word) do update set documents = search_lexicon.documents + excluded.documents`;
