import type { GraphQLResponse, TestApi, TestClient } from '../../test/test-api.js';

/** GraphQL documents and helpers shared by the commitment tests. */
export const A = 'uclg-transparency';
export const B = 'ogp-local';

export const COMMITMENT = `id externalId title status selfReportedStatus problem description leadInstitution partners { name kind } ogpValues themes sdgs { number }
  city { name slug } network { slug } actionPlan { id title periodStart periodEnd }
  milestones { id title dueDate status doneDate overdue }
  updates { id body status createdAt correctedAt author { name } completedMilestones { id title } links { label url } revisions { body replacedAt editedBy { name } } }
  assessments { assessor assessedOn completion verifiable potentialResults didItOpenGovernment recordedBy { name } }
  latestAssessment { completion assessedOn } divergence overdue cases { slug } viewerCan { edit report assess }`;

export const GET = `query($id: ID!) { commitment(id: $id) { ${COMMITMENT} } }`;
export const LIST = `query($filter: CommitmentFilter, $first: Int, $after: String) {
  commitments(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id title status city { slug } network { slug } } } pageInfo { hasNextPage endCursor } }
}`;
export const CREATE_PLAN = `mutation($input: ActionPlanInput!) { createActionPlan(input: $input) { id title periodStart periodEnd documentUrl city { name slug } network { slug } } }`;
export const UPDATE_PLAN = `mutation($id: ID!, $input: ActionPlanInput!) { updateActionPlan(id: $id, input: $input) { id title periodStart periodEnd documentUrl } }`;
export const CREATE = `mutation($input: CommitmentInput!) { createCommitment(input: $input) { ${COMMITMENT} } }`;
export const UPDATE = `mutation($id: ID!, $input: CommitmentInput!) { updateCommitment(id: $id, input: $input) { ${COMMITMENT} } }`;
export const POST = `mutation($input: CommitmentUpdateInput!) {
  postCommitmentUpdate(input: $input) { id body status createdAt author { name } completedMilestones { id title doneDate status } links { url } commitment { status milestones { id status doneDate } } }
}`;
export const CORRECT = `mutation($id: ID!, $body: String!) { correctCommitmentUpdate(id: $id, body: $body) { id body correctedAt revisions { body replacedAt editedBy { name } } } }`;
export const SET_MILESTONE = `mutation($id: ID!, $status: CommitmentStatus!, $doneDate: LocalDate) { setMilestoneStatus(id: $id, status: $status, doneDate: $doneDate) { id status doneDate overdue } }`;
export const ADD_MILESTONE = `mutation($id: ID!, $input: MilestoneInput!) { addMilestone(commitmentId: $id, input: $input) { id title dueDate status doneDate } }`;
export const UPDATE_MILESTONE = `mutation($id: ID!, $input: MilestoneInput!) { updateMilestone(id: $id, input: $input) { id title dueDate status doneDate } }`;
export const ASSESS = `mutation($input: AssessmentInput!) { recordAssessment(input: $input) { id assessor assessedOn completion recordedBy { name } } }`;

/** The data of a response that must have succeeded, with its errors shown when it did not. */
export function ok<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export function errorOf(response: GraphQLResponse): { code?: string; field?: string; fields?: string[]; message: string } {
  const error = response.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, fields: error?.extensions?.fields, message: error?.message ?? '' };
}

/** A plan for a city of network `network`, made by its coordinator. */
export async function createPlan(coordinator: TestClient, network: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; city: { slug: string } }> {
  const input = { network, city: { name: 'Quokkaville', country: 'AU' }, title: `Plan ${Math.random().toString(36).slice(2, 8)}`, periodStart: '2024-01-01', periodEnd: '2026-12-31', documentUrl: 'https://example.org/plan.pdf', ...overrides };
  return ok(await coordinator.gql(CREATE_PLAN, { input })).createActionPlan;
}

export async function createCommitment(coordinator: TestClient, actionPlanId: string, overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const input = {
    actionPlanId,
    title: 'Open the city budget',
    problem: 'Nobody knew where the money went.',
    description: 'Publish the budget, line by line.',
    leadInstitution: 'Finance department',
    partners: [{ name: 'Budget Watch', kind: 'CIVIL_SOCIETY' }, { name: 'Finance department', kind: 'GOVERNMENT' }],
    ogpValues: ['access-to-information'],
    sdgs: [16],
    themes: ['public-spending'],
    milestones: [
      { title: 'Publish the 2024 budget', dueDate: '2024-06-30' },
      { title: 'Publish monthly spending', dueDate: '2026-06-30' },
    ],
    ...overrides,
  };
  return ok(await coordinator.gql(CREATE, { input })).createCommitment;
}

/** The id of a demo commitment, by external id. */
export async function demoCommitmentId(api: TestApi, externalId: string): Promise<string> {
  const rows = await api.orm.em.getConnection().execute<{ id: string }[]>(`select id from commitments where external_id = ?`, [externalId]);
  if (!rows[0]) throw new Error(`no demo commitment ${externalId}`);
  return rows[0].id;
}
