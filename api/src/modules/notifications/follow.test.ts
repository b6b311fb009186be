import { startTestApi, type TestApi } from '../../test/test-api.js';
import { MADRID_CASE, REPLY, START } from '../threads/threads.fixtures.js';
import {
  A, B, decide, errorOf, FOLLOW, FOLLOWING, mailTo, MY_FOLLOWS, notificationsOf, ok, person, SAVE_SEARCH, submittedCard, UNFOLLOW, type Person,
} from './notifications.fixtures.js';

/** Follows, and the notifications of threads: who hears of a new thread or post, once, and who never does. */
let api: TestApi;
let madridCaseId: string;
let networkA: string;
beforeAll(async () => {
  api = await startTestApi();
  madridCaseId = ok(await api.gql(`query { case(slug: "${MADRID_CASE}") { id } }`)).case.id;
  [{ id: networkA }] = await api.orm.em.getConnection().execute(`select id from networks where slug = ?`, [A]);
});
afterAll(() => api?.close());

async function startThread(who: Person, input: Record<string, unknown>): Promise<{ id: string; postId: string }> {
  const thread = ok(await who.client.gql(START, { input: { title: 'A question for the network', body: 'Opening post.', ...input } })).startThread;
  return { id: thread.id, postId: thread.posts.edges[0].node.id };
}

async function reply(who: Person, threadId: string, body: string, parentId?: string): Promise<{ id: string }> {
  return ok(await who.client.gql(REPLY, { threadId, body, parentId })).reply;
}

const mention = (who: Person) => `@[${who.name}](user:${who.id})`;

