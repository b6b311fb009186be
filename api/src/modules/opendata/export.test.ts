import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildCasebookSchema } from '../../schema.js';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { completeInput, createCard, ok, REVIEW, SUBMIT } from '../cases/curation.fixtures.js';
import { CSV_COLUMNS } from './case-record.js';
import { csvRows, DEMO_SLUGS, fetchText, jsonLines } from './opendata.fixtures.js';

/** GET /export/cases.csv and .jsonl: published cards only, filters as searchCases takes them, no emails, streamed. */
const A = 'uclg-transparency';
let api: TestApi;
let editor: TestClient;
let coordinator: TestClient;
let publishedSlug = '';
let draftSlug = '';

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']] });
  coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
  // A published card whose contact has an email address (stored, shown to signed-in viewers only), and a draft.
  const published = await createCard(editor, { ...completeInput(A, 'Quokkaville open budget; "every line" | mapped'), summary: 'Semicolons; pipes | and\nnew lines.' });
  ok(await editor.gql(SUBMIT, { id: published.id }));
  ok(await coordinator.gql(REVIEW, { id: published.id, decision: 'APPROVE' }));
  publishedSlug = published.slug;
  draftSlug = (await createCard(editor, completeInput(A, 'Zebracorn secret draft'))).slug;
  await api.waitForIndexing();
});
afterAll(() => api?.close());

