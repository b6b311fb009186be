import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import {
  A, B, caseId, errorOf, freshUser, MADRID_CASE, MARK_READ, ok, REPLY, replyTo, SEOUL_CASE, SPACE, start, START, THREAD, THREADS, userId,
} from './threads.fixtures.js';

/** Starting and reading threads: where threads may start, who reads them, lists, unread state, replies and mentions. */
let api: TestApi;
let coordinatorB: TestClient;
let memberB: TestClient;
let memberA: TestClient;
let outsider: TestClient;
let madridId: string;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  coordinatorB = await api.signedIn('coordinator@b.threads.example', { memberships: [[B, 'COORDINATOR']], name: 'Cora Coordinator' });
  memberB = await api.signedIn('member@b.threads.example', { memberships: [[B, 'MEMBER']], name: 'Mateo Member' });
  memberA = await api.signedIn('member@a.threads.example', { memberships: [[A, 'MEMBER']], name: 'Amina of A' });
  outsider = await api.signedIn('outsider@threads.example', { name: 'Olga Outsider' });
  madridId = await caseId(api, MADRID_CASE);
});
afterAll(() => api?.close());

const startThread = (client: TestClient, input: Record<string, unknown>) => client.gql(START, { input: { body: 'Hello.', ...input } });

describe('starting a thread', () => {
  it('lets anyone signed in ask a city on a published case; the thread belongs to the case\'s network', async () => {
    const thread = ok(await startThread(outsider, { caseId: madridId, title: 'How did Decide Madrid get adopted?', body: 'We are looking at **Consul** for Lima.' })).startThread;
    expect(thread).toMatchObject({
      title: 'How did Decide Madrid get adopted?', locked: false, membersOnly: false, replyCount: 0, unread: false,
      network: { slug: B }, case: { slug: MADRID_CASE }, createdBy: { name: 'Olga Outsider' }, viewerCan: { reply: true, moderate: false },
    });
    expect(thread.posts.totalCount).toBe(1);
    expect(thread.posts.edges[0].node).toMatchObject({ body: 'We are looking at **Consul** for Lima.', bodyHtml: '<p>We are looking at <strong>Consul</strong> for Lima.</p>', author: { name: 'Olga Outsider' }, parentId: null, editedAt: null });
  });

  it('refuses cases that are not published, anonymous visitors, and a target that is both or neither', async () => {
    const editor = await api.signedIn('editor@b.threads.example', { memberships: [[B, 'EDITOR']] });
    const draft = ok(await editor.gql(`mutation { createCase(input: { network: "${B}", title: "A draft about budgets" }) { id } }`)).createCase;
    expect(errorOf(await startThread(editor, { caseId: draft.id, title: 'On my draft' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(errorOf(await startThread(outsider, { caseId: draft.id, title: 'On a draft' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await startThread(api.client(), { caseId: madridId, title: 'Anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await startThread(outsider, { caseId: madridId, network: B, title: 'Both' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
    expect(errorOf(await startThread(outsider, { title: 'Neither' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    expect(errorOf(await startThread(outsider, { network: 'no-such-network', title: 'Nowhere' }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('checks the title (3 to 200 characters) and the body (1 to 20,000) and names the field', async () => {
    expect(errorOf(await startThread(outsider, { network: B, title: ' ab ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(errorOf(await startThread(outsider, { network: B, title: 'x'.repeat(201) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(errorOf(await startThread(outsider, { network: B, title: 'Fine title', body: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(errorOf(await startThread(outsider, { network: B, title: 'Fine title', body: 'x'.repeat(20_001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const longest = ok(await startThread(memberB, { network: B, title: 'y'.repeat(200), body: 'x'.repeat(20_000) })).startThread;
    expect(longest.posts.edges[0].node.body).toHaveLength(20_000);
  });

  it('lets anyone signed in start in a public space, but only members start members-only threads', async () => {
    expect(ok(await startThread(outsider, { network: B, title: 'Open question' })).startThread).toMatchObject({ membersOnly: false, case: null, network: { slug: B } });
    expect(errorOf(await startThread(memberA, { network: B, title: 'Members only?', membersOnly: true }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await startThread(memberB, { network: B, title: 'Among members', membersOnly: true })).startThread.membersOnly).toBe(true);
  });

  it('in a members-only space, lets only members start, and makes every space thread members-only', async () => {
    const coordinatorA = await api.signedIn('coordinator@a.threads.example', { memberships: [[A, 'COORDINATOR']] });
    const earlier = await start(outsider, { network: A, title: 'Started while public' });
    expect(errorOf(await memberB.gql(SPACE, { network: A, membersOnly: true }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await coordinatorA.gql(SPACE, { network: A, membersOnly: true })).setNetworkSpaceVisibility).toEqual({ slug: A, spaceMembersOnly: true });
    expect(errorOf(await startThread(outsider, { network: A, title: 'Let me in' }))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/members only/) });
    expect(ok(await startThread(memberA, { network: A, title: 'Inside the space', membersOnly: false })).startThread.membersOnly).toBe(true);
    expect(ok(await outsider.gql(THREAD, { id: earlier.id })).thread).toBeNull();
    // A case thread is governed by its own flag, not by the space.
    expect(ok(await startThread(outsider, { caseId: await caseId(api, SEOUL_CASE), title: 'Seoul air data' })).startThread.membersOnly).toBe(false);
    ok(await coordinatorA.gql(SPACE, { network: A, membersOnly: false }));
    // Opening the space again does not open what was closed.
    expect(ok(await outsider.gql(THREAD, { id: earlier.id })).thread).toBeNull();
    expect(ok(await startThread(outsider, { network: A, title: 'Public again' })).startThread.membersOnly).toBe(false);
  });
});

describe('reading', () => {
  it('serves the demo threads: Madrid asked about Decide Madrid, and a discussion in OGP Local\'s space', async () => {
    const onMadrid = ok(await api.client().gql(THREADS, { caseId: madridId })).threads.edges.map((edge: any) => edge.node);
    const demo = onMadrid.find((thread: any) => thread.title === 'How did Decide Madrid get city departments on board?');
    expect(demo).toMatchObject({ replyCount: 2, membersOnly: false, unread: false });
    const posts = ok(await api.client().gql(THREAD, { id: demo.id })).thread.posts.edges.map((edge: any) => edge.node);
    expect(posts).toHaveLength(3);
    expect(posts[1]).toMatchObject({ parentId: posts[0].id, author: null, bodyHtml: expect.stringContaining('<blockquote>') });
    const space = ok(await api.client().gql(THREADS, { network: B })).threads.edges.map((edge: any) => edge.node.title);
    expect(space).toContain('Participatory budgets: what share of the budget do your cities put to a vote?');
  });

  it('shows public threads to everyone and members-only threads to members only', async () => {
    const open = await start(memberB, { network: B, title: 'Public exchange' });
    const closed = await start(memberB, { network: B, title: 'Members corner', body: 'Internal notes', membersOnly: true });
    expect(ok(await api.client().gql(THREAD, { id: open.id })).thread.title).toBe('Public exchange');
    for (const reader of [api.client(), outsider, memberA]) {
      expect(ok(await reader.gql(THREAD, { id: closed.id })).thread).toBeNull();
      const list = ok(await reader.gql(THREADS, { network: B, first: 100 })).threads;
      expect(list.edges.map((edge: any) => edge.node.id)).not.toContain(closed.id);
      expect(list.edges.every((edge: any) => !edge.node.membersOnly)).toBe(true);
      expect(errorOf(await reader.gql(REPLY, { threadId: closed.id, body: 'hi' })).code).toMatch(/NOT_FOUND|UNAUTHENTICATED/);
    }
    expect(ok(await coordinatorB.gql(THREAD, { id: closed.id })).thread.posts.edges[0].node.body).toBe('Internal notes');
    const memberList = ok(await coordinatorB.gql(THREADS, { network: B, first: 100 })).threads;
    expect(memberList.edges.map((edge: any) => edge.node.id)).toContain(closed.id);
    expect(ok(await api.client().gql(THREAD, { id: 'not-an-id' })).thread).toBeNull();
  });

  it('lists a case\'s threads by last activity, with reply counts, unread state and pages', async () => {
    const seoul = await caseId(api, SEOUL_CASE);
    const reader = await freshUser(api, 'reader');
    const asker = await freshUser(api, 'asker');
    const first = await start(asker, { caseId: seoul, title: 'Sensors: which vendor?' });
    const second = await start(asker, { caseId: seoul, title: 'Open data licence?' });
    await replyTo(reader, first.id, 'We used open hardware.');
    const list = ok(await asker.gql(THREADS, { caseId: seoul, first: 2 })).threads;
    expect(list.edges.map((edge: any) => [edge.node.title, edge.node.replyCount, edge.node.unread])).toEqual([
      ['Sensors: which vendor?', 1, true],
      ['Open data licence?', 0, false],
    ]);
    expect(list.totalCount).toBeGreaterThanOrEqual(3);
    expect(new Date(list.edges[0].node.lastActivityAt).getTime()).toBeGreaterThan(new Date(list.edges[1].node.lastActivityAt).getTime());
    const next = ok(await asker.gql(THREADS, { caseId: seoul, first: 100, after: list.pageInfo.endCursor })).threads;
    expect(next.edges.map((edge: any) => edge.node.id)).not.toContain(second.id);
    expect(next.edges.length).toBe(list.totalCount - 2);

    expect(ok(await asker.gql(MARK_READ, { id: first.id })).markThreadRead).toEqual({ id: first.id, unread: false });
    expect(ok(await asker.gql(THREAD, { id: first.id })).thread.unread).toBe(false);
    expect(ok(await api.client().gql(THREAD, { id: first.id })).thread.unread).toBe(false);
    expect(errorOf(await api.client().gql(MARK_READ, { id: first.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await asker.gql(THREADS, { caseId: seoul, network: A }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await asker.gql(THREADS, { caseId: seoul, after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(ok(await asker.gql(THREADS, { network: 'no-such-network' })).threads).toBeNull();
  });

  it('pages a thread\'s posts in writing order; replies name their parent, which must be in the same thread', async () => {
    const writer = await freshUser(api, 'writer');
    const thread = await start(writer, { network: B, title: 'Paging' });
    const other = await start(writer, { network: B, title: 'Elsewhere' });
    const answer = await replyTo(memberB, thread.id, 'An answer', thread.firstPostId);
    expect(answer.parentId).toBe(thread.firstPostId);
    for (const body of ['two', 'three', 'four']) await replyTo(writer, thread.id, body);
    expect(errorOf(await writer.gql(REPLY, { threadId: thread.id, body: 'x', parentId: other.firstPostId }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(errorOf(await writer.gql(REPLY, { threadId: thread.id, body: 'x', parentId: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    const page = ok(await api.client().gql(THREAD, { id: thread.id, first: 3 })).thread.posts;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await api.client().gql(THREAD, { id: thread.id, first: 3, after: page.pageInfo.endCursor })).thread.posts;
    expect([...page.edges, ...rest.edges].map((edge: any) => edge.node.body)).toEqual(['Opening post.', 'An answer', 'two', 'three', 'four']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('renders mentions of the network\'s members by their current name, and leaves others as text', async () => {
    const memberId = await userId(memberB);
    const outsiderId = await userId(outsider);
    const body = `Ask @[Someone Else](user:${memberId}) or @[Olga](user:${outsiderId}); \`@[code](user:${memberId})\` stays code.`;
    const mentioner = await freshUser(api, 'mentioner');
    const thread = ok(await startThread(mentioner, { network: B, title: 'Mentions', body })).startThread;
    const html = thread.posts.edges[0].node.bodyHtml;
    expect(html).toContain(`<span class="mention" data-user-id="${memberId}">@Mateo Member</span>`);
    expect(html).toContain('@Olga;');
    expect(html).not.toContain(`data-user-id="${outsiderId}"`);
    expect(html).toContain(`<code>@[code](user:${memberId})</code>`);
    const forged = await replyTo(mentioner, thread.id, `<span class="mention" data-user-id="${memberId}" data-mention="x">@Admin</span>`);
    expect(forged.bodyHtml).toBe('<p><span>@Admin</span></p>');
  });
});

describe('what the notifications module hears', () => {
  /** The activities recorded for a thread, as the notifications module queued them (its fan-out job's data). */
  async function activitiesOf(threadId: string): Promise<any[]> {
    const rows = await api.orm.em.getConnection().execute(`select data->'activity' as activity from pgboss.job where name = 'notification-fan-out' and data->'activity'->>'threadId' = ? order by created_on`, [threadId]);
    return rows.map((row: any) => row.activity);
  }

  it('records THREAD_STARTED and POST_CREATED in the same transaction, with the mentioned members and the parent\'s author', async () => {
    const asker = await freshUser(api, 'asker-activity');
    const [askerId, memberId, outsiderId] = [await userId(asker), await userId(memberB), await userId(outsider)];
    const thread = ok(await startThread(asker, { caseId: madridId, title: 'Who runs Consul?', body: `@[Mateo](user:${memberId}) @[me](user:${askerId}) @[Olga](user:${outsiderId})` })).startThread;
    const answer = await replyTo(memberB, thread.id, 'The city\'s participation team.', thread.posts.edges[0].node.id);
    // A refused post records nothing.
    expect(errorOf(await api.client().gql(REPLY, { threadId: thread.id, body: 'anonymous' })).code).toBe('UNAUTHENTICATED');
    expect(await activitiesOf(thread.id)).toEqual([
      { kind: 'THREAD_STARTED', actorId: askerId, networkId: expect.any(String), threadId: thread.id, postId: thread.posts.edges[0].node.id, caseId: madridId, membersOnly: false, mentionedUserIds: [memberId] },
      { kind: 'POST_CREATED', actorId: memberId, networkId: expect.any(String), threadId: thread.id, postId: answer.id, caseId: madridId, membersOnly: false, parentAuthorId: askerId, mentionedUserIds: [] },
    ]);
  });
});
