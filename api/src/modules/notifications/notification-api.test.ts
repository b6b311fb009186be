import { startTestApi, type TestApi } from '../../test/test-api.js';
import { recordActivity } from './activity.js';
import { A, errorOf, MARK_READ, NOTIFICATIONS, notificationsOf, ok, person, PREFERENCES, submittedCard, UPDATE_PREFERENCES, type Person } from './notifications.fixtures.js';

/** The bell and the notifications page: paging, the unread count, marking read, preferences; one's own only. */
let api: TestApi;
let coordinator: Person;
let networkA: string;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await person(api, 'coordinator', [[A, 'COORDINATOR']]);
  [{ id: networkA }] = await api.orm.em.getConnection().execute(`select id from networks where slug = ?`, [A]);
});
afterAll(() => api?.close());

/** Records curation decisions on the author's cards straight through recordActivity, as a change's transaction would. */
async function decisions(author: Person, titles: string[]): Promise<void> {
  for (const title of titles) {
    const card = await submittedCard(author.client, A, title);
    await api.orm.em.fork().transactional((tx) =>
      recordActivity(tx, { kind: 'CURATION_DECIDED', actorId: coordinator.id, networkId: networkA, caseId: card.id, authorId: author.id, decision: 'APPROVE' }),
    );
  }
  await api.waitForNotifications();
}

describe('recordActivity', () => {
  it('writes its job in the caller\'s transaction: rolled back, nothing is ever notified', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Rolled back');
    await expect(
      api.orm.em.fork().transactional(async (tx) => {
        await recordActivity(tx, { kind: 'CURATION_DECIDED', actorId: coordinator.id, networkId: networkA, caseId: card.id, authorId: author.id, decision: 'REJECT' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await api.waitForNotifications();
    expect((await notificationsOf(author.client)).nodes).toEqual([]);
    const [{ count }] = await api.orm.em.getConnection().execute(`select count(*)::int as count from pgboss.job where name = 'notification-fan-out' and data->'activity'->>'caseId' = ?`, [card.id]);
    expect(count).toBe(0);
  });

  it('needs an open transaction', async () => {
    await expect(recordActivity(api.orm.em.fork(), { kind: 'CASE_PUBLISHED', actorId: coordinator.id, networkId: networkA, caseId: networkA })).rejects.toThrow(/open transaction/);
  });
});

describe('the notifications list', () => {
  it('pages newest first with a cursor, and counts the unread ones in all', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    await decisions(author, ['Card one', 'Card two', 'Card three']);
    const first = ok(await author.client.gql(NOTIFICATIONS, { first: 2 })).notifications;
    expect(first.unreadCount).toBe(3);
    expect(first.edges.map((edge: any) => edge.node.title)).toEqual([`${coordinator.name} approved your card “Card three”`, `${coordinator.name} approved your card “Card two”`]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = ok(await author.client.gql(NOTIFICATIONS, { first: 2, after: first.pageInfo.endCursor })).notifications;
    expect(second.edges.map((edge: any) => edge.node.title)).toEqual([`${coordinator.name} approved your card “Card one”`]);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    expect(ok(await author.client.gql(NOTIFICATIONS, { first: 0 })).notifications).toEqual({ unreadCount: 3, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(first.edges[0].node).toMatchObject({ verb: 'APPROVED', headline: 'Card three', context: null });
  });

  it('marks some or all read, never anyone else\'s, and answers the unread count left', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const other = await person(api, 'other', [[A, 'EDITOR']]);
    await decisions(author, ['Mark one', 'Mark two', 'Mark three']);
    await decisions(other, ['Not yours']);
    const [newest, middle] = (await notificationsOf(author.client)).nodes;
    const othersId = (await notificationsOf(other.client)).nodes[0].id;

    expect(ok(await author.client.gql(MARK_READ, { ids: [newest.id, othersId] })).markNotificationsRead).toBe(2);
    expect((await notificationsOf(author.client)).nodes.map((node) => node.read)).toEqual([true, false, false]);
    expect(ok(await other.client.gql(NOTIFICATIONS, { first: 5 })).notifications.unreadCount).toBe(1);
    expect(ok(await author.client.gql(MARK_READ, { ids: [middle.id] })).markNotificationsRead).toBe(1);
    expect(ok(await author.client.gql(MARK_READ, {})).markNotificationsRead).toBe(0);
    expect((await notificationsOf(author.client)).nodes.every((node) => node.read)).toBe(true);
    expect((await notificationsOf(other.client)).nodes.map((node) => node.read)).toEqual([false]);
  });

  it('checks its arguments and wants a signed-in user', async () => {
    const author = await person(api, 'author');
    expect(errorOf(await author.client.gql(NOTIFICATIONS, { first: 51 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await author.client.gql(NOTIFICATIONS, { first: 5, after: 'bm9wZQ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await author.client.gql(MARK_READ, { ids: ['nope'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(errorOf(await api.client().gql(NOTIFICATIONS, { first: 5 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await api.client().gql(MARK_READ, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('preferences', () => {
  it('start at IMMEDIATE with nothing muted, and change only what is given', async () => {
    const reader = await person(api, 'reader');
    expect(ok(await reader.client.gql(PREFERENCES)).notificationPreferences).toEqual({ email: 'IMMEDIATE', mutedKinds: [] });
    expect(ok(await reader.client.gql(UPDATE_PREFERENCES, { input: { mutedKinds: ['SAVED_SEARCH_MATCH', 'SAVED_SEARCH_MATCH'] } })).updateNotificationPreferences)
      .toEqual({ email: 'IMMEDIATE', mutedKinds: ['SAVED_SEARCH_MATCH'] });
    expect(ok(await reader.client.gql(UPDATE_PREFERENCES, { input: { email: 'DAILY_DIGEST' } })).updateNotificationPreferences).toEqual({ email: 'DAILY_DIGEST', mutedKinds: ['SAVED_SEARCH_MATCH'] });
    expect(ok(await reader.client.gql(PREFERENCES)).notificationPreferences).toEqual({ email: 'DAILY_DIGEST', mutedKinds: ['SAVED_SEARCH_MATCH'] });
    expect(errorOf(await reader.client.gql(UPDATE_PREFERENCES, { input: { email: 'HOURLY' } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await api.client().gql(PREFERENCES)).code).toBe('UNAUTHENTICATED');
  });
});
