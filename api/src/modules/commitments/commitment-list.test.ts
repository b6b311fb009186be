import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { A, B, createCommitment, createPlan, errorOf, LIST, ok } from './commitment.fixtures.js';

/** commitments(filter, first, after), actionPlans and the dashboards' statistics. */
let api: TestApi;
let coordinatorOfA: TestClient;
/** Network A's commitments, by name: the demo data lives in B. */
const made: Record<string, string> = {};
let lyonPlanId = '';
beforeAll(async () => {
  api = await startTestApi();
  coordinatorOfA = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
  const lyon = await createPlan(coordinatorOfA, A, { city: { name: 'Lyon', country: 'FR' }, title: 'Lyon plan', periodStart: '2020-01-01', periodEnd: '2030-12-31' });
  const quito = await createPlan(coordinatorOfA, A, { city: { name: 'Quito', country: 'EC' }, title: 'Quito plan', periodStart: '2020-01-01', periodEnd: '2030-12-31' });
  lyonPlanId = lyon.id;
  const base = { ogpValues: [], sdgs: [], themes: [] };
  // Created one after the other: the list shows the newest first.
  made.overdueLyon = (await createCommitment(coordinatorOfA, lyon.id, { ...base, title: 'Overdue Lyon', status: 'LIMITED', sdgs: [11], milestones: [{ title: 'Late', dueDate: '2021-01-01' }] })).id;
  made.doneLyon = (await createCommitment(coordinatorOfA, lyon.id, { ...base, title: 'Done Lyon', status: 'COMPLETE', ogpValues: ['technology-innovation'], milestones: [{ title: 'Early', dueDate: '2021-01-01', status: 'COMPLETE', doneDate: '2020-12-01' }] })).id;
  made.futureQuito = (await createCommitment(coordinatorOfA, quito.id, { ...base, title: 'Future Quito', status: 'NOT_STARTED', sdgs: [6, 11], themes: ['open-data'], milestones: [{ title: 'Later', dueDate: '2030-01-01' }] })).id;
  made.plainQuito = (await createCommitment(coordinatorOfA, quito.id, { ...base, title: 'Plain Quito', status: 'LIMITED', ogpValues: ['civic-participation'], milestones: [] })).id;
});
afterAll(() => api?.close());

const titles = async (filter: Record<string, unknown>, first = 50) => ok(await api.gql(LIST, { filter: { networks: [A], ...filter }, first })).commitments.edges.map((edge: any) => edge.node.title);

