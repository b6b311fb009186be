import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import {
  A, ADD_MILESTONE, ASSESS, B, CORRECT, createCommitment, createPlan, demoCommitmentId, errorOf, GET, ok, POST, SET_MILESTONE, UPDATE, UPDATE_MILESTONE,
} from './commitment.fixtures.js';
import { todayUtc } from './commitment.validation.js';

/** Reporting on commitments: updates, milestones, corrections, assessments; and who may do each. */
let api: TestApi;
let coordinator: TestClient;
let parisEditor: TestClient;
let madridEditor: TestClient;
let member: TestClient;
let editorOfA: TestClient;
let plan: { id: string };
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']], name: 'Cora Coordinator' });
  parisEditor = await api.signedIn('paris.editor@b.example', { memberships: [[B, 'EDITOR', ['paris-fr']]], name: 'Pierre Paris' });
  madridEditor = await api.signedIn('madrid.editor@b.example', { memberships: [[B, 'EDITOR', ['madrid-es']]], name: 'Marta Madrid' });
  member = await api.signedIn('member@b.example', { memberships: [[B, 'MEMBER', ['paris-fr']]] });
  // Represents Paris too, but in network A: the city scope is per network.
  editorOfA = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR', ['paris-fr']]] });
  plan = await createPlan(coordinator, B, { city: { name: 'Paris', country: 'FR' }, title: 'Paris test plan', periodStart: '2024-01-01', periodEnd: '2030-12-31' });
});
afterAll(() => api?.close());

const post = (client: TestClient, input: Record<string, unknown>) => client.gql(POST, { input });

