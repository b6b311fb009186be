import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { A, B, createCommitment, createPlan, CREATE, CREATE_PLAN, demoCommitmentId, errorOf, GET, ok, UPDATE, UPDATE_PLAN } from './commitment.fixtures.js';

/** Reading (public) and planning (coordinators): action plans and commitments. */
let api: TestApi;
let coordinator: TestClient;
let editor: TestClient;
let coordinatorOfA: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']], name: 'Cora Coordinator' });
  editor = await api.signedIn('editor@b.example', { memberships: [[B, 'EDITOR', ['paris-fr']]] });
  coordinatorOfA = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
});
afterAll(() => api?.close());

describe('reading', () => {
  it('shows anyone, signed in or not, the demo plans of Paris, Buenos Aires and Madrid with commitments, milestones and updates', async () => {
    const plans = ok(await api.gql(`query { actionPlans(network: "${B}") { title city { name slug } periodStart periodEnd commitments { title milestones { title } updates { body } } } }`)).actionPlans;
    expect(plans.map((plan: any) => plan.city.name).sort()).toEqual(['Buenos Aires', 'Madrid', 'Paris']);
    for (const plan of plans) {
      expect(plan.commitments.length).toBeGreaterThan(0);
      for (const commitment of plan.commitments) {
        expect(commitment.milestones.length).toBeGreaterThan(0);
        expect(commitment.updates.length).toBeGreaterThan(0);
      }
    }
    const paris = ok(await api.gql(`query { actionPlans(city: "paris-fr") { title network { slug } } }`)).actionPlans;
    expect(paris).toEqual([{ title: expect.stringMatching(/Paris/), network: { slug: B } }]);
  });

  it('answers commitment(id) with the public contract\'s fields, for anonymous visitors too', async () => {
    const id = await demoCommitmentId(api, 'PAR-2017-02');
    const response = await api.client().gql(`query($id: ID!) { commitment(id: $id) {
      id title status city { name } actionPlan { title } milestones { title dueDate status } updates { body status createdAt author { name } }
      assessments { assessor completion } viewerCan { edit report assess }
    } }`, { id });
    const commitment = ok(response).commitment;
    expect(commitment).toMatchObject({ id, status: 'SUBSTANTIAL', city: { name: 'Paris' }, actionPlan: { title: expect.stringMatching(/Paris/) }, viewerCan: { edit: false, report: false, assess: false } });
    expect(commitment.milestones[0]).toEqual({ title: expect.any(String), dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), status: 'COMPLETE' });
    expect(commitment.updates[0]).toMatchObject({ status: 'SUBSTANTIAL', author: null });
    expect(commitment.assessments).toHaveLength(1);
    expect(ok(await api.gql(GET, { id: '00000000-0000-0000-0000-000000000000' })).commitment).toBeNull();
    expect(ok(await api.gql(GET, { id: 'not-an-id' })).commitment).toBeNull();
  });

  it('tells each viewer what they may do', async () => {
    const id = await demoCommitmentId(api, 'PAR-2017-01');
    const madrid = await demoCommitmentId(api, 'MAD-2017-01');
    const can = async (client: TestClient, commitmentId: string) => ok(await client.gql(`query($id: ID!) { commitment(id: $id) { viewerCan { edit report assess } } }`, { id: commitmentId })).commitment.viewerCan;
    expect(await can(coordinator, id)).toEqual({ edit: true, report: true, assess: true });
    expect(await can(editor, id)).toEqual({ edit: false, report: true, assess: false });
    expect(await can(editor, madrid)).toEqual({ edit: false, report: false, assess: false });
    expect(await can(coordinatorOfA, id)).toEqual({ edit: false, report: false, assess: false });
  });

  it('finds a city by slug or id', async () => {
    const city = ok(await api.gql(`query { city(slug: "buenos-aires-ar") { id name country slug } }`)).city;
    expect(city).toMatchObject({ name: 'Buenos Aires', country: 'AR', slug: 'buenos-aires-ar' });
    expect(ok(await api.gql(`query($id: String!) { city(slug: $id) { name } }`, { id: city.id })).city).toEqual({ name: 'Buenos Aires' });
    expect(ok(await api.gql(`query { city(slug: "atlantis-xx") { name } }`)).city).toBeNull();
    expect(errorOf(await api.gql(`query { actionPlans(city: "atlantis-xx") { id } }`))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'city' });
  });
});

