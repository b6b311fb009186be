import type { GraphQLResponse, TestClient } from '../../test/test-api.js';

/** GraphQL documents and helpers shared by the curation tests. */
export const CARD = `id slug status title summary challenge approach sdgs { number } themes cities { name country region }
  contacts { name email } links { label url } language yearStarted submittedAt publishedAt
  author { id name } viewerCan { edit submit review archive }`;

export const CREATE = `mutation($input: CaseInput!) { createCase(input: $input) { ${CARD} } }`;
export const UPDATE = `mutation($id: ID!, $input: CaseInput!) { updateCase(id: $id, input: $input) { ${CARD} pendingEdit { state changes { field before after } } } }`;
export const SUBMIT = `mutation($id: ID!) { submitCase(id: $id) { ${CARD} } }`;
export const REVIEW = `mutation($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {
  reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) { ${CARD} }
}`;
export const ARCHIVE = `mutation($id: ID!) { archiveCase(id: $id) { ${CARD} } }`;
export const BY_ID = `query($id: ID!) { caseById(id: $id) {
  ${CARD}
  reviews { decision appliesTo comment fieldComments { field comment } reviewer { name } }
  pendingEdit { state submittedAt proposedBy { name } changes { field before after } snapshot }
} }`;
export const HISTORY = `query($id: ID!) { caseHistory(id: $id) { kind createdAt author { name } changedFields changes { field before after } } }`;
export const QUEUE = `query($network: String!) { curationQueue(network: $network) { appliesTo submittedAt waitingSeconds case { id title status } } }`;
export const AUDIT = `query($network: String!, $first: Int, $after: String) {
  auditLog(network: $network, first: $first, after: $after) {
    totalCount edges { cursor node { action recordType recordId actor { name } details createdAt } } pageInfo { hasNextPage endCursor }
  }
}`;
export const SEARCH = `query($query: String!) { searchCases(input: { query: $query }) { total hits { case { id slug } } } }`;

/** A card with every field that submission requires. */
export function completeInput(network: string, title: string): Record<string, unknown> {
  return {
    network,
    title,
    summary: `${title}: a short summary.`,
    challenge: 'Residents could not find out **where** the money went.',
    approach: 'Open the budget, line by line, with a map.',
    sdgs: [16, 11],
    themes: ['transparency-integrity'],
    ogpValues: ['access-to-information'],
    cities: [{ name: 'Porto Alegre', country: 'br' }],
    contacts: [{ name: 'Budget office', role: 'Team', organisation: 'City hall', email: 'Budget@Example.org' }],
    links: [{ label: 'Portal', url: 'https://example.org/budget' }],
    language: 'en',
    yearStarted: 2019,
  };
}

/** The data of a response that must have succeeded, with its errors shown when it did not. */
export function ok<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export function errorOf(response: GraphQLResponse): { code?: string; field?: string; fields?: string[]; message: string } {
  const error = response.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, fields: error?.extensions?.fields, message: error?.message ?? '' };
}

export async function createCard(client: TestClient, input: Record<string, unknown>): Promise<{ id: string; slug: string; status: string }> {
  return ok(await client.gql(CREATE, { input })).createCase;
}
