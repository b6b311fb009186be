import type { GraphQLResponse, TestApi, TestClient } from '../../test/test-api.js';

/** GraphQL documents and helpers shared by the thread tests. */
export const A = 'uclg-transparency';
export const B = 'ogp-local';
/** Published demo cards: Madrid's is in B (ogp-local), Seoul's in A (uclg-transparency). */
export const MADRID_CASE = 'madrid-consul-project-global-participation-platform';
export const SEOUL_CASE = 'seoul-open-and-big-data-on-environment';

export const POST_FIELDS = `id body bodyHtml hidden deleted parentId threadId author { name } createdAt editedAt
  revisions { body replacedAt editedBy { name } } viewerCan { edit delete hide flag }`;
export const THREAD_FIELDS = `id title locked membersOnly replyCount lastActivityAt unread network { slug } case { slug } createdBy { name } viewerCan { reply moderate }`;

export const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { ${THREAD_FIELDS} posts(first: 5) { totalCount edges { node { ${POST_FIELDS} } } } } }`;
export const REPLY = `mutation($threadId: ID!, $body: String!, $parentId: ID) { reply(threadId: $threadId, body: $body, parentId: $parentId) { ${POST_FIELDS} } }`;
export const EDIT = `mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { ${POST_FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deletePost(id: $id) { ${POST_FIELDS} } }`;
export const FLAG = `mutation($id: ID!, $reason: String!) { flagPost(id: $id, reason: $reason) { id viewerCan { flag } } }`;
export const HIDE = `mutation($id: ID!) { hidePost(id: $id) { ${POST_FIELDS} } }`;
export const RESTORE = `mutation($id: ID!) { restorePost(id: $id) { ${POST_FIELDS} } }`;
export const LOCK = `mutation($id: ID!) { lockThread(id: $id) { id locked } }`;
export const UNLOCK = `mutation($id: ID!) { unlockThread(id: $id) { id locked } }`;
export const BLOCK = `mutation($network: String!, $userId: ID!) { blockUser(network: $network, userId: $userId) }`;
export const UNBLOCK = `mutation($network: String!, $userId: ID!) { unblockUser(network: $network, userId: $userId) }`;
export const TRUST = `mutation($network: String!, $userId: ID!) { trustMember(network: $network, userId: $userId) }`;
export const UNTRUST = `mutation($network: String!, $userId: ID!) { untrustMember(network: $network, userId: $userId) }`;
export const SPACE = `mutation($network: String!, $membersOnly: Boolean!) { setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) { slug spaceMembersOnly } }`;
export const MARK_READ = `mutation($id: ID!) { markThreadRead(id: $id) { id unread } }`;
export const PREVIEW = `query($body: String!, $threadId: ID) { previewPost(body: $body, threadId: $threadId) }`;
export const THREAD = `query($id: ID!, $first: Int, $after: String) {
  thread(id: $id) { ${THREAD_FIELDS} posts(first: $first, after: $after) { totalCount edges { cursor node { ${POST_FIELDS} } } pageInfo { hasNextPage endCursor } } }
}`;
export const THREADS = `query($caseId: ID, $network: String, $first: Int, $after: String) {
  threads(caseId: $caseId, network: $network, first: $first, after: $after) { totalCount edges { cursor node { id title membersOnly replyCount lastActivityAt unread } } pageInfo { hasNextPage endCursor } }
}`;
export const QUEUE = `query($network: String!) { moderationQueue(network: $network) { firstFlaggedAt post { id body hidden } thread { id title } flags { reason flagger { name } createdAt } } }`;

export const STANDINGS = `query($network: String!) { networkStandings(network: $network) { user { id name } blocked trusted since by { name } } }`;

/** The data of a response that must have succeeded, with its errors shown when it did not. */
export function ok<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

export function errorOf(response: GraphQLResponse): { code?: string; field?: string; message: string; retryAfter?: number } {
  const error = response.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message ?? '', retryAfter: error?.extensions?.retryAfter };
}

export async function caseId(api: TestApi, slug: string): Promise<string> {
  return ok(await api.gql(`query($slug: String!) { case(slug: $slug) { id } }`, { slug })).case.id;
}

export async function userId(client: TestClient): Promise<string> {
  return ok(await client.gql(`query { viewer { id } }`)).viewer.id;
}

export interface StartedThread {
  id: string;
  firstPostId: string;
}

/** Starts a thread and returns its id and opening post's id; fails the test on any error. */
export async function start(client: TestClient, input: Record<string, unknown>): Promise<StartedThread> {
  const thread = ok(await client.gql(START, { input: { body: 'Opening post.', ...input } })).startThread;
  return { id: thread.id, firstPostId: thread.posts.edges[0].node.id };
}

export async function replyTo(client: TestClient, threadId: string, body: string, parentId?: string): Promise<any> {
  return ok(await client.gql(REPLY, { threadId, body, parentId })).reply;
}

/** A new signed-in user, unique per call, so that each test has its own rate-limit budget. */
let counter = 0;
export function freshUser(api: TestApi, label: string, memberships: [string, 'COORDINATOR' | 'EDITOR' | 'MEMBER'][] = []): Promise<TestClient> {
  counter += 1;
  return api.signedIn(`${label}.${counter}@threads.example`, { memberships, name: `${label} ${counter}` });
}