describe('follow and unfollow', () => {
  it('follows a published case, a network\'s space, a thread and an own saved search by id; twice is once', async () => {
    const reader = await person(api, 'reader');
    const thread = await startThread(await person(api, 'starter'), { caseId: madridCaseId });
    const search = ok(await reader.client.gql(SAVE_SEARCH, { input: { name: 'Budgets', query: 'budget' } })).saveSearch;
    ok(await reader.client.gql(UNFOLLOW, { id: search.id }));

    const followed = [];
    for (const id of [madridCaseId, networkA, thread.id, search.id]) {
      const first = ok(await reader.client.gql(FOLLOW, { id })).follow;
      expect(ok(await reader.client.gql(FOLLOW, { id })).follow).toEqual(first);
      expect(ok(await reader.client.gql(FOLLOWING, { id })).following).toBe(true);
      followed.push(first);
    }
    expect(followed.map((item) => [item.targetKind, item.title, item.link])).toEqual([
      ['CASE', expect.stringContaining('Consul'), `/cases/${MADRID_CASE}`],
      ['NETWORK_SPACE', expect.any(String), `/networks/${A}`],
      ['THREAD', 'A question for the network', `/threads/${thread.id}`],
      ['SAVED_SEARCH', 'Budgets', '/search?q=budget'],
    ]);
    expect(ok(await reader.client.gql(MY_FOLLOWS)).myFollows.map((item: any) => item.targetId)).toEqual([search.id, thread.id, networkA, madridCaseId]);

    expect(ok(await reader.client.gql(UNFOLLOW, { id: thread.id })).unfollow).toBe(true);
    expect(ok(await reader.client.gql(UNFOLLOW, { id: thread.id })).unfollow).toBe(false);
    expect(ok(await reader.client.gql(FOLLOWING, { id: thread.id })).following).toBe(false);
  });

  it('answers NOT_FOUND for what the viewer may not read: a draft, another network\'s members-only thread, someone else\'s saved search', async () => {
    const outsider = await person(api, 'outsider', [[A, 'MEMBER']]);
    const memberOfB = await person(api, 'member', [[B, 'MEMBER']]);
    const editorOfB = await person(api, 'editor', [[B, 'EDITOR']]);
    const draft = await submittedCard(editorOfB.client, B, 'A submission of B');
    const hidden = await startThread(memberOfB, { network: B, membersOnly: true });
    const othersSearch = ok(await memberOfB.client.gql(SAVE_SEARCH, { input: { name: 'Mine', query: 'x' } })).saveSearch;
    for (const id of [draft.id, hidden.id, othersSearch.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect(errorOf(await outsider.client.gql(FOLLOW, { id }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(ok(await outsider.client.gql(FOLLOWING, { id })).following).toBe(false);
    }
    expect(errorOf(await api.client().gql(FOLLOW, { id: madridCaseId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ok(await api.client().gql(FOLLOWING, { id: madridCaseId })).following).toBe(false);
    // The member of B follows their own members-only thread; the outsider cannot remove that follow.
    expect(ok(await outsider.client.gql(UNFOLLOW, { id: hidden.id })).unfollow).toBe(false);
    expect(ok(await memberOfB.client.gql(FOLLOWING, { id: hidden.id })).following).toBe(true);
  });

  it('follows the thread one starts or replies to', async () => {
    const starter = await person(api, 'starter');
    const replier = await person(api, 'replier');
    const thread = await startThread(starter, { caseId: madridCaseId });
    await reply(replier, thread.id, 'A first answer.');
    expect(ok(await starter.client.gql(FOLLOWING, { id: thread.id })).following).toBe(true);
    expect(ok(await replier.client.gql(FOLLOWING, { id: thread.id })).following).toBe(true);
  });
});

describe('thread notifications', () => {
  it('tell every follower of a thread of a new post, once each, and never its author', async () => {
    const starter = await person(api, 'starter');
    const follower = await person(api, 'follower');
    const poster = await person(api, 'poster');
    const thread = await startThread(starter, { caseId: madridCaseId, title: 'Budget cycles in Madrid' });
    ok(await follower.client.gql(FOLLOW, { id: thread.id }));
    const post = await reply(poster, thread.id, 'We publish the budget **every** month.');
    await api.waitForNotifications();

    for (const who of [starter, follower]) {
      const { nodes } = await notificationsOf(who.client);
      expect(nodes).toEqual([
        expect.objectContaining({
          kind: 'NEW_POST_IN_FOLLOWED',
          title: `${poster.name} posted in “Budget cycles in Madrid”`,
          summary: 'We publish the budget every month.',
          link: `/threads/${thread.id}#post-${post.id}`,
          threadId: thread.id,
          postId: post.id,
          followedTargetId: thread.id,
          actor: { name: poster.name },
        }),
      ]);
      expect(mailTo(api, who.email).map((message) => message.subject)).toEqual([`${poster.name} posted in “Budget cycles in Madrid”`]);
    }
    expect((await notificationsOf(poster.client)).nodes).toEqual([]);
  });

  it('give one notification, the strongest, to someone a post both replies to and mentions', async () => {
    const member = await person(api, 'member', [[A, 'MEMBER']]);
    const other = await person(api, 'other', [[A, 'MEMBER']]);
    const thread = await startThread(member, { network: A, title: 'Open contracting tools' });
    await reply(other, thread.id, `Yes, ${mention(member)}: we use OCDS.`, thread.postId);
    await api.waitForNotifications();
    const { nodes } = await notificationsOf(member.client);
    expect(nodes.map((node) => [node.kind, node.title])).toEqual([['MENTION', `${other.name} mentioned you in “Open contracting tools”`]]);
    expect(mailTo(api, member.email)).toHaveLength(1);

    await reply(other, thread.id, 'And a plain reply.', thread.postId);
    await api.waitForNotifications();
    const [plainReply, mentioned] = (await notificationsOf(member.client)).nodes;
    expect([plainReply.kind, mentioned.kind]).toEqual(['REPLY', 'MENTION']);
    // In parts too, for the web to word in the reader's language.
    expect(plainReply).toMatchObject({ verb: 'POSTED', headline: 'Open contracting tools', context: null, title: `${other.name} replied to your post in “Open contracting tools”` });
  });

  it('tell the author and followers of a case of a new thread on it, and the followers of a network\'s space of a thread there', async () => {
    const coordinator = await person(api, 'coordinator', [[A, 'COORDINATOR']]);
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Open data on air quality');
    await decide(coordinator.client, card.id, 'APPROVE');
    const caseFollower = await person(api, 'casefollower');
    ok(await caseFollower.client.gql(FOLLOW, { id: card.id }));
    const spaceFollower = await person(api, 'spacefollower');
    ok(await spaceFollower.client.gql(FOLLOW, { id: networkA }));
    const asker = await person(api, 'asker');
    await api.waitForNotifications();

    await startThread(asker, { caseId: card.id, title: 'Which sensors?' });
    await startThread(asker, { network: A, title: 'Hello, network' });
    await api.waitForNotifications();
    const onCase = `${asker.name} started a thread on “Open data on air quality”: “Which sensors?”`;
    expect((await notificationsOf(author.client)).nodes.map((node) => node.title)).toEqual([onCase, `${coordinator.name} approved your card “Open data on air quality”`]);
    expect((await notificationsOf(caseFollower.client)).nodes.map((node) => [node.kind, node.title])).toEqual([['NEW_THREAD_ON_CASE', onCase]]);
    const spaceNodes = (await notificationsOf(spaceFollower.client)).nodes;
    expect(spaceNodes.map((node) => [node.kind, node.followedTargetId])).toEqual([['NEW_POST_IN_FOLLOWED', networkA]]);
    expect(spaceNodes[0].title).toMatch(new RegExp(`^${asker.name} started a thread in .+: “Hello, network”$`));

    // In parts too: what was done, to what, and where (the case, the network), for the web to word.
    const [onCaseNode, decision] = (await notificationsOf(author.client)).nodes;
    expect(onCaseNode).toMatchObject({ kind: 'NEW_THREAD_ON_CASE', verb: 'THREAD_STARTED', headline: 'Which sensors?', context: 'Open data on air quality' });
    expect(decision).toMatchObject({ kind: 'CURATION_DECISION', verb: 'APPROVED', headline: 'Open data on air quality', context: null });
    const [{ name: networkName }] = await api.orm.em.getConnection().execute(`select name from networks where id = ?`, [networkA]);
    expect(spaceNodes[0]).toMatchObject({ verb: 'THREAD_STARTED', headline: 'Hello, network', context: networkName });
    expect(spaceNodes[0].title).toBe(`${asker.name} started a thread in ${networkName}: “Hello, network”`);
  });

  it('of a members-only thread reach only members: a follower who left the network hears nothing more and no longer sees the old ones', async () => {
    const starter = await person(api, 'starter', [[B, 'MEMBER']]);
    const leaver = await person(api, 'leaver', [[B, 'MEMBER']]);
    const stayer = await person(api, 'stayer', [[B, 'MEMBER']]);
    const thread = await startThread(starter, { network: B, membersOnly: true, title: 'Members only: budget leaks' });
    ok(await leaver.client.gql(FOLLOW, { id: thread.id }));
    ok(await stayer.client.gql(FOLLOW, { id: thread.id }));
    await reply(starter, thread.id, 'First internal note.');
    await api.waitForNotifications();
    expect((await notificationsOf(leaver.client)).unreadCount).toBe(1);

    ok(await leaver.client.gql(`mutation { leaveNetwork(network: "${B}") }`));
    expect(await notificationsOf(leaver.client)).toEqual({ unreadCount: 0, nodes: [] });
    await reply(starter, thread.id, 'Second internal note.');
    await api.waitForNotifications();
    expect((await notificationsOf(stayer.client)).nodes).toHaveLength(2);
    expect(mailTo(api, leaver.email)).toHaveLength(1);
    const [{ count }] = await api.orm.em.getConnection().execute(`select count(*)::int as count from notifications where recipient_id = ?`, [leaver.id]);
    expect(count).toBe(1);
  });
});
