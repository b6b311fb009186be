import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { completeInput, createCard, ok, REVIEW, SUBMIT, UPDATE } from '../cases/curation.fixtures.js';
import { CASE_FEED_ENTRIES } from './case-feed.js';
import { fetchText } from './opendata.fixtures.js';

/** GET /feeds/cases.atom: new and updated published cards, per network, per SDG, per search. */
const A = 'uclg-transparency';
let api: TestApi;
let editor: TestClient;
let coordinator: TestClient;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name) });
const text = (node: any): string => (typeof node === 'string' ? node : node?.['#text'] ?? '');

async function feed(path: string): Promise<{ status: number; type: string | null; xml: string; entries: any[]; parsed: any }> {
  const { status, headers, text: xml } = await fetchText(api, path);
  const parsed = status === 200 ? parser.parse(xml) : null;
  return { status, type: headers.get('content-type'), xml, entries: parsed?.feed?.entry ?? [], parsed };
}

async function publish(title: string, extra: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const card = await createCard(editor, { ...completeInput(A, title), ...extra });
  ok(await editor.gql(SUBMIT, { id: card.id }));
  ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' }));
  return card;
}

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']] });
  coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
});
afterAll(() => api?.close());

it('serves valid Atom of every network\'s published cards, last changed first, with links and categories', async () => {
  const { status, type, xml, entries, parsed } = await feed('/feeds/cases.atom');
  expect(status).toBe(200);
  expect(type).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(parsed.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(text(parsed.feed.title)).toBe('Casebook: new and updated cases');
  expect(parsed.feed.link.map((link: any) => [link['@rel'], link['@href']])).toEqual([['alternate', 'http://localhost:3000/cases'], ['self', `${api.url}/feeds/cases.atom`]]);
  expect(entries).toHaveLength(7);
  const updated = entries.map((entry: any) => entry.updated);
  expect([...updated].sort().reverse()).toEqual(updated);
  const paris = entries.find((entry: any) => text(entry.title) === 'Co-created Climate Action Plan');
  expect(paris.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(paris.link[0]['@href']).toBe('http://localhost:3000/cases/paris-co-created-climate-action-plan');
  expect(paris.published).toBe('2025-01-15T00:00:00.000Z');
  expect(text(paris.summary)).toMatch(/^Paris rebuilt its climate plan/);
  expect(paris.author).toEqual([{ name: 'OGP Local Program' }]);
  expect(paris.category.map((category: any) => category['@term'])).toEqual(['sdg-7', 'sdg-11', 'sdg-13', 'climate-action', 'participation', 'public-spending']);
  expect(paris.category[2]['@label']).toBe('13. Climate Action');
  expect(text(paris.rights)).toContain('CC-BY-4.0');
});

it('puts a newly published card first, escaped, and drafts never', async () => {
  const card = await publish('Kiwi <script>alert(1)</script> & budgets', { summary: 'Tags <b>stay</b> text & "quotes" too.' });
  await createCard(editor, completeInput(A, 'Narwhal draft'));
  const { xml, entries } = await feed('/feeds/cases.atom');
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toContain('<script>');
  expect(xml).not.toContain('Narwhal');
  expect(entries[0].id).toBe(`urn:uuid:${card.id}`);
  expect(text(entries[0].title)).toBe('Kiwi &lt;script&gt;alert(1)&lt;/script&gt; &amp; budgets');
  expect(text(entries[0].summary)).toBe('Tags &lt;b&gt;stay&lt;/b&gt; text &amp; &quot;quotes&quot; too.');
});

it('follows updates: an approved edit moves its card to the top', async () => {
  const seoul = ok(await api.gql(`query { case(slug: "seoul-open-and-big-data-on-environment") { id } }`)).case;
  ok(await coordinator.gql(UPDATE, { id: seoul.id, input: { summary: 'Seoul opened its air-quality data, now updated.' } }));
  ok(await coordinator.gql(SUBMIT, { id: seoul.id }));
  ok(await coordinator.gql(REVIEW, { id: seoul.id, decision: 'APPROVE' }));
  const { entries } = await feed('/feeds/cases.atom');
  expect(entries[0].id).toBe(`urn:uuid:${seoul.id}`);
  expect(text(entries[0].summary)).toBe('Seoul opened its air-quality data, now updated.');
});

it('narrows per network, per SDG and per search, and says so in its title', async () => {
  const network = await feed('/feeds/cases.atom?network=ogp-local');
  expect(text(network.parsed.feed.title)).toBe('Casebook: new and updated cases · OGP Local Program');
  expect(network.entries.map((entry: any) => entry.author[0].name)).toEqual(['OGP Local Program', 'OGP Local Program', 'OGP Local Program']);
  expect(network.parsed.feed.link[0]['@href']).toBe('http://localhost:3000/search?network=ogp-local');

  const sdg = await feed('/feeds/cases.atom?sdg=13');
  expect(text(sdg.parsed.feed.title)).toBe('Casebook: new and updated cases · SDG 13');
  expect(sdg.entries.map((entry: any) => text(entry.title)).sort()).toEqual(['Co-created Climate Action Plan', 'Open and Big Data on Environment']);
  expect(sdg.entries.every((entry: any) => entry.category.some((category: any) => category['@term'] === 'sdg-13'))).toBe(true);

  await api.waitForIndexing();
  const search = await feed('/feeds/cases.atom?q=minibus&region=Africa');
  expect(text(search.parsed.feed.title)).toBe('Casebook: new and updated cases · “minibus” · Africa');
  expect(search.entries.map((entry: any) => entry.link[0]['@href']).sort()).toEqual([
    'http://localhost:3000/cases/johannesburg-tshwane-cartographier-le-transport-informel',
    'http://localhost:3000/cases/johannesburg-tshwane-mapping-informal-transit',
  ]);
  expect((await feed('/feeds/cases.atom?q=Zebracornless')).entries).toEqual([]);
});

it(`carries at most ${CASE_FEED_ENTRIES} entries`, async () => {
  const network = await api.orm.em.getConnection().execute<{ id: string }[]>(`select id from networks where slug = ?`, [A]);
  // Many published cards at once, straight into the database: the feed only reads them.
  await api.orm.em.getConnection().execute(
    `insert into case_cards (id, slug, network_id, title, status, published_at, updated_at)
     select gen_random_uuid(), 'bulk-' || n, ?, 'Bulk card ' || n, 'PUBLISHED', now(), now() - (n || ' seconds')::interval from generate_series(1, 60) n`,
    [network[0]!.id],
  );
  const { xml, entries } = await feed('/feeds/cases.atom');
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(entries).toHaveLength(CASE_FEED_ENTRIES);
});
