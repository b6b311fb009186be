import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestApi, type TestApi } from '../../test/test-api.js';
import { B, demoCommitmentId, ok, POST } from './commitment.fixtures.js';

/** The Atom feeds of updates, per city and per network: well-formed, escaped, newest first. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
});
afterAll(() => api?.close());

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author'].includes(name) });

async function feed(path: string): Promise<{ status: number; type: string | null; xml: string; parsed: any }> {
  const response = await fetch(`${api.url}${path}`);
  const xml = await response.text();
  return { status: response.status, type: response.headers.get('content-type'), xml, parsed: response.ok ? parser.parse(xml) : null };
}

const text = (node: any): string => (typeof node === 'string' ? node : node?.['#text'] ?? '');

it('serves a network\'s updates as valid Atom, newest first', async () => {
  const { status, type, xml, parsed } = await feed(`/feeds/commitments/networks/${B}.atom`);
  expect(status).toBe(200);
  expect(type).toMatch(/^application\/atom\+xml/);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(parsed.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(text(parsed.feed.title)).toBe('OGP Local Program: open government commitments');
  expect(parsed.feed.link.map((link: any) => link['@rel'])).toEqual(['alternate', 'self']);
  const entries = parsed.feed.entry;
  expect(entries).toHaveLength(6);
  const dates = entries.map((entry: any) => entry.published);
  expect([...dates].sort().reverse()).toEqual(dates);
  expect(entries.map((entry: any) => text(entry.title).split(':')[0]).sort()).toEqual(['Buenos Aires', 'Buenos Aires', 'Madrid', 'Paris', 'Paris', 'Paris']);
  for (const entry of entries) {
    expect(entry.id).toMatch(/^urn:uuid:/);
    expect(entry.link[0]['@href']).toMatch(/^http:\/\/localhost:3000\/commitments\/[0-9a-f-]+#update-/);
  }
});

it('carries a new update, escaped, in the city\'s feed (by slug or id) and the network\'s', async () => {
  const editor = await api.signedIn('paris.editor@b.example', { memberships: [[B, 'EDITOR', ['paris-fr']]], name: 'Pierre <Paris> & Co' });
  const commitmentId = await demoCommitmentId(api, 'PAR-2017-02');
  const body = 'Volunteers met again <script>alert("x")</script> & agreed ]]> a plan.\u0001\n\nSecond paragraph.';
  ok(await editor.gql(POST, { input: { commitmentId, body, status: 'COMPLETE', links: [{ label: 'Minutes "final"', url: 'https://example.org/minutes?a=1&b=2' }] } }));

  const bySlug = await feed('/feeds/commitments/cities/paris-fr.atom');
  expect(bySlug.status).toBe(200);
  expect(XMLValidator.validate(bySlug.xml)).toBe(true);
  expect(bySlug.xml).not.toContain('<script>');
  const entries = bySlug.parsed.feed.entry;
  expect(entries).toHaveLength(4);
  expect(entries.every((entry: any) => text(entry.title).startsWith('Paris: '))).toBe(true);
  const [newest] = entries;
  expect(text(newest.title)).toMatch(/\(Complete\)$/);
  expect(newest.author).toEqual([{ name: 'Pierre <Paris> & Co' }]);
  const html = text(newest.content);
  expect(html).toContain('<p>Volunteers met again &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; agreed ]]&gt; a plan.</p>');
  expect(html).toContain('<p>Second paragraph.</p>');
  expect(html).toContain('<a href="https://example.org/minutes?a=1&amp;b=2">Minutes &quot;final&quot;</a>');

  const cityId = ok(await api.gql(`query { city(slug: "paris-fr") { id } }`)).city.id;
  const byId = await feed(`/feeds/commitments/cities/${cityId}.atom`);
  expect(byId.parsed.feed.entry.map((entry: any) => entry.id)).toEqual(entries.map((entry: any) => entry.id));
  const network = await feed(`/feeds/commitments/networks/${B}.atom`);
  expect(network.parsed.feed.entry[0].id).toBe(newest.id);
});

it('answers 404 for an unknown city or network, and an empty feed for a network without updates', async () => {
  expect((await feed('/feeds/commitments/cities/atlantis-xx.atom')).status).toBe(404);
  expect((await feed('/feeds/commitments/networks/nope.atom')).status).toBe(404);
  expect((await feed('/feeds/commitments/networks/ogp-local.rss')).status).toBe(404);
  const empty = await feed('/feeds/commitments/networks/uclg-transparency.atom');
  expect(empty.status).toBe(200);
  expect(XMLValidator.validate(empty.xml)).toBe(true);
  expect(empty.parsed.feed.entry).toBeUndefined();
});
