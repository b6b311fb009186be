import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { EXPORT_BATCH_SIZE } from './export-source.js';

/**
 * Exports stream in constant memory: halfway through an export whose reader has stopped, the server holds
 * about one batch of cards, whether the export has 2,000 cards or 10,000 (the heap is measured after a full
 * garbage collection; the API runs in this process). A buffering export would hold every card by then.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const TEXT = 'Residents mapped every informal route and the city opened the data as a living map. '.repeat(30); // ~2.5 kB
const SMALL = 2000;
const LARGE = 10_000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ worker: false, demoData: false });
  const connection = api.orm.em.getConnection();
  await connection.execute(`insert into cities (id, name, country, region, subregion) values (gen_random_uuid(), 'Lisbon', 'PT', 'Europe', 'Southern Europe')`);
  for (const [slug, count] of [['small', SMALL], ['large', LARGE]] as const) {
    await connection.execute(`insert into networks (id, slug, name) values (gen_random_uuid(), ?, ?)`, [slug, `Network ${slug}`]);
    await connection.execute(
      `insert into case_cards (id, slug, network_id, title, summary, challenge, approach, lessons, sdgs, themes, status, published_at)
       select gen_random_uuid(), ? || '-' || n, (select id from networks where slug = ?), 'Card ' || n, 'Summary ' || n, ? || n, ?, ?, '{11,16}', '{open-data}',
              'PUBLISHED', now() - (n || ' minutes')::interval
         from generate_series(1, ?) n`,
      [slug, slug, TEXT, TEXT, TEXT, count],
    );
  }
  await connection.execute(`insert into case_card_cities (case_card_id, city_id) select c.id, (select id from cities limit 1) from case_cards c`);
}, 120_000);
afterAll(() => api?.close());

const megabytes = (bytes: number): number => Math.round(bytes / 1e5) / 10;

/** Reads an export, pausing halfway to measure what the heap retains then; answers that and the bytes read. */
async function exportPausedHalfway(path: string, expectedBytes: number): Promise<{ bytes: number; retained: number }> {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  const response = await fetch(`${api.url}${path}`);
  const reader = response.body!.getReader();
  let bytes = 0;
  let retained = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (retained < 0 && bytes > expectedBytes / 2) {
      // The server fills the socket, then waits for this reader: whatever it keeps now, it keeps for the whole
      // export. Two samples, the smaller kept: a busy machine may still be moving the last chunk at the first.
      const samples: number[] = [];
      for (const wait of [300, 300]) {
        await new Promise((resolve) => setTimeout(resolve, wait));
        gc();
        samples.push(process.memoryUsage().heapUsed - baseline);
      }
      retained = Math.min(...samples);
    }
  }
  return { bytes, retained };
}

it.each(['csv', 'jsonl'])('holds about one batch of cards halfway through a %s export, however large the export', async (format) => {
  const small = await exportPausedHalfway(`/export/cases.${format}?network=small`, SMALL * TEXT.length * 3);
  const large = await exportPausedHalfway(`/export/cases.${format}?network=large`, LARGE * TEXT.length * 3);
  const batchBytes = EXPORT_BATCH_SIZE * TEXT.length * 3;
  console.log(`${format}: ${SMALL} cards ${megabytes(small.bytes)} MB, ${megabytes(small.retained)} MB retained halfway; ${LARGE} cards ${megabytes(large.bytes)} MB, ${megabytes(large.retained)} MB retained halfway (one batch of text: ${megabytes(batchBytes)} MB)`);
  expect(large.bytes).toBeGreaterThan(4.5 * small.bytes);
  expect(large.bytes).toBeGreaterThan(LARGE * TEXT.length * 3);
  // Flat: five times the cards, at most a batch in flight more (the pause may fall while the next one loads).
  expect(large.retained).toBeLessThan(Math.max(small.retained, batchBytes) + 2 * batchBytes);
  // Far below the export itself (half of it is sent already: a buffering export would hold all of it).
  expect(large.retained).toBeLessThan(large.bytes / 4);
}, 120_000);
