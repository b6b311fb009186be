import { startTestApi, type TestApi } from '../../test/test-api.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { CaseCard, CaseStatus } from './case.entity.js';

/** The number of SQL statements of a list request must not grow with the page size (no N+1). */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  const networks = await em.find(Network, {});
  for (let i = 0; i < 60; i++) {
    const city = em.create(City, { name: `Town ${i}`, country: 'BR', region: 'Americas', subregion: 'Latin America and the Caribbean' });
    const card = em.create(CaseCard, {
      slug: `generated-${i}`,
      title: `Generated case ${i}`,
      network: networks[i % networks.length]!,
      sdgs: [(i % 17) + 1],
      status: CaseStatus.PUBLISHED,
      publishedAt: new Date(Date.UTC(2024, 0, 1 + i)),
    });
    card.cities.set([city]);
  }
  await em.flush();
});
afterAll(() => api?.close());

const FULL_PAGE = `query Page($first: Int!) {
  cases(first: $first) {
    totalCount
    edges { cursor node { slug sdgs { number colour } cities { name region } network { slug name caseCount } contacts { name } links { url } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  api.sql.count = 0;
  const response = await api.gql(FULL_PAGE, { first });
  expect(response.errors).toBeUndefined();
  expect(response.data!.cases.edges).toHaveLength(first);
  return api.sql.count;
}

it('sends the same number of SQL statements for 5 and for 50 cards', async () => {
  const small = await statementsFor(5);
  const large = await statementsFor(50);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
  expect(large).toBeLessThanOrEqual(6);
});

it('counts cases for every network in one batched statement', async () => {
  api.sql.count = 0;
  const response = await api.gql(`query { networks { slug caseCount } }`);
  expect(response.data!.networks).toHaveLength(2);
  const total = response.data!.networks.reduce((sum: number, network: { caseCount: number }) => sum + network.caseCount, 0);
  expect(total).toBe(67);
  expect(api.sql.count).toBe(2);
});
