import { startTestApi, type TestApi } from '../../test/test-api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('lists the two demo networks with their published case counts', async () => {
  const { data } = await api.gql(`query { networks { slug name caseCount languages } }`);
  // UCLG's four: three white-paper cases and the French translation of the Johannesburg/Tshwane one.
  expect(data!.networks).toEqual([
    expect.objectContaining({ slug: 'ogp-local', name: 'OGP Local Program', caseCount: 3 }),
    expect.objectContaining({ slug: 'uclg-transparency', caseCount: 4 }),
  ]);
});

it('finds a network by slug, and answers null for an unknown one', async () => {
  const { data, errors } = await api.gql(`query { a: network(slug: "uclg-transparency") { name website } b: network(slug: "nope") { name } }`);
  expect(errors).toBeUndefined();
  expect(data!.a.name).toMatch(/UCLG/);
  expect(data!.b).toBeNull();
});

it('serves the taxonomy', async () => {
  const { data } = await api.gql(`query { sdgs { number title colour } regions { name subregions } themes { slug } ogpValues { slug } }`);
  expect(data!.sdgs).toHaveLength(17);
  expect(data!.regions.map((region: { name: string }) => region.name)).toEqual(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']);
  expect(data!.ogpValues).toHaveLength(4);
  expect(data!.themes.length).toBeGreaterThan(5);
});
