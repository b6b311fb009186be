/**
 * The Meilisearch engine: same contract as the PostgreSQL engine (search.contract.ts), backed by one
 * Meilisearch index (default `cases`) configured entirely by code in prepare().
 *
 * Any failure to reach Meilisearch (connection refused, DNS, timeout, a proxy answering 502/503/504
 * or with something that is not JSON) becomes an EngineUnavailableError so that the search service
 * can fall back to PostgreSQL; Meilisearch's own API errors (a bad filter, a missing index…) are
 * rethrown unchanged.
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
  type Settings,
  type Task,
} from 'meilisearch';
import { buildFilter, FACET_ATTRIBUTES, isFacetActive } from './meilisearch-filter.js';
import {
  EngineUnavailableError,
  FACET_NAMES,
  type EngineHighlight,
  type EngineResult,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type Suggestion,
} from './search-engine.js';

/** What the index stores: a SearchDocument with publishedAt as unix seconds (sortable). */
export type MeiliDocument = Omit<SearchDocument, 'publishedAt'> & { publishedAt: number };

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
export const FILTERABLE_ATTRIBUTES = ['sdgs', 'regions', 'countries', 'networkSlug', 'themes', 'ogpValues', 'language', 'yearStarted'];

/** Every setting of the index, applied by prepare(); nothing is configured by hand on the server. */
export const MEILISEARCH_SETTINGS: Settings = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: FILTERABLE_ATTRIBUTES,
  sortableAttributes: ['publishedAt'],
  // Meilisearch's default rules (which already contain `sort`), spelled out so the order is ours.
  // `attribute` (rather than the newer attributeRank + wordPosition split) is accepted by every 1.x server.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 500 },
  // The default (1000) would cap totals and deep pages; the casebook is far smaller than this.
  pagination: { maxTotalHits: 100_000 },
};

const HIGHLIGHT_FIELDS: EngineHighlight['field'][] = ['title', 'summary', 'challenge', 'sections', 'places'];
const CROP_FIELDS = ['summary', 'challenge', 'sections'];
const CROP_LENGTH = 30;
/** At most this many matching sections in the `sections` snippet (PostgreSQL: MaxFragments=2). */
const MAX_SECTION_PASSAGES = 2;
/** Highlight tags Meilisearch inserts: control characters that cannot survive HTML escaping by accident. */
export const HIGHLIGHT_PRE = '\u0001';
export const HIGHLIGHT_POST = '\u0002';

const SUGGEST_MAX = 10;
/** Upper bounds of one addDocuments payload (Meilisearch accepts 100 MB by default). */
const BATCH_MAX_BYTES = 8 * 1024 * 1024;
const BATCH_MAX_DOCUMENTS = 500;

// ---------------------------------------------------------------------------------------------
// Pure helpers (exported for unit tests)
// ---------------------------------------------------------------------------------------------

