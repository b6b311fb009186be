import { stringify } from 'csv-stringify/sync';
import { createContext } from '../../../context.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { ok } from '../../cases/curation.fixtures.js';
import { CSV_COLUMNS } from '../case-record.js';
import { importCases, type CaseImportOptions } from './import-cases.js';

/** The cases import: good files and re-runs, dry runs, --publish, and malformed files of every kind. */
const A = 'uclg-transparency';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Row = Record<string, string>;
type Options = Partial<Omit<CaseImportOptions, 'source'>>;

const run = (content: string | Buffer, name: string, options: Options = {}) =>
  importCases(createContext({ em: api.orm.em, logger: api.logger, requestId: 'import-test', search: api.search, accounts: api.accounts }), { network: A, source: { content, name }, ...options });

/** A valid row (every field submission needs); cells override. */
function row(key: string, cells: Row = {}): Row {
  return {
    externalId: key, title: `Card ${key}`, summary: `About ${key}.`, language: 'en', cities: 'Lisbon|PT', sdgs: '11; 16', themes: 'open-data',
    challenge: 'A challenge.', approach: 'An approach.', contacts: 'Data team|Lead|City of Lisbon', links: 'Portal|https://example.org/portal?a=1&b=2', yearStarted: '2020',
    ...cells,
  };
}
const csvOf = (rows: Row[], columns = Object.keys(rows[0] ?? row('x'))) => stringify(rows, { header: true, columns });
const jsonlOf = (records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n');

async function cardsWithKeys(prefix: string): Promise<{ external_id: string; status: string; title: string }[]> {
  return api.orm.em.getConnection().execute(`select external_id, status, title from case_cards where external_id like ? order by external_id`, [`${prefix}%`]);
}

describe('a good file', () => {
  it('imports drafts, changes nothing on a re-run, and updates the rows whose content changed', async () => {
    const file = csvOf([row('G-1'), row('G-2', { cities: 'Porto|PT; Lisbon|PT', sdgs: '5' })]);
    const first = await run(file, 'cards.csv');
    expect(first).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0, rejectedRows: 0, problems: [], committed: true, publish: false });
    expect(await cardsWithKeys('G-')).toEqual([
      { external_id: 'G-1', status: 'DRAFT', title: 'Card G-1' },
      { external_id: 'G-2', status: 'DRAFT', title: 'Card G-2' },
    ]);
    const again = await run(file, 'cards.csv');
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, committed: true });

    const edited = csvOf([row('G-1'), row('G-2', { cities: 'Porto|PT; Lisbon|PT', sdgs: '5', title: 'Card G-2, renamed' })]);
    expect(await run(edited, 'cards.csv')).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect((await cardsWithKeys('G-2'))[0]!.title).toBe('Card G-2, renamed');
    const revisions = await api.orm.em.getConnection().execute(`select r.kind, r.changed_fields from case_revisions r join case_cards c on c.id = r.card_id where c.external_id = 'G-2' order by r.created_at`);
    expect(revisions).toEqual([{ kind: 'CREATED', changed_fields: expect.arrayContaining(['title', 'cities']) }, { kind: 'EDITED', changed_fields: ['title'] }]);
    const events = await api.orm.em.getConnection().execute(`select details from audit_events where action = 'case.import' order by created_at`);
    expect(events.map((event: any) => event.details)).toEqual([
      { rows: '2-3', created: 2, updated: 0, unchanged: 0 },
      { rows: '2-3', created: 0, updated: 0, unchanged: 2 },
      { rows: '2-3', created: 0, updated: 1, unchanged: 1 },
    ]);
  });

  it('writes nothing in a dry run, yet counts what it would do', async () => {
    const report = await run(jsonlOf([{ externalId: 'D-1', title: 'Dry card', sdgs: [11] }, { externalId: 'G-1', ...rowAsJson(row('G-1')) }]), 'cards.jsonl', { dryRun: true });
    expect(report).toMatchObject({ rows: 2, created: 1, unchanged: 1, committed: false, dryRun: true, cardIds: [] });
    expect(await cardsWithKeys('D-')).toEqual([]);
  });

  it('publishes with --publish, keeps the file\'s first publication date, and makes the cards searchable', async () => {
    const report = await run(csvOf([row('P-1', { title: 'Pangolin participatory budget', publishedAt: '2021-03-04T00:00:00.000Z' }), row('G-1')]), 'cards.csv', { publish: true });
    expect(report).toMatchObject({ created: 1, updated: 1, committed: true });
    expect((await cardsWithKeys('P-'))[0]!.status).toBe('PUBLISHED');
    expect((await cardsWithKeys('G-1'))[0]!.status).toBe('PUBLISHED');
    await api.waitForIndexing();
    const found = ok(await api.gql(`query { searchCases(input: { query: "pangolin" }) { hits { case { title publishedAt author { id } } } } }`));
    expect(found.searchCases.hits).toEqual([{ case: { title: 'Pangolin participatory budget', publishedAt: '2021-03-04T00:00:00.000Z', author: null } }]);
    // Without --publish a re-run leaves published cards published.
    expect(await run(csvOf([row('P-1', { title: 'Pangolin participatory budget' })]), 'cards.csv')).toMatchObject({ unchanged: 1 });
    expect((await cardsWithKeys('P-'))[0]!.status).toBe('PUBLISHED');
  });

  it('keeps the contacts\' email addresses a file cannot carry', async () => {
    await api.orm.em.getConnection().execute(`update case_cards set contacts = '[{"name":"Data team","role":"Lead","organisation":"City of Lisbon","email":"data@lisbon.example"}]' where external_id = 'G-1'`);
    expect(await run(csvOf([row('G-1')]), 'cards.csv')).toMatchObject({ unchanged: 1 });
    const [card] = await api.orm.em.getConnection().execute(`select contacts from case_cards where external_id = 'G-1'`);
    expect(card.contacts[0].email).toBe('data@lisbon.example');
  });

  it('links the translations the file names, and warns about those it cannot find', async () => {
    const file = jsonlOf([
      { externalId: 'T-en', title: 'Toucan open data', language: 'en', translations: [{ language: 'es', id: 'T-es' }] },
      { id: 'T-es', title: 'Datos abiertos Tucán', language: 'es', translations: [{ language: 'en', id: 'T-en' }, { language: 'fr', id: 'nowhere' }] },
    ]);
    const report = await run(file, 'cards.jsonl');
    expect(report).toMatchObject({ created: 2, linkedTranslations: 1, problems: [] });
    expect(report.warnings).toEqual([{ row: 2, field: 'translations', reason: expect.stringMatching(/no card "nowhere"/) }]);
    const groups = await api.orm.em.getConnection().execute<{ translation_group: string }[]>(`select translation_group from case_cards where external_id in ('T-en', 'T-es')`);
    expect(groups[0]!.translation_group).toBeTruthy();
    expect(groups[0]!.translation_group).toBe(groups[1]!.translation_group);
    expect(await run(file, 'cards.jsonl')).toMatchObject({ unchanged: 2, linkedTranslations: 0 });
  });
});

