import type { TestApi, TestClient } from '../../test/test-api.js';
import { completeInput, createCard, ok, REVIEW, SUBMIT } from '../cases/curation.fixtures.js';

export { errorOf, ok } from '../cases/curation.fixtures.js';

/** Demo networks: A and B. */
export const A = 'uclg-transparency';
export const B = 'ogp-local';

export const NOTIFICATIONS = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) {
    unreadCount
    edges { cursor node { id kind read createdAt title headline context verb summary link actor { name } network { slug } threadId postId caseId savedSearchId followedTargetId emailedAt digestedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
export const PREFERENCES = `query { notificationPreferences { email mutedKinds } }`;
export const UPDATE_PREFERENCES = `mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email mutedKinds } }`;
export const FOLLOW = `mutation($id: ID!) { follow(targetId: $id) { id targetKind targetId title link } }`;
export const UNFOLLOW = `mutation($id: ID!) { unfollow(targetId: $id) }`;
export const FOLLOWING = `query($id: ID!) { following(targetId: $id) }`;
export const MY_FOLLOWS = `query { myFollows { targetKind targetId title link } }`;
export const SAVE_SEARCH = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name query filters { sdgs regions countries networks themes ogpValues languages cities yearFrom yearTo } following link } }`;
export const SAVED_SEARCHES = `query { savedSearches { id name query following link } }`;
export const DELETE_SAVED_SEARCH = `mutation($id: ID!) { deleteSavedSearch(id: $id) }`;
export const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { scope message } }`;

export async function userIdOf(client: TestClient): Promise<string> {
  return ok(await client.gql(`query { viewer { id } }`)).viewer.id;
}

export async function notificationsOf(client: TestClient, first = 20): Promise<{ unreadCount: number; nodes: any[] }> {
  const connection = ok(await client.gql(NOTIFICATIONS, { first })).notifications;
  return { unreadCount: connection.unreadCount, nodes: connection.edges.map((edge: any) => edge.node) };
}

/** A complete card by this editor, submitted: waiting for a coordinator's decision. */
export async function submittedCard(editor: TestClient, network: string, title: string, extra: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const card = await createCard(editor, { ...completeInput(network, title), ...extra });
  ok(await editor.gql(SUBMIT, { id: card.id }));
  return card;
}

export async function decide(coordinator: TestClient, id: string, decision: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT', comment?: string): Promise<void> {
  ok(await coordinator.gql(REVIEW, { id, decision, comment: comment ?? (decision === 'APPROVE' ? null : 'Please say more about the results.') }));
}

/** Emails sent to this address so far. */
export function mailTo(api: TestApi, email: string) {
  return api.mail.messages.filter((message) => message.to === email.toLowerCase());
}

export interface Person {
  client: TestClient;
  id: string;
  email: string;
  name: string;
}

let counter = 0;
/** A new signed-in user, unique per call (so each test has its own rate-limit budget). */
export async function person(api: TestApi, label: string, memberships: [string, 'COORDINATOR' | 'EDITOR' | 'MEMBER'][] = []): Promise<Person> {
  counter += 1;
  const email = `${label}.${counter}@notify.example`;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} ${counter}`;
  const client = await api.signedIn(email, { memberships, name });
  return { client, id: await userIdOf(client), email, name };
}
