import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import {
  A, B, BLOCK, errorOf, FLAG, freshUser, HIDE, MADRID_CASE, caseId, ok, QUEUE, REPLY, replyTo, RESTORE, STANDINGS, start, START, THREAD, TRUST, UNBLOCK, UNTRUST, userId,
} from './threads.fixtures.js';

/** Moderation: flags and the queue, hiding and restoring, blocking; every action in the network's audit log. */
let api: TestApi;
let coordinator: TestClient;
let member: TestClient;
let coordinatorA: TestClient;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  coordinator = await api.signedIn('coordinator@b.moderation.example', { memberships: [[B, 'COORDINATOR']], name: 'Cora Coordinator' });
  member = await api.signedIn('member@b.moderation.example', { memberships: [[B, 'MEMBER']], name: 'Mateo Member' });
  coordinatorA = await api.signedIn('coordinator@a.moderation.example', { memberships: [[A, 'COORDINATOR']] });
});
afterAll(() => api?.close());

const AUDIT = `query { auditLog(network: "${B}", first: 100) { edges { node { action recordType recordId actor { name } } } } }`;
const auditActions = async (): Promise<{ action: string; recordId: string }[]> => ok(await coordinator.gql(AUDIT)).auditLog.edges.map((edge: any) => edge.node);