function rowAsJson(cells: Row): Record<string, unknown> {
  return {
    ...cells, sdgs: cells.sdgs!.split('; ').map(Number), themes: [cells.themes], cities: [{ name: 'Lisbon', country: 'PT' }],
    contacts: [{ name: 'Data team', role: 'Lead', organisation: 'City of Lisbon' }], links: [{ label: 'Portal', url: 'https://example.org/portal?a=1&b=2' }], yearStarted: 2020,
  };
}

describe('a malformed file', () => {
  const expectNothingFrom = async (prefix: string) => expect(await cardsWithKeys(prefix)).toEqual([]);

  it('refuses a header with a missing required column or an unknown one, importing nothing', async () => {
    const missing = await run(csvOf([{ externalId: 'H-1', summary: 'no title column' }]), 'cards.csv');
    expect(missing).toMatchObject({ committed: false, created: 0 });
    expect(missing.problems).toEqual([{ row: 1, field: 'title', reason: 'missing required column.' }]);
    const unknown = await run(csvOf([{ ...row('H-2'), colour: 'red' }]), 'cards.csv');
    expect(unknown.problems).toEqual([{ row: 1, field: 'colour', reason: expect.stringMatching(/^unknown column; the columns are id, externalId/) }]);
    const noKey = await run('title,summary\r\nA,B\r\n', 'cards.csv');
    expect(noKey.problems).toEqual([{ row: 1, field: 'externalId', reason: expect.stringMatching(/needs an id or an externalId/) }]);
    await expectNothingFrom('H-');
  });

  it('refuses bytes that are not UTF-8, naming the line, and imports nothing of the file', async () => {
    const good = csvOf([row('E-1'), row('E-2'), row('E-3')]);
    const bad = Buffer.concat([Buffer.from(good.replace(/\n$/, '').split('\n').slice(0, 3).join('\n'), 'utf8'), Buffer.from('\nE-4,Caf\xe9 latin-1,x\n', 'latin1')]);
    const report = await run(bad, 'cards.csv');
    expect(report).toMatchObject({ committed: false, created: 0 });
    expect(report.problems).toEqual([{ row: 4, field: '(file)', reason: expect.stringMatching(/^line 4 has a byte \(0xE9\) that is not valid UTF-8/) }]);
    await expectNothingFrom('E-');
  });

  it('accepts a byte order mark, and UTF-16 files with or without one', async () => {
    expect(await run(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf([row('B-8')]))]), 'cards.csv')).toMatchObject({ created: 1, problems: [] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvOf([row('B-16', { title: 'Çà et là: ünïcödé' })]), 'utf16le')]);
    expect(await run(utf16, 'cards.csv')).toMatchObject({ created: 1, problems: [] });
    expect(await run(Buffer.from(jsonlOf([{ externalId: 'B-16be', title: 'Sans BOM' }]), 'utf16le'), 'cards.jsonl')).toMatchObject({ created: 1, problems: [] });
    expect((await cardsWithKeys('B-')).map((card) => card.title).sort()).toEqual(['Card B-8', 'Sans BOM', 'Çà et là: ünïcödé']);
  });

  it('rejects a row with a 2 MB cell with a clear reason, and imports the others', async () => {
    const report = await run(csvOf([row('S-1'), row('S-2', { challenge: 'x'.repeat(2_000_000) }), row('S-3')]), 'cards.csv');
    expect(report).toMatchObject({ rows: 3, created: 2, rejectedRows: 1, committed: true });
    expect(report.problems).toEqual([{ row: 3, field: 'challenge', reason: '2000000 characters long; at most 20000 are allowed.' }]);
    expect((await cardsWithKeys('S-')).map((card) => card.external_id)).toEqual(['S-1', 'S-3']);
  });

  it('refuses a file with an unterminated quote, importing nothing', async () => {
    const report = await run(`${csvOf([row('Q-1')])}Q-2,"unclosed title\n`, 'cards.csv');
    expect(report).toMatchObject({ committed: false, created: 0 });
    expect(report.problems).toEqual([{ row: 3, field: '(file)', reason: expect.stringMatching(/^not a readable CSV file: Quote Not Closed/) }]);
    await expectNothingFrom('Q-');
  });

  it('rejects an invalid JSON line, a line that is not an object, unknown keys and wrong types, and imports the rest', async () => {
    const lines = [
      JSON.stringify({ externalId: 'J-1', title: 'Good one' }),
      '{"externalId": "J-2", "title": "cut short"',
      '["J-3"]',
      JSON.stringify({ externalId: 'J-4', title: 'Typo', colour: 'red' }),
      JSON.stringify({ externalId: 'J-5', title: 'Wrong types', sdgs: '11', cities: [{ name: 'Lisbon' }], summary: 42 }),
      '',
      JSON.stringify({ externalId: 'J-7', title: 'Good two' }),
    ];
    const report = await run(lines.join('\n'), 'cards.jsonl');
    expect(report).toMatchObject({ rows: 6, created: 2, rejectedRows: 4, committed: true });
    expect(report.problems.map((problem) => [problem.row, problem.field])).toEqual([[2, '(row)'], [3, '(row)'], [4, 'colour'], [5, 'summary'], [5, 'sdgs'], [5, 'cities']]);
    expect(report.problems[0]!.reason).toMatch(/^not valid JSON/);
    expect((await cardsWithKeys('J-')).map((card) => card.external_id)).toEqual(['J-1', 'J-7']);
  });

  it('reports every field a row fails the card validation on, and a key given twice', async () => {
    const report = await run(
      csvOf([
        row('V-1', { sdgs: '11; 19; eleven', cities: 'Atlantis|XX; Lisbon', themes: 'alchemy', links: 'Portal|ftp://example.org', language: 'xx', yearStarted: '1492' }),
        row('V-2', { title: '', externalId: '' }),
        row('V-3'),
        row('V-3', { title: 'Again' }),
      ]),
      'cards.csv',
    );
    expect(report.problems.map((problem) => `${problem.row} ${problem.field}`)).toEqual([
      '2 sdgs', '2 cities', '2 sdgs', '2 themes', '2 language', '2 yearStarted', '2 cities', '2 links',
      '3 externalId', '3 title',
      '5 externalId',
    ]);
    const reasons = report.problems.map((problem) => problem.reason).join('\n');
    expect(reasons).toContain('"eleven" is not an SDG number.');
    expect(reasons).toContain('unknown SDG 19.');
    expect(reasons).toContain('item 1, country: unknown country "XX"');
    expect(reasons).toContain('"V-3" is already on row 4');
    expect(report).toMatchObject({ created: 1, rejectedRows: 3 });
    expect((await cardsWithKeys('V-')).map((card) => card.title)).toEqual(['Card V-3']);
  });

  it('with --publish, rejects rows that could not be submitted', async () => {
    const report = await run(csvOf([row('R-1', { challenge: '', cities: '' })]), 'cards.csv', { publish: true });
    expect(report.problems.map((problem) => [problem.field, problem.reason])).toEqual([['cities', 'add at least one city.'], ['challenge', 'describe the challenge.']]);
    await expectNothingFrom('R-');
  });

  it('names a CSV row with the wrong number of cells', async () => {
    const report = await run(`${csvOf([row('C-1')])}C-2,only two\r\n`, 'cards.csv');
    expect(report.problems).toEqual([{ row: 3, field: '(row)', reason: `2 cells where the header has ${Object.keys(row('x')).length}.` }]);
    expect(CSV_COLUMNS).toEqual(expect.arrayContaining(Object.keys(row('x'))));
  });
});