export interface MeiliQuery {
  q: string;
  matchingStrategy: MatchingStrategies;
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

/**
 * Our web-search syntax → Meilisearch `q`. Meilisearch itself understands "quoted phrases" and
 * -exclusions (of words and of phrases); unterminated quotes are closed here.
 *
 * It has no OR operator, though. Approximation: the word OR is dropped and both sides are kept as
 * ordinary words, and the query uses matchingStrategy `last` instead of `all`. With `last`,
 * Meilisearch returns documents matching all the words first, then keeps dropping words from the
 * END of the query while it needs more results. So `budget OR budgeting` finds documents with both
 * words and documents with only `budget`, but NOT documents that contain only the later alternative
 * (`budgeting`), unless prefix/typo matching catches them; and in `a OR b c` the word `c` becomes
 * optional too. Queries without OR use `all`: every word must match, like the PostgreSQL engine.
 */
export function translateQuery(text: string): MeiliQuery {
  const parts: string[] = [];
  let orPending = false;
  let hasOr = false;
  for (const [, minus, quoted, bare] of text.matchAll(TOKEN)) {
    if (bare === 'OR') {
      // An operator only between two terms; a leading OR is ignored (as by search-query.ts).
      orPending = parts.length > 0;
      continue;
    }
    let part: string | null;
    if (quoted !== undefined) {
      const phrase = quoted.trim().replace(/\s+/g, ' ');
      part = phrase ? `${minus}"${phrase}"` : null;
    } else {
      // A stray quote inside a word would open a phrase in Meilisearch: drop it.
      const word = bare!.replace(/"/g, '');
      part = word !== '' && word !== '-' ? word : null;
    }
    if (part === null) continue;
    if (orPending) hasOr = true;
    orPending = false;
    parts.push(part);
  }
  return { q: parts.join(' '), matchingStrategy: hasOr ? 'last' : 'all' };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * Meilisearch's formatted text (matches between HIGHLIGHT_PRE and HIGHLIGHT_POST) → a snippet:
 * all card text HTML-escaped, matches in <mark>…</mark>, no other markup. Unbalanced sentinels
 * (only possible if the card text itself contained them) can never produce unbalanced tags.
 */
export function toSnippet(formatted: string): string {
  let out = '';
  let open = false;
  let start = 0;
  for (let i = 0; i <= formatted.length; i++) {
    const char = formatted[i];
    if (i < formatted.length && char !== HIGHLIGHT_PRE && char !== HIGHLIGHT_POST) continue;
    out += escapeHtml(formatted.slice(start, i));
    start = i + 1;
    if (char === HIGHLIGHT_PRE && !open) {
      out += '<mark>';
      open = true;
    } else if (char === HIGHLIGHT_POST && open) {
      out += '</mark>';
      open = false;
    }
  }
  if (open) out += '</mark>';
  return out.replaceAll('<mark></mark>', '');
}

function hasMatch(text: string): boolean {
  return text.includes(HIGHLIGHT_PRE);
}

/** Joins cropped passages, adding an ellipsis between them unless Meilisearch's crop marker is already there. */
function joinPassages(passages: string[]): string {
  return passages
    .map((passage) => passage.trim())
    .reduce((joined, passage) => {
      if (joined === '') return passage;
      const separator = joined.endsWith('…') || passage.startsWith('…') ? ' ' : ' … ';
      return joined + separator + passage;
    }, '');
}

/** Highlights of one hit, from its `_formatted` object: only fields that contain a match. */
export function highlightsFrom(formatted: Record<string, unknown> | undefined): EngineHighlight[] {
  if (!formatted) return [];
  const highlights: EngineHighlight[] = [];
  for (const field of HIGHLIGHT_FIELDS) {
    const value = formatted[field];
    if (typeof value === 'string') {
      if (hasMatch(value)) highlights.push({ field, snippet: toSnippet(value) });
    } else if (Array.isArray(value)) {
      const texts = value.filter((item): item is string => typeof item === 'string');
      if (!texts.some(hasMatch)) continue;
      const snippet =
        field === 'places'
          ? texts.map(toSnippet).join(' · ') // a short list: all of it, the matching names marked (as PostgreSQL does)
          : joinPassages(texts.filter(hasMatch).slice(0, MAX_SECTION_PASSAGES).map(toSnippet)); // the first matching sections
      highlights.push({ field, snippet });
    }
  }
  return highlights;
}

/** A facetDistribution entry → values sorted by count desc, then value asc (as the PostgreSQL engine does). */
export function sortFacetValues(distribution: Record<string, number> | undefined): { value: string; count: number }[] {
  return Object.entries(distribution ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareValues(a.value, b.value));
}

/** The PostgreSQL engine's order for ties: English collation, numbers by value ("2" before "10"). */
function compareValues(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * offset/limit → Meilisearch pagination. When the offset is a whole number of pages, page/hitsPerPage
 * is used because it returns an exhaustive `totalHits`; otherwise offset/limit (`estimatedTotalHits`).
 */
export function pageParams(offset: number, limit: number): { offset: number; limit: number } | { page: number; hitsPerPage: number } {
  if (limit > 0 && offset % limit === 0) return { page: offset / limit + 1, hitsPerPage: limit };
  return { offset, limit };
}

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  return { ...document, publishedAt: Math.floor(document.publishedAt.getTime() / 1000) };
}

/** Splits documents into addDocuments payloads bounded in count and (JSON) size. */
export function chunkDocuments<T>(documents: T[], maxBytes = BATCH_MAX_BYTES, maxDocuments = BATCH_MAX_DOCUMENTS): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 0;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document));
    if (chunk.length > 0 && (chunk.length >= maxDocuments || bytes + size > maxBytes)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(document);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
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
   * One multi-search request: the main query (all filters, the page, highlights, counts of every
   * facet that has no selected value) plus, for each facet WITH selected values, a `limit: 0` query
   * with every filter except that facet's own, asking only for that facet's counts. That gives
   * disjunctive counts: selecting "Africa" still shows how many cases the other regions have.
   */
  async search(request: SearchRequest): Promise<EngineResult> {
    const { q, matchingStrategy } = translateQuery(request.query);
    const base = { indexUid: this.indexName, q, matchingStrategy };
    const active = FACET_NAMES.filter((facet) => isFacetActive(request.filters, facet));
    const passive = FACET_NAMES.filter((facet) => !isFacetActive(request.filters, facet));

    const main: MultiSearchQuery = {
      ...base,
      ...pageParams(request.offset, request.limit),
      attributesToRetrieve: ['id'],
      showRankingScore: true,
    };
    const filter = buildFilter(request.filters);
    if (filter) main.filter = filter;
    // Without query text there is nothing to rank by relevance: newest first, like NEWEST.
    if (request.sort === 'NEWEST' || q === '') main.sort = ['publishedAt:desc'];
    if (passive.length > 0) main.facets = passive.map((facet) => FACET_ATTRIBUTES[facet]);
    if (q !== '') {
      Object.assign(main, {
        attributesToHighlight: HIGHLIGHT_FIELDS,
        attributesToCrop: CROP_FIELDS,
        cropLength: CROP_LENGTH,
        highlightPreTag: HIGHLIGHT_PRE,
        highlightPostTag: HIGHLIGHT_POST,
      } satisfies Partial<MultiSearchQuery>);
    }

    const facetQueries = active.map((facet): MultiSearchQuery => {
      const query: MultiSearchQuery = { ...base, limit: 0, facets: [FACET_ATTRIBUTES[facet]] };
      const facetFilter = buildFilter(request.filters, facet);
      if (facetFilter) query.filter = facetFilter;
      return query;
    });

    const params: MultiSearchParams = { queries: [main, ...facetQueries] };
    const response = await this.#run(() => this.#searchClient.multiSearch<MultiSearchParams, MeiliDocument>(params));
    const [mainResult, ...facetResults] = response.results;
    if (!mainResult) throw new Error('Meilisearch multi-search returned no results');

    const facets = {} as FacetCounts;
    for (const facet of FACET_NAMES) {
      const attribute = FACET_ATTRIBUTES[facet];
      const activeIndex = active.indexOf(facet);
      const distribution = activeIndex >= 0 ? facetResults[activeIndex]?.facetDistribution : mainResult.facetDistribution;
      facets[facet] = sortFacetValues(distribution?.[attribute]);
    }

    const hits = mainResult.hits.map((hit) => ({
      id: String(hit.id),
      score: hit._rankingScore ?? 0,
      highlights: highlightsFrom(hit._formatted as Record<string, unknown> | undefined),
    }));

    return {
      total: mainResult.totalHits ?? mainResult.estimatedTotalHits ?? hits.length,
      hits,
      facets,
      // Meilisearch has no did-you-mean: it silently matches typos instead (typoTolerance), so a
      // misspelt query already finds the cases its correction would. There is no suggestion to offer.
      suggestion: null,
    };
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
