import { createContext } from '../../context.js';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { Network } from '../networks/network.entity.js';
import { CSV_COLUMNS, type CaseRecord } from './case-record.js';
import { importCases } from './import/import-cases.js';
import { csvRows, DEMO_SLUGS, fetchText, jsonLines } from './opendata.fixtures.js';

/**
 * Export → import into another network → export again: the two exports agree on every column but those
 * that name the copy (documented in docs/open-data.md): id, externalId, slug, url, network, updatedAt — and
 * translations, which name the copies' ids.
 */
const DIFFERENT = new Set(['id', 'externalId', 'slug', 'url', 'network', 'updatedAt', 'translations']);
const SAME = CSV_COLUMNS.filter((column) => !DIFFERENT.has(column));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  for (const slug of ['copy-csv', 'copy-jsonl']) em.create(Network, { slug, name: `Copy (${slug})` });
  await em.flush();
});
afterAll(() => api?.close());

const importInto = (network: string, content: string, name: string) =>
  importCases(createContext({ em: api.orm.em, logger: api.logger, requestId: 'round-trip', search: api.search, accounts: api.accounts }), { network, source: { content, name }, publish: true });

it.each([
  ['csv', 'copy-csv'],
  ['jsonl', 'copy-jsonl'],
] as const)('a %s export imports back unchanged', async (format, copy) => {
  // The demo networks only: the other copy's cards carry the same external ids.
  const original = (await fetchText(api, `/export/cases.${format}?network=uclg-transparency&network=ogp-local`)).text;
  const report = await importInto(copy, original, `cases.${format}`);
  expect(report).toMatchObject({ rows: DEMO_SLUGS.length, created: DEMO_SLUGS.length, problems: [], warnings: [], linkedTranslations: 1, committed: true });
  await api.waitForIndexing();

  const again = (await fetchText(api, `/export/cases.${format}?network=${copy}`)).text;
  if (format === 'csv') {
    const before = csvRows(original);
    const after = csvRows(again);
    expect(after).toHaveLength(before.length);
    const copyOf = new Map(after.map((row) => [row.externalId, row]));
    const idOfCopy = new Map(after.map((row) => [row.id, row.externalId]));
    for (const row of before) {
      const copied = copyOf.get(row.id)!;
      expect(Object.fromEntries(SAME.map((column) => [column, copied[column]]))).toEqual(Object.fromEntries(SAME.map((column) => [column, row[column]])));
      expect(copied.network).toBe(copy);
      // The copies' translations name the copies, which name the originals in their externalId.
      expect(copied.translations.replace(/\|([0-9a-f-]{36})/g, (_match, id: string) => `|${idOfCopy.get(id)}`)).toBe(row.translations);
    }
    // The same order: newest published first, publication dates kept.
    expect(after.map((row) => row.externalId)).toEqual(before.map((row) => row.id));
  } else {
    const before = jsonLines(original);
    const after = jsonLines(again);
    const copyOf = new Map(after.map((record) => [record.externalId, record]));
    const idOfCopy = new Map(after.map((record) => [record.id, record.externalId]));
    const same = (record: CaseRecord) => Object.fromEntries(SAME.map((key) => [key, record[key]]));
    for (const record of before) {
      const copied = copyOf.get(record.id)!;
      expect(same(copied)).toEqual(same(record));
      expect(copied.translations.map((translation) => ({ ...translation, id: idOfCopy.get(translation.id) }))).toEqual(record.translations);
    }
  }

  // Importing the same file again changes nothing.
  expect(await importInto(copy, original, `cases.${format}`)).toMatchObject({ created: 0, updated: 0, unchanged: DEMO_SLUGS.length, linkedTranslations: 0 });
});

it('finds the copies through search, translations included', async () => {
  const result = await api.gql(`query { searchCases(input: { query: "taxis collectifs", networks: ["copy-csv", "copy-jsonl"] }) { total hits { case { language network { slug } } } } }`);
  expect(result.errors).toBeUndefined();
  const hits = result.data!.searchCases.hits.map((hit: any) => `${hit.case.network.slug}:${hit.case.language}`);
  expect(hits.sort()).toEqual(['copy-csv:en', 'copy-csv:fr', 'copy-jsonl:en', 'copy-jsonl:fr']);
});