describe('GET /export/cases.csv', () => {
  it('streams every published card as CSV with the documented columns, and no draft', async () => {
    const { status, headers, text } = await fetchText(api, '/export/cases.csv');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="casebook-cases.csv"');
    expect(headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"; title="CC-BY-4.0"');
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = csvRows(text);
    expect(rows.map((row) => row.slug).sort()).toEqual([...DEMO_SLUGS, publishedSlug].sort());
    expect(text).not.toContain('Zebracorn');
    expect(text).not.toContain(draftSlug);
    // Newest published first.
    expect(rows[0]!.slug).toBe(publishedSlug);
  });

  it('joins lists as documented and escapes separators inside values', async () => {
    const rows = csvRows((await fetchText(api, '/export/cases.csv')).text);
    const joburg = rows.find((row) => row.slug === 'johannesburg-tshwane-mapping-informal-transit')!;
    expect(joburg).toMatchObject({
      network: A,
      licence: 'CC-BY-4.0',
      language: 'en',
      cities: 'Johannesburg|ZA; Tshwane (Pretoria)|ZA',
      countries: 'ZA',
      regions: 'Africa',
      sdgs: '10; 11',
      themes: 'urban-planning; social-inclusion; open-data',
      contacts: 'Where Is My Transport team|Data collection partner|Where Is My Transport',
      links: '',
      yearStarted: '',
      url: 'http://localhost:3000/cases/johannesburg-tshwane-mapping-informal-transit',
    });
    const french = rows.find((row) => row.slug === 'johannesburg-tshwane-cartographier-le-transport-informel')!;
    expect(joburg.translations).toBe(`fr|${french.id}`);
    expect(french.translations).toBe(`en|${joburg.id}`);
    const mine = rows.find((row) => row.slug === publishedSlug)!;
    expect(mine.title).toBe('Quokkaville open budget; "every line" | mapped');
    expect(mine.summary).toBe('Semicolons; pipes | and\nnew lines.');
    expect(mine.cities).toBe('Porto Alegre|BR');
    expect(mine.contacts).toBe('Budget office|Team|City hall');
    expect(mine.links).toBe('Portal|https://example.org/budget');
    expect(mine.yearStarted).toBe('2019');
  });

  it('never carries contacts\' email addresses', async () => {
    const signedIn = ok(await editor.gql(`query($slug: String!) { case(slug: $slug) { contacts { email } } }`, { slug: publishedSlug }));
    expect(signedIn.case.contacts[0].email).toBe('budget@example.org');
    for (const path of ['/export/cases.csv', '/export/cases.jsonl']) {
      const { text } = await fetchText(api, path);
      expect(text).not.toMatch(/budget@example\.org/i);
      expect(text).not.toMatch(/email/i);
    }
  });
});

describe('GET /export/cases.jsonl', () => {
  it('streams one JSON object per published card, with arrays for lists', async () => {
    const { status, headers, text } = await fetchText(api, '/export/cases.jsonl');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/x-ndjson');
    expect(headers.get('content-disposition')).toBe('attachment; filename="casebook-cases.jsonl"');
    expect(headers.get('link')).toContain('rel="license"');
    expect(text.endsWith('\n')).toBe(true);
    const records = jsonLines(text);
    expect(records).toHaveLength(DEMO_SLUGS.length + 1);
    expect(Object.keys(records[0]!)).toEqual([...CSV_COLUMNS]);
    const paris = records.find((record) => record.slug === 'paris-co-created-climate-action-plan')!;
    expect(paris).toMatchObject({
      network: 'ogp-local',
      sdgs: [7, 11, 13],
      cities: [{ name: 'Paris', country: 'FR' }],
      countries: ['FR'],
      regions: ['Europe'],
      contacts: [{ name: 'Climate, Energy and Circular Economy Division', role: 'Division head', organisation: 'Urban Ecology Agency, City of Paris' }],
      translations: [],
      yearStarted: 2016,
      licence: 'CC-BY-4.0',
      publishedAt: '2025-01-15T00:00:00.000Z',
    });
    expect(paris.challenge).toContain('roughly 60% of humanity');
  });
});

describe('filters', () => {
  const slugsOf = async (query: string): Promise<string[]> => {
    const { status, text } = await fetchText(api, `/export/cases.jsonl?${query}`);
    expect(status).toBe(200);
    return jsonLines(text).map((record) => record.slug).sort();
  };

  const listed = async (filter: string): Promise<string[]> =>
    ok(await api.gql(`query { cases(filter: ${filter}, first: 100) { edges { node { slug } } } }`)).cases.edges.map((edge: any) => edge.node.slug).sort();

  it.each([
    ['sdg=13', '{ sdgs: [13] }', ['paris-co-created-climate-action-plan', 'seoul-open-and-big-data-on-environment']],
    ['sdg=13&sdg=17', '{ sdgs: [13, 17] }', ['madrid-consul-project-global-participation-platform', 'paris-co-created-climate-action-plan', 'seoul-open-and-big-data-on-environment']],
    ['region=Africa', '{ regions: ["Africa"] }', ['johannesburg-tshwane-cartographier-le-transport-informel', 'johannesburg-tshwane-mapping-informal-transit']],
    ['country=fr', '{ countries: ["fr"] }', ['paris-co-created-climate-action-plan']],
    ['network=ogp-local&theme=climate-action', '{ networks: ["ogp-local"], themes: ["climate-action"] }', ['paris-co-created-climate-action-plan']],
    ['sdg=11&region=Americas&region=Asia', '{ sdgs: [11], regions: ["Americas", "Asia"] }', null],
  ])('?%s selects what the cases list selects', async (query, filter, expected) => {
    const exported = await slugsOf(query);
    expect(exported).toEqual(await listed(filter));
    if (expected) expect(exported).toEqual(expected);
    else expect(exported).toEqual(expect.arrayContaining(['bogota-attention-model-for-the-informal-economy', 'seoul-open-and-big-data-on-environment', publishedSlug]));
  });

  it('exports a search result (?q=) in relevance order, with filters', async () => {
    const { headers, text } = await fetchText(api, '/export/cases.csv?q=minibus+taxi&network=uclg-transparency');
    expect(headers.get('content-disposition')).toBe('attachment; filename="casebook-cases-selection.csv"');
    const slugs = csvRows(text).map((row) => row.slug);
    expect(slugs[0]).toBe('johannesburg-tshwane-mapping-informal-transit');
    const search = ok(await api.gql(`query { searchCases(input: { query: "minibus taxi", networks: ["uclg-transparency"], first: 100 }) { hits { case { slug } } } }`));
    expect(slugs).toEqual(search.searchCases.hits.map((hit: any) => hit.case.slug));
    expect(await slugsOf('q=Zebracorn')).toEqual([]);
  });

  it('the exports of one network carry that network\'s licence', async () => {
    const response = await fetchText(api, '/export/cases.csv?network=ogp-local');
    expect(new Set(csvRows(response.text).map((row) => row.licence))).toEqual(new Set(['CC-BY-4.0']));
  });
});

describe('refused requests', () => {
  it.each([
    ['sdg=19', [{ parameter: 'sdg', value: '19' }], /Unknown sdg value: 19/],
    ['sdg=11&sdg=abc&sdg=0', [{ parameter: 'sdg', value: 'abc' }, { parameter: 'sdg', value: '0' }], /^Unknown sdg values: abc, 0\. /],
    ['region=Narnia&country=QQ', [{ parameter: 'region', value: 'Narnia' }, { parameter: 'country', value: 'QQ' }], /Narnia.*QQ/],
    ['network=nobody&theme=alchemy', [{ parameter: 'network', value: 'nobody' }, { parameter: 'theme', value: 'alchemy' }], /nobody.*alchemy/],
    ['colour=red&sdg=11', [{ parameter: 'colour', value: 'red' }], /Unknown parameter "colour"/],
    ['sdgs=11', [{ parameter: 'sdgs', value: '11' }], /Unknown parameter "sdgs"/],
    [`q=${'x'.repeat(501)}`, [{ parameter: 'q', value: `${'x'.repeat(60)}…` }], /501 characters/],
  ])('a refused query string answers 400 naming each bad parameter and value (%#)', async (query, invalid, message) => {
    for (const path of ['/export/cases.csv', '/export/cases.jsonl', '/feeds/cases.atom']) {
      const { status, headers, text } = await fetchText(api, `${path}?${query}`);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(text);
      expect(body.error).toBe('BAD_USER_INPUT');
      expect(body.invalid).toEqual(invalid);
      expect(body.message).toMatch(message);
    }
  });

  it('gives the same verdict as searchCases for the same values', async () => {
    const graphql = await api.gql(`query { searchCases(input: { sdgs: [19] }) { total } }`);
    expect(graphql.errors?.[0]?.message).toBe('Unknown sdgs value: 19. SDGs are numbered 1 to 17.');
    const rest = JSON.parse((await fetchText(api, '/export/cases.csv?sdg=19')).text);
    expect(rest.message).toBe('Unknown sdg value: 19. SDGs are numbered 1 to 17.');
  });
});

describe('GET /schema.graphql', () => {
  it('serves the schema as downloadable SDL: printSchema of the built schema, sorted like the committed file', async () => {
    const { status, headers, text } = await fetchText(api, '/schema.graphql');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="casebook.graphql"');
    expect(text).toBe(`${printSchema(lexicographicSortSchema(await buildCasebookSchema()))}\n`);
    expect(text).toContain('linkTranslation(');
    expect(text).toContain('type Licence');
  });
});
