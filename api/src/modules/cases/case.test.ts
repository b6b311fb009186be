import { startTestApi, type TestApi } from '../../test/test-api.js';
import { CaseCard, CaseStatus } from './case.entity.js';
import { Network } from '../networks/network.entity.js';

const CARD_FIELDS = `
  slug title summary challenge approach innovation openGovernment lessons status language yearStarted
  sdgs { number title colour } themes ogpValues
  cities { name country region subregion } network { slug name }
  contacts { name role organisation email } links { label url } publishedAt updatedAt`;

const LIST = `query List($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const slugsOf = (response: { data?: any }) => response.data.cases.edges.map((edge: any) => edge.node.slug);

describe('case(slug)', () => {
  it('returns a whole card in the white paper template', async () => {
    const { data, errors } = await api.gql(`query { case(slug: "paris-co-created-climate-action-plan") { ${CARD_FIELDS} } }`);
    expect(errors).toBeUndefined();
    const card = data!.case;
    expect(card).toMatchObject({
      title: expect.stringMatching(/climate/i),
      status: 'PUBLISHED',
      language: 'en',
      network: { slug: 'ogp-local' },
      cities: [{ name: 'Paris', country: 'FR', region: 'Europe', subregion: 'Western Europe' }],
    });
    expect(card.sdgs.map((sdg: any) => sdg.number)).toEqual([7, 11, 13]);
    expect(card.sdgs[2]).toEqual({ number: 13, title: 'Climate Action', colour: '#3F7E44' });
    for (const section of ['summary', 'challenge', 'approach', 'innovation', 'openGovernment', 'lessons']) {
      expect(card[section].length).toBeGreaterThan(40);
    }
  });

  it('hides contact emails from anonymous viewers', async () => {
    const em = api.orm.em.fork();
    const card = await em.findOneOrFail(CaseCard, { slug: 'seoul-open-and-big-data-on-environment' });
    card.contacts = [{ name: 'Data team', role: 'Lead', organisation: 'Seoul', email: 'data@example.org' }];
    await em.flush();
    const { data } = await api.gql(`query { case(slug: "seoul-open-and-big-data-on-environment") { contacts { name email } } }`);
    expect(data!.case.contacts).toEqual([{ name: 'Data team', email: null }]);
    const member = await api.signedIn('reader@example.net');
    const signedIn = await member.gql(`query { case(slug: "seoul-open-and-big-data-on-environment") { contacts { name email } } }`);
    expect(signedIn.data!.case.contacts).toEqual([{ name: 'Data team', email: 'data@example.org' }]);
  });

  it('places Madrid in Madrid, Spain, Europe and the Johannesburg card in two cities', async () => {
    const { data } = await api.gql(`query {
      madrid: case(slug: "madrid-consul-project-global-participation-platform") { cities { name country region } }
      joburg: case(slug: "johannesburg-tshwane-mapping-informal-transit") { cities { name country region } }
    }`);
    expect(data!.madrid.cities).toEqual([{ name: 'Madrid', country: 'ES', region: 'Europe' }]);
    expect(data!.joburg.cities.map((city: any) => city.country)).toEqual(['ZA', 'ZA']);
    expect(data!.joburg.cities).toHaveLength(2);
  });

  it('answers null for an unknown slug and for a card that is not published', async () => {
    const em = api.orm.em.fork();
    const network = await em.findOneOrFail(Network, { slug: 'uclg-transparency' });
    em.create(CaseCard, { slug: 'a-private-draft', title: 'Draft', network, status: CaseStatus.DRAFT });
    await em.flush();
    const { data, errors } = await api.gql(`query { unknown: case(slug: "no-such-case") { slug } draft: case(slug: "a-private-draft") { slug } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ unknown: null, draft: null });
    const list = await api.gql(LIST, { first: 100 });
    expect(slugsOf(list)).not.toContain('a-private-draft');
  });
});

describe('cases(filter, first, after)', () => {
  it('lists the seven published demo cards (six cases and one translation), newest first', async () => {
    const response = await api.gql(LIST, {});
    expect(response.data!.cases.totalCount).toBe(7);
    expect(slugsOf(response)[0]).toBe('madrid-consul-project-global-participation-platform');
    expect(slugsOf(response).at(-1)).toBe('paris-co-created-climate-action-plan');
  });

  it('pages with cursors without losing or repeating a card', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const response: any = await api.gql(LIST, { first: 4, after });
      seen.push(...slugsOf(response));
      expect(response.data.cases.totalCount).toBe(7);
      if (!response.data.cases.pageInfo.hasNextPage) break;
      after = response.data.cases.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it.each([
    [{ sdgs: [13] }, ['seoul-open-and-big-data-on-environment', 'paris-co-created-climate-action-plan']],
    [{ regions: ['Africa'] }, ['johannesburg-tshwane-mapping-informal-transit', 'johannesburg-tshwane-cartographier-le-transport-informel']],
    [{ countries: ['es'] }, ['madrid-consul-project-global-participation-platform']],
    [{ regions: ['Americas'], sdgs: [8] }, ['bogota-attention-model-for-the-informal-economy']],
    [{ networks: ['ogp-local'], regions: ['Europe'] }, ['madrid-consul-project-global-participation-platform', 'paris-co-created-climate-action-plan']],
  ])('filters by %j', async (filter, expected) => {
    const response = await api.gql(LIST, { filter });
    expect(response.errors).toBeUndefined();
    expect(slugsOf(response)).toEqual(expected);
    expect(response.data!.cases.totalCount).toBe(expected.length);
  });

  it('filters by theme', async () => {
    const all = await api.gql<any>(`query { cases(first: 100) { edges { node { slug themes } } } }`);
    const withClimate = all.data!.cases.edges.filter((edge: any) => edge.node.themes.includes('climate-action')).map((edge: any) => edge.node.slug);
    expect(withClimate.length).toBeGreaterThan(0);
    expect(slugsOf(await api.gql(LIST, { filter: { themes: ['climate-action'] } }))).toEqual(withClimate);
  });
});

describe('bad input', () => {
  it.each([
    ['an SDG above 17', { filter: { sdgs: [18] } }, '18'],
    ['an SDG below 1', { filter: { sdgs: [0] } }, '0'],
    ['an unknown region', { filter: { regions: ['Atlantis'] } }, 'Atlantis'],
    ['an unknown country', { filter: { countries: ['XX'] } }, 'XX'],
    ['an unknown network', { filter: { networks: ['no-such-network'] } }, 'no-such-network'],
    ['an unknown theme', { filter: { themes: ['astrology'] } }, 'astrology'],
    ['first above 100', { first: 101 }, '101'],
    ['first below 1', { first: 0 }, '0'],
    ['a malformed cursor', { after: 'not-a-cursor' }, 'not-a-cursor'],
    ['a cursor with a bad date', { after: Buffer.from('["yesterday","x"]').toString('base64url') }, 'cursor'],
  ])('rejects %s with BAD_USER_INPUT naming the value', async (_label, variables, named) => {
    const response = await api.gql(LIST, variables);
    expect(response.status).toBeLessThan(500);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain(named);
  });

  it('rejects a wrongly typed variable without a 500', async () => {
    const response = await api.gql(LIST, { first: 'ten' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