describe('who may report', () => {
  it('refuses an editor of another city, a member, an editor of another network, and anonymous visitors', async () => {
    const id = await demoCommitmentId(api, 'PAR-2017-02');
    const before = ok(await api.gql(GET, { id })).commitment;
    expect(errorOf(await post(madridEditor, { commitmentId: id, body: 'Not my city' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await post(member, { commitmentId: id, body: 'Members read' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await post(editorOfA, { commitmentId: id, body: 'Other network' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await post(api.client(), { commitmentId: id, body: 'Anyone' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const milestone = before.milestones[2].id;
    expect(errorOf(await madridEditor.gql(SET_MILESTONE, { id: milestone, status: 'COMPLETE' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await madridEditor.gql(ADD_MILESTONE, { id, input: { title: 'Sneaky', dueDate: '2019-01-01' } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await post(madridEditor, { commitmentId: '00000000-0000-0000-0000-000000000000', body: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ok(await api.gql(GET, { id })).commitment).toEqual(before);
  });

  it('lets an editor of the city post; the update appears with its author, newest first, and sets the status', async () => {
    const commitment = await createCommitment(coordinator, plan.id);
    const posted = ok(await post(parisEditor, { commitmentId: commitment.id, body: 'We **published** the budget.', status: 'LIMITED', links: [{ url: 'https://example.org/budget' }] })).postCommitmentUpdate;
    expect(posted).toMatchObject({ body: 'We **published** the budget.', status: 'LIMITED', author: { name: 'Pierre Paris' }, links: [{ url: 'https://example.org/budget' }], commitment: { status: 'LIMITED' } });
    ok(await post(coordinator, { commitmentId: commitment.id, body: 'Coordinators may post too.' }));
    const read = ok(await api.client().gql(GET, { id: commitment.id })).commitment;
    expect(read.updates.map((update: any) => [update.body, update.status, update.author.name])).toEqual([
      ['Coordinators may post too.', null, 'Cora Coordinator'],
      ['We **published** the budget.', 'LIMITED', 'Pierre Paris'],
    ]);
    expect(read.status).toBe('LIMITED');
  });

  it('lets a coordinator give an editor a city scope, after which the editor may report', async () => {
    const newcomer = await api.signedIn('newcomer@b.example', { memberships: [[B, 'EDITOR']] });
    const commitment = await createCommitment(coordinator, plan.id);
    expect(errorOf(await post(newcomer, { commitmentId: commitment.id, body: 'Hello' })).code).toBe('FORBIDDEN');
    const userId = ok(await newcomer.gql(`query { viewer { id } }`)).viewer.id;
    const SET = `mutation($userId: ID!, $cities: [String!]!) { setMemberCities(network: "${B}", userId: $userId, cities: $cities) { role cities { slug } } }`;
    expect(errorOf(await parisEditor.gql(SET, { userId, cities: ['paris-fr'] })).code).toBe('FORBIDDEN');
    expect(errorOf(await coordinator.gql(SET, { userId, cities: ['atlantis-xx'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cities' });
    expect(errorOf(await coordinator.gql(SET, { userId: 'not-an-id', cities: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(ok(await coordinator.gql(SET, { userId, cities: ['paris-fr', 'madrid-es'] })).setMemberCities).toEqual({ role: 'EDITOR', cities: [{ slug: 'madrid-es' }, { slug: 'paris-fr' }] });
    // The session reads memberships afresh on every request.
    expect(ok(await newcomer.gql(`query { viewer { memberships { cities { name } } } }`)).viewer.memberships).toEqual([{ cities: [{ name: 'Madrid' }, { name: 'Paris' }] }]);
    expect(ok(await post(newcomer, { commitmentId: commitment.id, body: 'Hello' })).postCommitmentUpdate.author.name).toBe('newcomer');
  });
});

describe('milestones', () => {
  it('completes milestones named by an update, done on the update\'s date', async () => {
    const commitment = await createCommitment(coordinator, plan.id);
    const [first, second] = commitment.milestones;
    const posted = ok(await post(parisEditor, { commitmentId: commitment.id, body: 'Budget is out.', completedMilestoneIds: [first.id] })).postCommitmentUpdate;
    const date = posted.createdAt.slice(0, 10);
    expect(date).toBe(todayUtc());
    expect(posted.completedMilestones).toEqual([{ id: first.id, title: first.title, status: 'COMPLETE', doneDate: date }]);
    expect(posted.commitment.milestones).toEqual([
      { id: first.id, status: 'COMPLETE', doneDate: date },
      { id: second.id, status: 'NOT_STARTED', doneDate: null },
    ]);
    // Done once: completing it again is refused; so is a milestone of another commitment.
    expect(errorOf(await post(parisEditor, { commitmentId: commitment.id, body: 'Again', completedMilestoneIds: [first.id] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedMilestoneIds' });
    expect(errorOf(await post(parisEditor, { commitmentId: commitment.id, body: 'Garbage', completedMilestoneIds: ['not-an-id'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedMilestoneIds' });
    const other = await createCommitment(coordinator, plan.id);
    expect(errorOf(await post(parisEditor, { commitmentId: commitment.id, body: 'Theirs', completedMilestoneIds: [other.milestones[0].id] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedMilestoneIds' });
  });

  it('refuses a done date before the plan\'s start, and completing a milestone of a plan that has not started', async () => {
    const commitment = await createCommitment(coordinator, plan.id);
    const milestone = commitment.milestones[0].id;
    const early = errorOf(await parisEditor.gql(SET_MILESTONE, { id: milestone, status: 'COMPLETE', doneDate: '2023-12-31' }));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doneDate' });
    expect(early.message).toMatch(/before the plan's start \(2024-01-01\)/);
    expect(errorOf(await parisEditor.gql(SET_MILESTONE, { id: milestone, status: 'COMPLETE', doneDate: '2099-01-01' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doneDate' });
    expect(ok(await parisEditor.gql(SET_MILESTONE, { id: milestone, status: 'COMPLETE', doneDate: '2024-05-01' })).setMilestoneStatus).toMatchObject({ status: 'COMPLETE', doneDate: '2024-05-01', overdue: false });
    expect(ok(await parisEditor.gql(SET_MILESTONE, { id: milestone, status: 'SUBSTANTIAL' })).setMilestoneStatus).toMatchObject({ status: 'SUBSTANTIAL', doneDate: null, overdue: true });
    expect(ok(await parisEditor.gql(SET_MILESTONE, { id: milestone, status: 'COMPLETE' })).setMilestoneStatus).toMatchObject({ status: 'COMPLETE', doneDate: todayUtc() });

    const future = await createPlan(coordinator, B, { city: { name: 'Paris', country: 'FR' }, title: 'Future plan', periodStart: '2090-01-01', periodEnd: '2095-12-31' });
    const later = await createCommitment(coordinator, future.id, { milestones: [{ title: 'Someday', dueDate: '2091-01-01' }] });
    const refused = errorOf(await post(parisEditor, { commitmentId: later.id, body: 'Done already?', completedMilestoneIds: [later.milestones[0].id] }));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.completedMilestoneIds' });
    expect(refused.message).toMatch(/before the plan's start/);
  });

  it('adds and edits milestones within the plan\'s period', async () => {
    const commitment = await createCommitment(coordinator, plan.id);
    const outside = errorOf(await parisEditor.gql(ADD_MILESTONE, { id: commitment.id, input: { title: 'Too late', dueDate: '2031-01-01' } }));
    expect(outside).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueDate' });
    const added = ok(await parisEditor.gql(ADD_MILESTONE, { id: commitment.id, input: { title: 'Train staff', dueDate: '2025-01-31' } })).addMilestone;
    expect(added).toMatchObject({ title: 'Train staff', dueDate: '2025-01-31', status: 'NOT_STARTED', doneDate: null });
    expect(errorOf(await parisEditor.gql(UPDATE_MILESTONE, { id: added.id, input: { dueDate: '2023-06-30' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueDate' });
    expect(ok(await parisEditor.gql(UPDATE_MILESTONE, { id: added.id, input: { title: 'Train all staff', dueDate: '2025-03-31' } })).updateMilestone).toMatchObject({ title: 'Train all staff', dueDate: '2025-03-31' });
    expect(errorOf(await coordinator.gql(UPDATE, { id: commitment.id, input: { milestones: [] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.milestones' });
  });
});

describe('corrections', () => {
  it('keep every earlier text, with who replaced it and when', async () => {
    const commitment = await createCommitment(coordinator, plan.id);
    const update = ok(await post(parisEditor, { commitmentId: commitment.id, body: 'First text' })).postCommitmentUpdate;
    const once = ok(await parisEditor.gql(CORRECT, { id: update.id, body: 'Second text' })).correctCommitmentUpdate;
    expect(once).toMatchObject({ body: 'Second text', correctedAt: expect.any(String), revisions: [{ body: 'First text', editedBy: { name: 'Pierre Paris' } }] });
    const twice = ok(await coordinator.gql(CORRECT, { id: update.id, body: 'Third text' })).correctCommitmentUpdate;
    expect(twice.revisions.map((revision: any) => [revision.body, revision.editedBy.name])).toEqual([['Second text', 'Cora Coordinator'], ['First text', 'Pierre Paris']]);
    // The same text again records nothing.
    expect(ok(await coordinator.gql(CORRECT, { id: update.id, body: 'Third text' })).correctCommitmentUpdate.revisions).toHaveLength(2);
    // Another editor of the same city did not write it; an empty text is refused.
    const colleague = await api.signedIn('colleague@b.example', { memberships: [[B, 'EDITOR', ['paris-fr']]] });
    expect(errorOf(await colleague.gql(CORRECT, { id: update.id, body: 'Mine now' })).code).toBe('FORBIDDEN');
    expect(errorOf(await parisEditor.gql(CORRECT, { id: update.id, body: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const read = ok(await api.client().gql(GET, { id: commitment.id })).commitment.updates[0];
    expect(read).toMatchObject({ body: 'Third text', revisions: [{ body: 'Second text' }, { body: 'First text' }] });
  });
});

describe('assessments', () => {
  const assessment = (commitmentId: string, completion: string, assessedOn = '2025-06-30') => ({
    commitmentId,
    assessor: 'Independent Reporting Mechanism',
    assessedOn,
    reportUrl: 'https://example.org/irm-report.pdf',
    verifiable: true,
    potentialResults: 'MODEST',
    completion,
    didItOpenGovernment: 'MARGINAL',
  });

  it('are recorded by coordinators and shown beside the self-reported status, flagging divergence', async () => {
    const commitment = await createCommitment(coordinator, plan.id, { status: 'SUBSTANTIAL' });
    expect(errorOf(await parisEditor.gql(ASSESS, { input: assessment(commitment.id, 'LIMITED') })).code).toBe('FORBIDDEN');
    const recorded = ok(await coordinator.gql(ASSESS, { input: assessment(commitment.id, 'LIMITED') })).recordAssessment;
    expect(recorded).toMatchObject({ assessor: 'Independent Reporting Mechanism', assessedOn: '2025-06-30', completion: 'LIMITED', recordedBy: { name: 'Cora Coordinator' } });
    const DIVERGENCE = `query($id: ID!) { commitment(id: $id) { selfReportedStatus latestAssessment { completion } divergence } }`;
    expect(ok(await api.gql(DIVERGENCE, { id: commitment.id })).commitment).toEqual({ selfReportedStatus: 'SUBSTANTIAL', latestAssessment: { completion: 'LIMITED' }, divergence: 'SELF_REPORTED_HIGHER' });

    ok(await coordinator.gql(ASSESS, { input: assessment(commitment.id, 'COMPLETE', '2025-12-31') }));
    expect(ok(await api.gql(DIVERGENCE, { id: commitment.id })).commitment).toMatchObject({ latestAssessment: { completion: 'COMPLETE' }, divergence: 'SELF_REPORTED_LOWER' });
    ok(await post(parisEditor, { commitmentId: commitment.id, body: 'All done.', status: 'COMPLETE' }));
    expect(ok(await api.gql(DIVERGENCE, { id: commitment.id })).commitment.divergence).toBe('NONE');
    expect(ok(await api.gql(GET, { id: commitment.id })).commitment.assessments.map((row: any) => row.completion)).toEqual(['COMPLETE', 'LIMITED']);
  });

  it('treat "no evidence" as no progress, refuse dates outside the plan\'s life, and flag the demo\'s Paris commitment', async () => {
    const commitment = await createCommitment(coordinator, plan.id, { status: 'LIMITED' });
    ok(await coordinator.gql(ASSESS, { input: assessment(commitment.id, 'NO_EVIDENCE') }));
    expect(ok(await api.gql(`query($id: ID!) { commitment(id: $id) { divergence } }`, { id: commitment.id })).commitment.divergence).toBe('SELF_REPORTED_HIGHER');
    expect(errorOf(await coordinator.gql(ASSESS, { input: assessment(commitment.id, 'LIMITED', '2099-01-01') }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assessedOn' });
    expect(errorOf(await coordinator.gql(ASSESS, { input: assessment(commitment.id, 'LIMITED', '2020-01-01') }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assessedOn' });
    expect(errorOf(await coordinator.gql(ASSESS, { input: { ...assessment(commitment.id, 'LIMITED'), reportUrl: 'ftp://x' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportUrl' });

    const paris = await demoCommitmentId(api, 'PAR-2017-02');
    expect(ok(await api.gql(`query($id: ID!) { commitment(id: $id) { status latestAssessment { completion } divergence } }`, { id: paris })).commitment).toEqual({
      status: 'SUBSTANTIAL', latestAssessment: { completion: 'LIMITED' }, divergence: 'SELF_REPORTED_HIGHER',
    });
  });
});
