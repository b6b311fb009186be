import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { cardsToIndex, toSearchDocuments } from './search-document.js';
import type { SearchEngine } from './search-engine.js';

/**
 * Makes every engine agree with the database for these cards: published ones are (re)indexed, all others
 * removed. Idempotent, so a job delivered twice does no harm.
 */
export async function syncCases(em: EntityManager, engines: SearchEngine[], caseIds: string[]): Promise<void> {
  if (caseIds.length === 0) return;
  const fork = em.fork();
  const cards = await cardsToIndex(fork, caseIds);
  const documents = await toSearchDocuments(fork, cards);
  const published = new Set(cards.map((card) => card.id));
  const gone = caseIds.filter((id) => !published.has(id));
  for (const engine of engines) {
    await engine.index(documents);
    await engine.remove(gone);
  }
}

/** Index batches in flight at once: loading the next batch and two upserts keep two cores busy. */
const REINDEX_CONCURRENCY = 2;

/** Rebuilds an engine from every published card, in batches, reporting progress. Returns the count. */
export async function reindexAll(
  em: EntityManager,
  engine: SearchEngine,
  onProgress: (done: number, total: number) => void = () => undefined,
  batchSize = 500,
): Promise<number> {
  const fork = em.fork();
  const total = await fork.count(CaseCard, { status: CaseStatus.PUBLISHED });
  await engine.clear();
  let done = 0;
  let lastId: string | null = null;
  const inFlight = new Set<Promise<void>>();
  for (;;) {
    const batch: CaseCard[] = await fork.find(
      CaseCard,
      { status: CaseStatus.PUBLISHED, ...(lastId ? { id: { $gt: lastId } } : {}) },
      { populate: ['network', 'cities'], orderBy: { id: 'asc' }, limit: batchSize },
    );
    if (batch.length === 0) break;
    lastId = batch.at(-1)!.id;
    const documents = await toSearchDocuments(fork, batch);
    fork.clear();
    const indexing: Promise<void> = engine.index(documents).then(() => {
      inFlight.delete(indexing);
      done += documents.length;
      onProgress(done, total);
    });
    inFlight.add(indexing);
    if (inFlight.size >= REINDEX_CONCURRENCY) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return done;
}
