/**
 * Result shaping for the Meilisearch engine: highlights (`_formatted` → safe HTML snippets), facet
 * counts, pagination parameters, and the documents as the index stores them. Pure functions.
 */
import type { EngineHighlight, SearchDocument } from './search-engine.js';
import { escapeHtml } from './snippets.js';

/** What the index stores: a SearchDocument with publishedAt as unix seconds (sortable). */
export type MeiliDocument = Omit<SearchDocument, 'publishedAt'> & { publishedAt: number };

export const HIGHLIGHT_FIELDS: EngineHighlight['field'][] = ['title', 'summary', 'challenge', 'sections', 'places'];
/** At most this many matching sections in the `sections` snippet (PostgreSQL: MaxFragments=2). */
const MAX_SECTION_PASSAGES = 2;
/** Highlight tags Meilisearch inserts: control characters that cannot survive HTML escaping by accident. */
export const HIGHLIGHT_PRE = '\u0001';
export const HIGHLIGHT_POST = '\u0002';
/** Upper bounds of one addDocuments payload (Meilisearch accepts 100 MB by default). */
const BATCH_MAX_BYTES = 8 * 1024 * 1024;
const BATCH_MAX_DOCUMENTS = 500;

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

/**
 * One hit's `_formatted` objects from several alternatives of an OR query, each highlighting its own
 * words → one object: per field, the first value that contains a match, else the first value.
 */
export function mergeFormatted(records: Record<string, unknown>[]): Record<string, unknown> | undefined {
  if (records.length === 0) return undefined;
  const matches = (value: unknown) =>
    typeof value === 'string' ? hasMatch(value) : Array.isArray(value) && value.some((item) => typeof item === 'string' && hasMatch(item));
  const merged: Record<string, unknown> = { ...records[0] };
  for (const field of HIGHLIGHT_FIELDS) {
    const matching = records.find((record) => matches(record[field]));
    if (matching) merged[field] = matching[field];
  }
  return merged;
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
