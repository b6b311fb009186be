/**
 * The Meilisearch engine: same contract as the PostgreSQL engine (search.contract.ts), backed by one
 * Meilisearch index (default `cases`) configured entirely by code in prepare().
 *
 * Any failure to reach Meilisearch (connection refused, DNS, timeout, a proxy answering 502/503/504
 * or with something that is not JSON) becomes an EngineUnavailableError so that the search service
 * can fall back to PostgreSQL; Meilisearch's own API errors (a bad filter, a missing index…) are
 * rethrown unchanged.
 *
 * Query planning lives in meilisearch-query.ts, result shaping in meilisearch-results.ts and
 * filters in meilisearch-filter.ts.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type EnqueuedTaskPromise,
  type Index,
  type MatchingStrategies,
  type MultiSearchParams,
  type MultiSearchQuery,
  type MultiSearchResponse,
  type MultiSearchResult,
  type Settings,
  type Task,
} from 'meilisearch';
import { andFilters, buildFilter, CITY_ATTRIBUTE, FACET_ATTRIBUTES, idFilter, isFacetActive } from './meilisearch-filter.js';
import { tallyMeilisearch } from './meilisearch-tally.js';
import { OR_CANDIDATES_MAX, planQuery } from './meilisearch-query.js';
import {
  chunkDocuments,
  HIGHLIGHT_FIELDS,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  highlightsFrom,
  mergeFormatted,
  pageParams,
  sortFacetValues,
  toMeiliDocument,
  type MeiliDocument,
} from './meilisearch-results.js';
import {
  EngineUnavailableError,
  FACET_NAMES,
  type EngineResult,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type Suggestion,
  TALLY_VALUES_MAX,
  type Tally,
  type TallyRequest,
} from './search-engine.js';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  indexName?: string;
  /** Timeout of each search/suggest/count request, in ms (default 5000); a timeout means "unavailable". */
  timeoutMs?: number;
  /** How long to wait for one indexing/settings task to finish, in ms (default 120000). */
  taskTimeoutMs?: number;
}

export const SEARCHABLE_ATTRIBUTES = ['title', 'summary', 'challenge', 'sections', 'places', 'organisations', 'networkName'];
// `id` too: an OR query restricts its faceted search to the ids its alternatives matched.
export const FILTERABLE_ATTRIBUTES = ['id', 'sdgs', 'regions', 'countries', 'networkSlug', 'themes', 'ogpValues', 'language', CITY_ATTRIBUTE, 'yearStarted'];

/** Every setting of the index, applied by prepare(); nothing is configured by hand on the server. */
export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: FILTERABLE_ATTRIBUTES,
  sortableAttributes: ['publishedAt'],
  // null = the server's default rules, which already contain `sort` (words, typo, proximity, attribute,
  // sort, exactness; from v1.36 `attribute` is split into attributeRank … sort, wordPosition). Not
  // spelled out, so that one list cannot be rejected by an older or newer server.
  rankingRules: null,
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  // Cities are tallied by count, so that the values kept (at most TALLY_VALUES_MAX) are the largest.
  faceting: { maxValuesPerFacet: TALLY_VALUES_MAX, sortFacetValuesBy: { [CITY_ATTRIBUTE]: 'count' } },
  // The default (1000) would cap totals and deep pages; the casebook is far smaller than this.
  pagination: { maxTotalHits: 100_000 },
};

const CROP_FIELDS = ['summary', 'challenge', 'sections'];
const CROP_LENGTH = 30;

const HIGHLIGHT_PARAMS = {
  attributesToHighlight: HIGHLIGHT_FIELDS,
  attributesToCrop: CROP_FIELDS,
  cropLength: CROP_LENGTH,
  highlightPreTag: HIGHLIGHT_PRE,
  highlightPostTag: HIGHLIGHT_POST,
} satisfies Partial<MultiSearchQuery>;
const NEWEST_FIRST = ['publishedAt:desc'];
/**
 * Meilisearch has no did-you-mean: it matches close spellings itself (typoTolerance), so a misspelt
 * query already finds what its correction would. Engines may return null; this one always does.
 */
