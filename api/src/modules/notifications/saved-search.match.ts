import { and, cityConditions, facetConditions, SqlParams, tsqueryFor, yearConditions } from '../search/postgres-sql.js';
import { parseQuery } from '../search/search-query.js';
import type { JobDb } from './job-db.js';
import { NO_SAVED_FILTERS, type SavedFilters } from './saved-search.entity.js';

/** Saved searches checked per SQL statement. */
const CHUNK = 50;
/** Followed saved searches read per page. */
const PAGE = 500;

export interface FollowedSavedSearch {
  id: string;
  name: string;
  query: string;
  filters: Partial<SavedFilters>;
  followerId: string;
}

/** Thrown while the card is not yet in the search index: the fan-out job is retried with backoff. */
export class NotYetIndexedError extends Error {
  constructor(caseId: string) {
    super(`card ${caseId} is not in the search index yet; the notification job will be retried`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The indexing job and this one run in any order. A short wait covers the usual case (indexing takes
 * milliseconds); past it, the job fails and pg-boss retries it with backoff.
 */
export async function waitUntilIndexed(db: JobDb, caseId: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rowCount } = await db.query('select 1 from search_documents where case_id = $1', [caseId]);
    if (rowCount) return;
    if (Date.now() > deadline) throw new NotYetIndexedError(caseId);
    await sleep(150);
  }
}

/**
 * One statement checks a chunk of saved searches against the one card: for each, the PostgreSQL engine's
 * own conditions (the parsed query's tsquery, the facet, year and city filters) over that card's search document
 * only. Typo corrections, which a live search adds for unknown words, are left out: a saved search notifies
 * of cards that contain its words.
 */
async function matchChunk(db: JobDb, caseId: string, searches: FollowedSavedSearch[]): Promise<Set<string>> {
  const params = new SqlParams();
  const card = params.add(caseId);
  const parts = searches.map((search) => {
    const filters = { ...NO_SAVED_FILTERS, ...search.filters };
    const tsquery = tsqueryFor(params, parseQuery(search.query), new Map());
    const conditions = and([
      `d.case_id = ${card}::uuid`,
      tsquery ? `d.vec @@ (${tsquery})` : null,
      ...yearConditions(params, filters, 'd'),
      ...cityConditions(params, filters, 'd'),
      ...Object.values(facetConditions(params, filters, 'd')),
    ]);
    return `select ${params.add(search.id)}::uuid as id where exists (select 1 from search_documents d where ${conditions})`;
  });
  const { rows } = await db.query<{ id: string }>(parts.join('\nunion all\n'), params.values);
  return new Set(rows.map((row) => row.id));
}

async function followedSavedSearches(db: JobDb, afterId: string | null): Promise<FollowedSavedSearch[]> {
  const { rows } = await db.query<{ id: string; name: string; query: string; filters: Partial<SavedFilters>; follower_id: string }>(
    `select s.id, s.name, s.query, s.filters, f.user_id as follower_id
       from saved_searches s join follows f on f.target_id = s.id and f.target_kind = 'SAVED_SEARCH'
      where $1::uuid is null or s.id > $1::uuid
      order by s.id limit ${PAGE}`,
    [afterId],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, query: row.query, filters: row.filters, followerId: row.follower_id }));
}

/** Every followed saved search that the (indexed, published) card matches. */
export async function savedSearchesMatching(db: JobDb, caseId: string): Promise<FollowedSavedSearch[]> {
  await waitUntilIndexed(db, caseId);
  const matched: FollowedSavedSearch[] = [];
  let afterId: string | null = null;
  for (;;) {
    const page = await followedSavedSearches(db, afterId);
    if (page.length === 0) return matched;
    afterId = page.at(-1)!.id;
    for (let start = 0; start < page.length; start += CHUNK) {
      const chunk = page.slice(start, start + CHUNK);
      const hits = await matchChunk(db, caseId, chunk);
      matched.push(...chunk.filter((search) => hits.has(search.id)));
    }
  }
}