describe('planning', () => {
  it('lets a coordinator create a plan and a commitment with milestones, linked to a case card', async () => {
    const plan = await createPlan(coordinator, B, { title: 'Quokkaville plan 2024–2026' });
    expect(plan).toMatchObject({ title: 'Quokkaville plan 2024–2026', periodStart: '2024-01-01', periodEnd: '2026-12-31', city: { name: 'Quokkaville', slug: 'quokkaville-au' }, network: { slug: B } });
    const caseId = ok(await api.gql(`query { case(slug: "paris-co-created-climate-action-plan") { id } }`)).case.id;
    const created = await createCommitment(coordinator, plan.id, { externalId: 'QV-1', caseIds: [caseId], status: 'LIMITED' });
    expect(created).toMatchObject({
      externalId: 'QV-1',
      status: 'LIMITED',
      selfReportedStatus: 'LIMITED',
      city: { name: 'Quokkaville' },
      partners: [{ name: 'Budget Watch', kind: 'CIVIL_SOCIETY' }, { name: 'Finance department', kind: 'GOVERNMENT' }],
      sdgs: [{ number: 16 }],
      cases: [{ slug: 'paris-co-created-climate-action-plan' }],
      divergence: 'NOT_ASSESSED',
      viewerCan: { edit: true, report: true, assess: true },
    });
    expect(created.milestones.map((milestone: any) => [milestone.title, milestone.status, milestone.doneDate])).toEqual([
      ['Publish the 2024 budget', 'NOT_STARTED', null],
      ['Publish monthly spending', 'NOT_STARTED', null],
    ]);
    // Anonymous visitors read it at once.
    expect(ok(await api.gql(GET, { id: created.id })).commitment.title).toBe('Open the city budget');
    const audit = ok(await coordinator.gql(`query { auditLog(network: "${B}", first: 5) { edges { node { action recordType recordId } } } }`)).auditLog.edges.map((edge: any) => edge.node);
    expect(audit[0]).toEqual({ action: 'commitment.create', recordType: 'commitment', recordId: created.id });
  });

  it('lets a coordinator edit a plan and a commitment', async () => {
    const plan = await createPlan(coordinator, B);
    const commitment = await createCommitment(coordinator, plan.id);
    const edited = ok(await coordinator.gql(UPDATE, { id: commitment.id, input: { title: 'Open the whole budget', status: 'SUBSTANTIAL', ogpValues: ['access-to-information', 'public-accountability'], caseIds: [] } })).updateCommitment;
    expect(edited).toMatchObject({ title: 'Open the whole budget', status: 'SUBSTANTIAL', ogpValues: ['access-to-information', 'public-accountability'], cases: [] });
    const renamed = ok(await coordinator.gql(UPDATE_PLAN, { id: plan.id, input: { title: 'Renamed plan', documentUrl: null } })).updateActionPlan;
    expect(renamed).toMatchObject({ title: 'Renamed plan', documentUrl: null, periodStart: '2024-01-01' });
  });

  it('refuses editors, members and other networks\' coordinators (FORBIDDEN), and anonymous visitors (UNAUTHENTICATED)', async () => {
    const plan = await createPlan(coordinator, B);
    const commitment = await createCommitment(coordinator, plan.id);
    const input = { network: B, city: { name: 'Paris', country: 'FR' }, title: 'Sneaky plan', periodStart: '2024-01-01', periodEnd: '2024-12-31' };
    expect(errorOf(await editor.gql(CREATE_PLAN, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await coordinatorOfA.gql(CREATE_PLAN, { input })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.client().gql(CREATE_PLAN, { input })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await editor.gql(CREATE, { input: { actionPlanId: plan.id, title: 'x' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await coordinatorOfA.gql(UPDATE, { id: commitment.id, input: { title: 'Defaced' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await editor.gql(UPDATE_PLAN, { id: plan.id, input: { title: 'Defaced' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await coordinator.gql(UPDATE, { id: '00000000-0000-0000-0000-000000000000', input: { title: 'x' } })).code).toBe('NOT_FOUND');
  });
});

describe('validation', () => {
  it('refuses a plan that ends before it starts, a bad address and a duplicate title, naming the field', async () => {
    const input = { network: B, city: { name: 'Quokkaville', country: 'AU' }, title: 'Backwards', periodStart: '2025-01-01', periodEnd: '2024-01-01', documentUrl: 'javascript:alert(1)' };
    const bad = errorOf(await coordinator.gql(CREATE_PLAN, { input }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
    expect(bad.fields).toEqual(['input.periodEnd', 'input.documentUrl']);
    await createPlan(coordinator, B, { title: 'Only once' });
    expect(errorOf(await coordinator.gql(CREATE_PLAN, { input: { ...input, title: 'Only once', periodStart: '2024-01-01', documentUrl: null } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(errorOf(await coordinator.gql(CREATE_PLAN, { input: { ...input, city: { name: 'Nowhere', country: 'XX' }, periodEnd: '2026-01-01', documentUrl: null } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.city.country' });
  });

  it('refuses a milestone due outside the plan\'s period, and one done before the plan\'s start', async () => {
    const plan = await createPlan(coordinator, B);
    const late = errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'Late', milestones: [{ title: 'Too late', dueDate: '2027-01-01' }] } }));
    expect(late).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.milestones[0].dueDate' });
    expect(late.message).toMatch(/outside the plan's period/);
    const early = errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'Early', milestones: [{ title: 'Done early', dueDate: '2024-03-01', status: 'COMPLETE', doneDate: '2023-12-31' }] } }));
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.milestones[0].doneDate' });
    expect(early.message).toMatch(/before the plan's start/);
    const notDone = errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'x', milestones: [{ title: 'Half', dueDate: '2024-03-01', status: 'LIMITED', doneDate: '2024-02-01' }] } }));
    expect(notDone).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.milestones[0].doneDate' });
    // A shorter period must still hold the plan's milestones.
    await createCommitment(coordinator, plan.id);
    expect(errorOf(await coordinator.gql(UPDATE_PLAN, { id: plan.id, input: { periodEnd: '2025-12-31' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodEnd' });
  });

  it('refuses unknown OGP values, SDGs and themes, bad partners and URLs, and duplicate external ids', async () => {
    const plan = await createPlan(coordinator, B);
    const response = await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'Tags', ogpValues: ['open-sesame'], sdgs: [18], themes: ['astrology'], partners: [{ name: ' ', kind: 'GOVERNMENT' }] } });
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.partners[0].name', 'input.ogpValues', 'input.sdgs', 'input.themes'] });
    await createCommitment(coordinator, plan.id, { externalId: 'DUP-1' });
    expect(errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'Again', externalId: 'DUP-1' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.externalId' });
    expect(errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: 'Cards', caseIds: ['00000000-0000-0000-0000-000000000000'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseIds' });
    expect(errorOf(await coordinator.gql(CREATE, { input: { actionPlanId: plan.id, title: '' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });
});