describe('flags and the moderation queue', () => {
  it('takes one flag per reader per post, with a reason; not from anonymous visitors or the author', async () => {
    const author = await freshUser(api, 'flagged');
    const thread = await start(author, { network: B, title: 'Flag me' });
    expect(errorOf(await api.client().gql(FLAG, { id: thread.firstPostId, reason: 'spam' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await author.gql(FLAG, { id: thread.firstPostId, reason: 'spam' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await member.gql(FLAG, { id: thread.firstPostId, reason: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(ok(await member.gql(FLAG, { id: thread.firstPostId, reason: 'Advertising' })).flagPost).toEqual({ id: thread.firstPostId, viewerCan: { flag: false } });
    expect(errorOf(await member.gql(FLAG, { id: thread.firstPostId, reason: 'Again' }))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/already flagged/) });
  });

  it('answers NOT_FOUND to a flag on a post the flagger cannot read', async () => {
    const thread = await start(member, { network: B, title: 'Private', membersOnly: true });
    const outsider = await freshUser(api, 'outsider');
    expect(errorOf(await outsider.gql(FLAG, { id: thread.firstPostId, reason: 'curious' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('shows coordinators the flagged posts, oldest first, with every reason; no one else', async () => {
    const author = await freshUser(api, 'queued');
    const older = await start(author, { network: B, title: 'Older flagged thread', body: 'Buy cheap watches' });
    const newer = await start(author, { network: B, title: 'Newer flagged thread', body: 'Rude words' });
    const reporter = await freshUser(api, 'reporter');
    ok(await member.gql(FLAG, { id: older.firstPostId, reason: 'Spam' }));
    ok(await reporter.gql(FLAG, { id: newer.firstPostId, reason: 'Insulting' }));
    ok(await reporter.gql(FLAG, { id: older.firstPostId, reason: 'Also spam' }));
    const queue = ok(await coordinator.gql(QUEUE, { network: B })).moderationQueue;
    const mine = queue.filter((item: any) => [older.firstPostId, newer.firstPostId].includes(item.post.id));
    expect(mine.map((item: any) => [item.thread.title, item.post.body, item.flags.map((flag: any) => flag.reason)])).toEqual([
      ['Older flagged thread', 'Buy cheap watches', ['Spam', 'Also spam']],
      ['Newer flagged thread', 'Rude words', ['Insulting']],
    ]);
    const times = queue.map((item: any) => new Date(item.firstFlaggedAt).getTime());
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    for (const outsider of [member, coordinatorA, api.client()]) expect(ok(await outsider.gql(QUEUE, { network: B })).moderationQueue).toBeNull();
  });
});

describe('hiding and restoring', () => {
  it('nulls a hidden post\'s text for everyone but the coordinators, and takes it out of the queue', async () => {
    const author = await freshUser(api, 'hidden');
    const thread = await start(author, { caseId: await caseId(api, MADRID_CASE), title: 'Hide one post' });
    const post = await replyTo(author, thread.id, 'Something unkind');
    ok(await member.gql(FLAG, { id: post.id, reason: 'Unkind' }));
    expect(errorOf(await member.gql(HIDE, { id: post.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await coordinatorA.gql(HIDE, { id: post.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await coordinator.gql(HIDE, { id: post.id })).hidePost).toMatchObject({ hidden: true, body: 'Something unkind' });
    for (const reader of [api.client(), member, author]) {
      const [, seen] = ok(await reader.gql(THREAD, { id: thread.id })).thread.posts.edges.map((edge: any) => edge.node);
      expect(seen).toMatchObject({ id: post.id, hidden: true, body: null, bodyHtml: null, revisions: [] });
    }
    const [, coordinatorView] = ok(await coordinator.gql(THREAD, { id: thread.id })).thread.posts.edges.map((edge: any) => edge.node);
    expect(coordinatorView).toMatchObject({ hidden: true, body: 'Something unkind', bodyHtml: '<p>Something unkind</p>', viewerCan: { hide: true } });
    expect(ok(await coordinator.gql(QUEUE, { network: B })).moderationQueue.map((item: any) => item.post.id)).not.toContain(post.id);
    expect(errorOf(await author.gql(`mutation($id: ID!) { editPost(id: $id, body: "Nicer") { id } }`, { id: post.id }))).toMatchObject({ code: 'FORBIDDEN' });

    expect(ok(await coordinator.gql(RESTORE, { id: post.id })).restorePost).toMatchObject({ hidden: false });
    const [, restored] = ok(await api.client().gql(THREAD, { id: thread.id })).thread.posts.edges.map((edge: any) => edge.node);
    expect(restored.body).toBe('Something unkind');
    const actions = await auditActions();
    expect(actions.filter((event) => event.recordId === post.id).map((event) => event.action)).toEqual(expect.arrayContaining(['post.create', 'post.flag', 'post.hide', 'post.restore']));
  });
});

describe('blocking', () => {
  it('refuses a blocked user\'s posts in the network (FORBIDDEN) until unblocked; only coordinators block', async () => {
    const troll = await freshUser(api, 'troll');
    const trollId = await userId(troll);
    const thread = await start(troll, { network: B, title: 'Before the block' });
    expect(errorOf(await member.gql(BLOCK, { network: B, userId: trollId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await coordinatorA.gql(BLOCK, { network: B, userId: trollId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await coordinator.gql(BLOCK, { network: B, userId: await userId(coordinator) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(errorOf(await coordinator.gql(BLOCK, { network: B, userId: '00000000-0000-0000-0000-000000000000' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ok(await coordinator.gql(BLOCK, { network: B, userId: trollId })).blockUser).toBe(true);

    expect(errorOf(await troll.gql(REPLY, { threadId: thread.id, body: 'Still here' }))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/blocked/) });
    expect(errorOf(await troll.gql(START, { input: { caseId: await caseId(api, MADRID_CASE), title: 'Case thread', body: 'x' } }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await troll.gql(`mutation($id: ID!) { editPost(id: $id, body: "Edited") { id } }`, { id: thread.firstPostId }))).toMatchObject({ code: 'FORBIDDEN' });
    // The block is per network.
    expect(ok(await troll.gql(START, { input: { network: A, title: 'Elsewhere', body: 'x' } })).startThread.title).toBe('Elsewhere');

    ok(await coordinator.gql(UNBLOCK, { network: B, userId: trollId }));
    expect((await replyTo(troll, thread.id, 'Behaving now')).body).toBe('Behaving now');
    const actions = (await auditActions()).filter((event) => event.recordId === trollId).map((event) => event.action);
    expect(actions).toEqual(['network.unblock-user', 'network.block-user']);
  });
});

describe('the list of blocked and trusted users', () => {
  const standingsOf = async (client: TestClient, network = B) => ok(await client.gql(STANDINGS, { network })).networkStandings;
  const standingOf = async (id: string) => (await standingsOf(coordinator)).find((standing: any) => standing.user.id === id) ?? null;

  it('lists the users a coordinator blocked and trusted, with when and by whom, until the marks are lifted', async () => {
    const [spammer, regular, both] = await Promise.all([freshUser(api, 'listed-spammer'), freshUser(api, 'listed-regular'), freshUser(api, 'listed-both')]);
    const [spammerId, regularId, bothId] = await Promise.all([userId(spammer), userId(regular), userId(both)]);
    const before = Date.now() - 60_000;
    ok(await coordinator.gql(BLOCK, { network: B, userId: spammerId }));
    ok(await coordinator.gql(TRUST, { network: B, userId: regularId }));
    ok(await coordinator.gql(TRUST, { network: B, userId: bothId }));
    ok(await coordinator.gql(BLOCK, { network: B, userId: bothId }));

    const listed = await standingsOf(coordinator);
    const mine = listed.filter((standing: any) => [spammerId, regularId, bothId].includes(standing.user.id));
    expect(mine.map(({ user, blocked, trusted, by }: any) => ({ name: user.name, blocked, trusted, by: by?.name }))).toEqual([
      { name: expect.stringMatching(/^listed-both /), blocked: true, trusted: true, by: 'Cora Coordinator' },
      { name: expect.stringMatching(/^listed-regular /), blocked: false, trusted: true, by: 'Cora Coordinator' },
      { name: expect.stringMatching(/^listed-spammer /), blocked: true, trusted: false, by: 'Cora Coordinator' },
    ]);
    for (const standing of mine) expect(new Date(standing.since).getTime()).toBeGreaterThan(before);
    const times = listed.map((standing: any) => new Date(standing.since).getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    // Marks are per network: A's list does not show B's marks, even to A's coordinator.
    expect((await standingsOf(coordinatorA, A)).map((standing: any) => standing.user.id)).not.toEqual(expect.arrayContaining([spammerId]));

    ok(await coordinator.gql(UNBLOCK, { network: B, userId: spammerId }));
    ok(await coordinator.gql(UNBLOCK, { network: B, userId: bothId }));
    ok(await coordinator.gql(UNTRUST, { network: B, userId: regularId }));
    expect(await standingOf(spammerId)).toBeNull();
    expect(await standingOf(regularId)).toBeNull();
    expect(await standingOf(bothId)).toMatchObject({ blocked: false, trusted: true });
  });

  it('is null for members, coordinators of other networks, outsiders and anonymous visitors, and for unknown networks', async () => {
    ok(await coordinator.gql(BLOCK, { network: B, userId: await userId(await freshUser(api, 'listed-hidden')) }));
    const outsider = await freshUser(api, 'listed-outsider');
    for (const client of [member, coordinatorA, outsider, api.client()]) expect(await standingsOf(client)).toBeNull();
    expect(await standingsOf(coordinator, 'no-such-network')).toBeNull();
  });

  it('sends the same number of SQL statements for a few marked users and for eleven more', async () => {
    const statements = async (): Promise<number> => {
      api.sql.count = 0;
      await standingsOf(coordinator);
      return api.sql.count;
    };
    ok(await coordinator.gql(BLOCK, { network: B, userId: await userId(await freshUser(api, 'counted')) }));
    const listedBefore = (await standingsOf(coordinator)).length;
    const few = await statements();
    for (let i = 0; i < 11; i++) ok(await coordinator.gql(i % 2 ? TRUST : BLOCK, { network: B, userId: await userId(await freshUser(api, 'counted')) }));
    expect(await standingsOf(coordinator)).toHaveLength(listedBefore + 11);
    const many = await statements();
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(5);
  });
});

describe('the audit log', () => {
  it('records every moderation action with the coordinator who took it', async () => {
    const author = await freshUser(api, 'audited');
    const authorId = await userId(author);
    const thread = await start(author, { network: B, title: 'Audited thread' });
    const post = await replyTo(author, thread.id, 'To be removed');
    const steps: [string, Record<string, unknown>][] = [
      [`mutation($id: ID!) { lockThread(id: $id) { id } }`, { id: thread.id }],
      [`mutation($id: ID!) { unlockThread(id: $id) { id } }`, { id: thread.id }],
      [`mutation($id: ID!) { deletePost(id: $id) { id } }`, { id: post.id }],
      [`mutation($userId: ID!) { trustMember(network: "${B}", userId: $userId) }`, { userId: authorId }],
      [`mutation($userId: ID!) { untrustMember(network: "${B}", userId: $userId) }`, { userId: authorId }],
      [`mutation { setNetworkSpaceVisibility(network: "${B}", membersOnly: false) { slug } }`, {}],
    ];
    for (const [query, variables] of steps) ok(await coordinator.gql(query, variables));
    const events = ok(await coordinator.gql(AUDIT)).auditLog.edges.map((edge: any) => edge.node);
    const mine = events.filter((event: any) => [thread.id, post.id, authorId].includes(event.recordId) || event.action === 'network.space-visibility');
    expect(mine.filter((event: any) => event.actor?.name === 'Cora Coordinator').map((event: any) => event.action).reverse()).toEqual([
      'thread.lock', 'thread.unlock', 'post.delete', 'network.trust-user', 'network.untrust-user', 'network.space-visibility',
    ]);
    expect(mine.filter((event: any) => event.actor?.name !== 'Cora Coordinator').map((event: any) => event.action).reverse()).toEqual(['thread.start', 'post.create']);
  });
});
