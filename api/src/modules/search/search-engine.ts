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