const NO_SUGGESTION = null;

const SUGGEST_MAX = 10;

function emptyResult(): EngineResult {
  const facets = Object.fromEntries(FACET_NAMES.map((facet) => [facet, []])) as unknown as FacetCounts;
  return { total: 0, hits: [], facets, suggestion: NO_SUGGESTION };
}

/** True for errors that mean "Meilisearch cannot be reached", as opposed to an error it answered. */
export function isUnavailableError(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return true;
  if (error instanceof MeilisearchApiError) return [502, 503, 504].includes(error.response.status);
  // The client parses the body before checking the status: a proxy's HTML error page lands here.
  return error instanceof SyntaxError;
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

/** A Meilisearch task that ended `failed` or `canceled`. */
export class MeilisearchTaskError extends Error {
  constructor(readonly task: Task) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) on index ${task.indexUid ?? '-'} ${task.status}: ` +
        (task.error ? `${task.error.message} (${task.error.code})` : 'no error reported'),
    );
    this.name = 'MeilisearchTaskError';
  }
}

// ---------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly indexName: string;
  /** Short timeout: searches must fail fast so the service can fall back to PostgreSQL. */
  readonly #searchClient: Meilisearch;
  /** Longer timeout: document uploads and settings. */
  readonly #adminClient: Meilisearch;
  readonly #searchIndex: Index<MeiliDocument>;
  readonly #adminIndex: Index<MeiliDocument>;
  readonly #taskTimeoutMs: number;

  constructor({ url, apiKey, indexName = 'cases', timeoutMs = 5_000, taskTimeoutMs = 120_000 }: MeilisearchEngineOptions) {
    this.indexName = indexName;
    this.#taskTimeoutMs = taskTimeoutMs;
    const credentials = apiKey ? { apiKey } : {};
    this.#searchClient = new Meilisearch({ host: url, ...credentials, timeout: timeoutMs });
    this.#adminClient = new Meilisearch({ host: url, ...credentials, timeout: Math.max(timeoutMs, 60_000) });
    this.#searchIndex = this.#searchClient.index<MeiliDocument>(indexName);
    this.#adminIndex = this.#adminClient.index<MeiliDocument>(indexName);
  }

  async prepare(): Promise<void> {
    await this.#run(async () => {
      let primaryKey: string | undefined;
      let exists = true;
      try {
        primaryKey = (await this.#adminIndex.getRawInfo()).primaryKey ?? undefined;
      } catch (error) {
        if (!isIndexNotFound(error)) throw error;
        exists = false;
      }
      if (!exists) {
        const task = await this.#adminClient.createIndex(this.indexName, { primaryKey: 'id' }).waitTask({ timeout: this.#taskTimeoutMs });
        // Another process may have created it meanwhile: fine.
        if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw new MeilisearchTaskError(task);
      } else if (!primaryKey) {
        await this.#wait(this.#adminIndex.update({ primaryKey: 'id' }));
      }
      await this.#wait(this.#adminIndex.updateSettings(MEILISEARCH_SETTINGS));
    });
  }

  async index(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.#run(async () => {
      for (const chunk of chunkDocuments(documents.map(toMeiliDocument))) {
        await this.#wait(this.#adminIndex.addDocuments(chunk, { primaryKey: 'id' }));
      }
    });
  }

  async remove(ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    await this.#run(() => this.#wait(this.#adminIndex.deleteDocuments(unique)));
  }

  async clear(): Promise<void> {
    await this.#run(() => this.#wait(this.#adminIndex.deleteAllDocuments()));
  }

  async count(): Promise<number> {
    return this.#run(async () => {
      try {
        return (await this.#searchIndex.getStats()).numberOfDocuments;
      } catch (error) {
        if (isIndexNotFound(error)) return 0;
        throw error;
      }
    });
  }

  /** Deletes the whole index (tests; switching index names). A missing index is not an error. */
  async deleteIndex(): Promise<void> {
    await this.#run(async () => {
      try {
        const task = await this.#adminClient.deleteIndex(this.indexName).waitTask({ timeout: this.#taskTimeoutMs });
        if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') throw new MeilisearchTaskError(task);
      } catch (error) {
        if (!isIndexNotFound(error)) throw error;
      }
    });
  }

  /**
   * Disjunctive facets in one multi-search request: the main query (all filters, the page, counts of
   * every facet that has no selected value) plus, for each facet WITH selected values, a `limit: 0`
   * query with every filter except that facet's own, asking only for that facet's counts. Selecting
   * "Africa" thus still shows how many cases the other regions have.
   *
   * A query with OR takes three requests instead (see planQuery): (1) the ids and best scores of the
   * documents matching any alternative; (2) the faceted search above restricted to those ids
   * (`id IN […]`), without query text; (3) highlights for the page, one query per alternative.
   */
  async search(request: SearchRequest): Promise<EngineResult> {
    const plan = planQuery(request.query);
    if (plan.alternatives.length > 1) return this.#searchAlternatives(request, plan.alternatives);
    const q = plan.alternatives[0] ?? '';
    const page: Partial<MultiSearchQuery> = { ...pageParams(request.offset, request.limit), attributesToRetrieve: ['id'], showRankingScore: true };
    // Without query text there is nothing to rank by relevance: newest first, like the PostgreSQL engine.
    if (request.sort === 'NEWEST' || q === '') page.sort = NEWEST_FIRST;
    if (q !== '') Object.assign(page, HIGHLIGHT_PARAMS);
    const { main, facets } = await this.#facetedSearch(request, { q, matchingStrategy: plan.matchingStrategy }, page);
    const hits = main.hits.map((hit) => ({
      id: String(hit.id),
      score: hit._rankingScore ?? 0,
      highlights: highlightsFrom(hit._formatted as Record<string, unknown> | undefined),
    }));
    return { total: main.totalHits ?? main.estimatedTotalHits ?? hits.length, hits, facets, suggestion: NO_SUGGESTION };
  }

  /** OR: the union of the alternatives' matches, filtered, counted, ordered and paged (see search()). */
  async #searchAlternatives(request: SearchRequest, alternatives: string[]): Promise<EngineResult> {
    const text = (q: string) => ({ indexUid: this.indexName, q, matchingStrategy: 'all' as const });
    const matched = await this.#multiSearch(
      alternatives.map((q) => ({ ...text(q), limit: OR_CANDIDATES_MAX, attributesToRetrieve: ['id'], showRankingScore: true })),
    );
    const scores = new Map<string, number>();
    for (const result of matched.results) {
      for (const hit of result.hits) {
        const id = String(hit.id);
        scores.set(id, Math.max(scores.get(id) ?? 0, hit._rankingScore ?? 0));
      }
    }
    if (scores.size === 0) return emptyResult();

    // By relevance, all the (filtered) candidates come back newest first and are ordered here by score:
    // a stable sort, so equal scores stay newest first, as in the PostgreSQL engine.
    const byRelevance = request.sort === 'RELEVANCE';
    const page: Partial<MultiSearchQuery> = {
      ...(byRelevance ? { offset: 0, limit: scores.size } : pageParams(request.offset, request.limit)),
      attributesToRetrieve: ['id'],
      sort: NEWEST_FIRST,
    };
    const { main, facets } = await this.#facetedSearch(request, text(''), page, idFilter([...scores.keys()]));
    let ids = main.hits.map((hit) => String(hit.id));
    let total = main.totalHits ?? main.estimatedTotalHits ?? ids.length;
    if (byRelevance) {
      total = ids.length;
      ids = ids.sort((a, b) => scores.get(b)! - scores.get(a)!).slice(request.offset, request.offset + request.limit);
    }

    const formatted = new Map<string, Record<string, unknown>[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      const highlighted = await this.#multiSearch(
        alternatives.map((q) => ({ ...text(q), filter: idFilter(ids), limit: ids.length, attributesToRetrieve: ['id'], ...HIGHLIGHT_PARAMS })),
      );
      for (const result of highlighted.results) {
        for (const hit of result.hits) if (hit._formatted) formatted.get(String(hit.id))?.push(hit._formatted);
      }
    }
    const hits = ids.map((id) => ({ id, score: scores.get(id) ?? 0, highlights: highlightsFrom(mergeFormatted(formatted.get(id)!)) }));
    return { total, hits, facets, suggestion: NO_SUGGESTION };
  }

  /** The main query and one counting query per active facet, in one request (see search()). */
  async #facetedSearch(
    request: SearchRequest,
    text: { q: string; matchingStrategy: MatchingStrategies },
    page: Partial<MultiSearchQuery>,
    restriction?: string,
  ): Promise<{ main: MultiSearchResult<MeiliDocument>; facets: FacetCounts }> {
    const base = { indexUid: this.indexName, ...text };
    const active = FACET_NAMES.filter((facet) => isFacetActive(request.filters, facet));
    const passive = FACET_NAMES.filter((facet) => !isFacetActive(request.filters, facet));

    const main: MultiSearchQuery = { ...base, ...page };
    const filter = andFilters(restriction, buildFilter(request.filters));
    if (filter) main.filter = filter;
    if (passive.length > 0) main.facets = passive.map((facet) => FACET_ATTRIBUTES[facet]);
    const facetQueries = active.map((facet): MultiSearchQuery => {
      const query: MultiSearchQuery = { ...base, limit: 0, facets: [FACET_ATTRIBUTES[facet]] };
      const facetFilter = andFilters(restriction, buildFilter(request.filters, facet));
      if (facetFilter) query.filter = facetFilter;
      return query;
    });

    const [mainResult, ...facetResults] = (await this.#multiSearch([main, ...facetQueries])).results;
    if (!mainResult) throw new Error('Meilisearch multi-search returned no results');
    const facets = {} as FacetCounts;
    for (const facet of FACET_NAMES) {
      const activeIndex = active.indexOf(facet);
      const distribution = activeIndex >= 0 ? facetResults[activeIndex]?.facetDistribution : mainResult.facetDistribution;
      facets[facet] = sortFacetValues(distribution?.[FACET_ATTRIBUTES[facet]]);
    }
    return { main: mainResult, facets };
  }

  /** Counts by city or SDG: a facet distribution over every filter (see meilisearch-tally.ts). */
  tally(request: TallyRequest): Promise<Tally> {
    return tallyMeilisearch(request, this.indexName, (queries) => this.#multiSearch(queries));
  }

  #multiSearch(queries: MultiSearchQuery[]): Promise<MultiSearchResponse<MeiliDocument>> {
    return this.#run(() => this.#searchClient.multiSearch<MultiSearchParams, MeiliDocument>({ queries }));
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const size = Math.min(Math.max(Math.trunc(limit), 0), SUGGEST_MAX);
    // Search-as-you-type: no phrases or exclusions, just words (the last one a prefix, as Meilisearch does).
    const q = prefix
      .replace(/"/g, ' ')
      .split(/\s+/)
      .map((word) => word.replace(/^-+/, ''))
      .filter((word) => word !== '')
      .join(' ');
    if (q === '' || size === 0) return [];
    const result = await this.#run(() =>
      this.#searchIndex.search(q, {
        attributesToSearchOn: ['title', 'places'],
        attributesToRetrieve: ['id', 'slug', 'title', 'places'],
        matchingStrategy: 'all',
        limit: size,
      }),
    );
    return result.hits.map((hit) => ({ id: String(hit.id), slug: hit.slug, title: hit.title, places: hit.places ?? [] }));
  }

  /** Waits for a task and throws when it did not succeed. */
  async #wait(enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: this.#taskTimeoutMs });
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(task);
    return task;
  }

  async #run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isUnavailableError(error)) throw new EngineUnavailableError(this.name, error);
      throw error;
    }
  }
}