describe('commitments(filter)', () => {
  it('lists newest first, with totalCount', async () => {
    const page = ok(await api.gql(LIST, { filter: { networks: [A] }, first: 50 })).commitments;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((edge: any) => edge.node.title)).toEqual(['Plain Quito', 'Future Quito', 'Done Lyon', 'Overdue Lyon']);
  });

  it('filters by statuses, overdue milestones, cities (slugs or ids), networks, OGP values, SDGs and themes', async () => {
    expect(await titles({ statuses: ['LIMITED'] })).toEqual(['Plain Quito', 'Overdue Lyon']);
    expect(await titles({ statuses: ['COMPLETE', 'NOT_STARTED'] })).toEqual(['Future Quito', 'Done Lyon']);
    expect(await titles({ overdue: true })).toEqual(['Overdue Lyon']);
    expect(await titles({ overdue: false })).toEqual(['Plain Quito', 'Future Quito', 'Done Lyon']);
    expect(await titles({ cities: ['lyon-fr'] })).toEqual(['Done Lyon', 'Overdue Lyon']);
    const quito = ok(await api.gql(`query { city(slug: "quito-ec") { id } }`)).city.id;
    expect(await titles({ cities: [quito] })).toEqual(['Plain Quito', 'Future Quito']);
    expect(await titles({ ogpValues: ['technology-innovation', 'civic-participation'] })).toEqual(['Plain Quito', 'Done Lyon']);
    expect(await titles({ sdgs: [6] })).toEqual(['Future Quito']);
    expect(await titles({ themes: ['open-data'] })).toEqual(['Future Quito']);
    expect(await titles({ sdgs: [11], statuses: ['LIMITED'] })).toEqual(['Overdue Lyon']);
    expect(await titles({ actionPlanId: lyonPlanId })).toEqual(['Done Lyon', 'Overdue Lyon']);
    // Across networks: Paris has demo commitments in B only.
    const paris = ok(await api.gql(LIST, { filter: { cities: ['paris-fr'] } })).commitments;
    expect(paris.totalCount).toBe(2);
    expect(paris.edges.every((edge: any) => edge.node.network.slug === B && edge.node.city.slug === 'paris-fr')).toBe(true);
    expect(ok(await api.gql(LIST, { filter: { networks: [B], overdue: true } })).commitments.totalCount).toBe(3);
  });

  it('names unknown filter values', async () => {
    expect(errorOf(await api.gql(LIST, { filter: { cities: ['atlantis-xx'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.cities' });
    expect(errorOf(await api.gql(LIST, { filter: { networks: ['nope'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.networks' });
    expect(errorOf(await api.gql(LIST, { filter: { ogpValues: ['nope'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ogpValues' });
    expect(errorOf(await api.gql(LIST, { filter: { sdgs: [0] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.sdgs' });
    expect(errorOf(await api.gql(LIST, { filter: { statuses: ['DONE'] } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await api.gql(LIST, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await api.gql(LIST, { after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages with cursors, keeping the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await api.gql(LIST, { filter: { networks: [A] }, first: 3, after })).commitments;
      expect(page.totalCount).toBe(4);
      seen.push(...page.edges.map((edge: any) => edge.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Plain Quito', 'Future Quito', 'Done Lyon', 'Overdue Lyon']);
  });
});

describe('dashboards', () => {
  const STATS = `byStatus { status count } totalCommitments overdueMilestones overdueCommitments`;

  it('counts a network\'s commitments by status, and its overdue milestones', async () => {
    const stats = ok(await api.gql(`query { a: networkCommitmentStats(network: "${A}") { ${STATS} } b: networkCommitmentStats(network: "${B}") { ${STATS} } none: networkCommitmentStats(network: "nope") { totalCommitments } }`));
    expect(stats.a).toEqual({
      byStatus: [{ status: 'NOT_STARTED', count: 1 }, { status: 'LIMITED', count: 2 }, { status: 'SUBSTANTIAL', count: 0 }, { status: 'COMPLETE', count: 1 }],
      totalCommitments: 4,
      overdueMilestones: 1,
      overdueCommitments: 1,
    });
    expect(stats.b).toEqual({
      byStatus: [{ status: 'NOT_STARTED', count: 0 }, { status: 'LIMITED', count: 0 }, { status: 'SUBSTANTIAL', count: 3 }, { status: 'COMPLETE', count: 2 }],
      totalCommitments: 5,
      overdueMilestones: 3,
      overdueCommitments: 3,
    });
    expect(stats.none).toBeNull();
  });

  it('summarises a city, in every network or in one', async () => {
    const stats = ok(await api.gql(`query { all: cityCommitmentStats(city: "lyon-fr") { ${STATS} } b: cityCommitmentStats(city: "lyon-fr", network: "${B}") { totalCommitments } paris: cityCommitmentStats(city: "paris-fr") { totalCommitments overdueMilestones } none: cityCommitmentStats(city: "atlantis-xx") { totalCommitments } }`));
    expect(stats.all).toMatchObject({ totalCommitments: 2, overdueMilestones: 1, overdueCommitments: 1 });
    expect(stats.b).toEqual({ totalCommitments: 0 });
    expect(stats.paris).toEqual({ totalCommitments: 2, overdueMilestones: 1 });
    expect(stats.none).toBeNull();
  });

  it('lists a city\'s plans in every network, latest first', async () => {
    await createPlan(coordinatorOfA, A, { city: { name: 'Lyon', country: 'FR' }, title: 'Older Lyon plan', periodStart: '2015-01-01', periodEnd: '2019-12-31' });
    const plans = ok(await api.gql(`query { actionPlans(city: "lyon-fr") { title network { slug } commitments { title } } }`)).actionPlans;
    expect(plans).toEqual([
      { title: 'Lyon plan', network: { slug: A }, commitments: [{ title: 'Overdue Lyon' }, { title: 'Done Lyon' }] },
      { title: 'Older Lyon plan', network: { slug: A }, commitments: [] },
    ]);
    expect(errorOf(await api.gql(`query { actionPlans(network: "nope") { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
  });
});
