/**
 * The one interface every search engine implements. The PostgreSQL engine is the default and the
 * reference; the Meilisearch engine must pass the same contract suite (search.contract.ts).
 */

/** What an engine stores for one published card: text to match, facets to filter and count. */
export interface SearchDocument {
  id: string;
  slug: string;
  title: string;
  summary: string;
  challenge: string;
  /** approach, innovation, openGovernment and lessons, in that order */
  sections: string[];
  /** city names, country names and regions, e.g. ["Bogotá", "Colombia", "Americas"] */
  places: string[];
  /** contacts' organisations */
  organisations: string[];
  networkSlug: string;
  networkName: string;
  language: string;
  sdgs: number[];
  regions: string[];
  countries: string[];
  themes: string[];
  ogpValues: string[];
  /** ids of the card's cities (the `cities` filter, the map's counts) */
  cityIds: string[];
  yearStarted: number | null;
  publishedAt: Date;
}

export type SearchSort = 'RELEVANCE' | 'NEWEST';

/** Facet filters: OR within one facet, AND across facets. Values are already validated. */
export interface SearchFilters {
  sdgs: number[];
  regions: string[];
  countries: string[];
  networks: string[];
  themes: string[];
  ogpValues: string[];
  languages: string[];
  yearFrom: number | null;
  yearTo: number | null;
  /**
   * City ids (OR). Not a facet: no counts of its own, it applies to every facet's counts like the years.
   * Optional so that callers written before it need not change; absent or empty: any city.
   */
  cities?: string[];
}

export const FACET_NAMES = ['sdgs', 'regions', 'countries', 'networks', 'themes', 'ogpValues', 'languages'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchRequest {
  /** Raw user text (≤ 500 chars), in web-search syntax: "quoted phrase", -exclusion, OR. Empty: filters only. */
  query: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
}

/** What `tally` can count matches by. */
export type TallyDimension = 'cities' | 'sdgs';

/** The most values a tally returns (the largest counts); Meilisearch's `maxValuesPerFacet` is the same. */
export const TALLY_VALUES_MAX = 500;

export interface TallyRequest {
  /** The same text and filters as a search; no sort or page. */
  query: string;
  filters: SearchFilters;
  by: TallyDimension;
}

/**
 * How the documents matching every filter (conjunctive, unlike facet counts) spread over a dimension:
 * `total` matches, and per value (a city id, an SDG number as text) how many of them carry it, largest
 * first, at most TALLY_VALUES_MAX values.
 */
export interface Tally {
  total: number;
  counts: { value: string; count: number }[];
}

export interface EngineHighlight {
  field: 'title' | 'summary' | 'challenge' | 'sections' | 'places';
  /** Card text with HTML escaped; matches wrapped in <mark>…</mark>; no other markup. */
  snippet: string;
}

export interface EngineHit {
  id: string;
  score: number;
  highlights: EngineHighlight[];
}

/** Disjunctive counts: each facet's counts apply every filter except that facet's own. */
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

export interface EngineResult {
  total: number;
  hits: EngineHit[];
  facets: FacetCounts;
  /** A did-you-mean query when a close spelling of the query's words finds more, else null. */
  suggestion: string | null;
}

export interface Suggestion {
  id: string;
  slug: string;
  title: string;
  places: string[];
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Prepares indexes and settings; safe to call on every start. */
  prepare(): Promise<void>;
  /** Adds or replaces documents (idempotent). */
  index(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  /** Removes every document (before a full reindex). */
  clear(): Promise<void>;
  search(request: SearchRequest): Promise<EngineResult>;
  /** Counts the matches of a search by city or by SDG (the map and the SDG coverage chart). */
  tally(request: TallyRequest): Promise<Tally>;
  /** Search-as-you-type over titles and places: at most `limit` (≤ 10) items. */
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  /** How many documents the engine holds. */
  count(): Promise<number>;
}

/** Thrown by an engine that cannot be reached, so the service can fall back to PostgreSQL. */
export class EngineUnavailableError extends Error {
  constructor(engine: string, cause: unknown) {
    super(`${engine} is unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
