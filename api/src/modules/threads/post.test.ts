import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { B, DELETE, EDIT, errorOf, freshUser, LOCK, ok, REPLY, replyTo, start, START, THREAD, TRUST, UNLOCK, userId } from './threads.fixtures.js';

/** Writing posts: edits with history, soft deletion, locked threads, the rate limit and the new-account link limit. */
let api: TestApi;
let coordinator: TestClient;
let member: TestClient;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  coordinator = await api.signedIn('coordinator@b.posts.example', { memberships: [[B, 'COORDINATOR']], name: 'Cora Coordinator' });
  member = await api.signedIn('member@b.posts.example', { memberships: [[B, 'MEMBER']], name: 'Mateo Member' });
});
afterAll(() => api?.close());

const postsOf = async (client: TestClient, threadId: string) => ok(await client.gql(THREAD, { id: threadId, first: 50 })).thread.posts.edges.map((edge: any) => edge.node);

describe('editing', () => {
  it('lets only the author edit; keeps the replaced text as a revision and marks the post edited', async () => {
    const author = await freshUser(api, 'author');
    const thread = await start(author, { network: B, title: 'Editing' });
    const post = await replyTo(author, thread.id, 'First text');
    expect(post.viewerCan).toEqual({ edit: true, delete: true, hide: false, flag: false });
    expect(errorOf(await member.gql(EDIT, { id: post.id, body: 'Hijacked' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await coordinator.gql(EDIT, { id: post.id, body: 'Coordinators do not edit' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await api.client().gql(EDIT, { id: post.id, body: 'Anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await author.gql(EDIT, { id: post.id, body: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const edited = ok(await author.gql(EDIT, { id: post.id, body: 'Second *text*' })).editPost;
    expect(edited).toMatchObject({ body: 'Second *text*', bodyHtml: '<p>Second <em>text</em></p>', editedAt: expect.any(String) });
    expect(edited.revisions).toEqual([{ body: 'First text', replacedAt: edited.editedAt, editedBy: { name: expect.stringMatching(/^author/) } }]);
    ok(await author.gql(EDIT, { id: post.id, body: 'Third' }));
    const [, read] = await postsOf(api.client(), thread.id);
    expect(read.revisions.map((revision: any) => revision.body)).toEqual(['Second *text*', 'First text']);
    // The same text again changes nothing.
    expect(ok(await author.gql(EDIT, { id: post.id, body: 'Third' })).editPost.revisions).toHaveLength(2);
    expect(errorOf(await author.gql(EDIT, { id: '00000000-0000-0000-0000-000000000000', body: 'x' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('deleting', () => {
  it('keeps a deleted post as a placeholder without text, author or history; author and coordinators may delete', async () => {
    const author = await freshUser(api, 'deleter');
    const thread = await start(author, { network: B, title: 'Deleting' });
    const first = await replyTo(author, thread.id, 'Regrettable');
    ok(await author.gql(EDIT, { id: first.id, body: 'Still regrettable' }));
    const second = await replyTo(author, thread.id, 'Off topic');
    const answer = await replyTo(member, thread.id, 'An answer to the first', first.id);
    expect(errorOf(await member.gql(DELETE, { id: first.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await author.gql(DELETE, { id: first.id })).deletePost).toMatchObject({ deleted: true, body: null, bodyHtml: null, author: null, revisions: [] });
    expect(ok(await coordinator.gql(DELETE, { id: second.id })).deletePost.deleted).toBe(true);
    // Deleting twice is harmless.
    expect(ok(await author.gql(DELETE, { id: first.id })).deletePost.deleted).toBe(true);
    const posts = await postsOf(coordinator, thread.id);
    expect(posts.map((post: any) => [post.deleted, post.body])).toEqual([[false, 'Opening post.'], [true, null], [true, null], [false, 'An answer to the first']]);
    expect(posts[3].parentId).toBe(answer.parentId);
    const [row] = await api.orm.em.getConnection().execute(`select body, body_html, (select count(*)::int from post_revisions where post_id = ?) as revisions from posts where id = ?`, [first.id, first.id]);
    expect(row).toEqual({ body: '', body_html: '', revisions: 0 });
    expect(errorOf(await author.gql(EDIT, { id: first.id, body: 'Back' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('locked threads', () => {
  it('refuse replies and edits with a clear message until unlocked; only coordinators lock', async () => {
    const author = await freshUser(api, 'locked');
    const thread = await start(author, { network: B, title: 'Heated' });
    expect(errorOf(await member.gql(LOCK, { id: thread.id }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await coordinator.gql(LOCK, { id: thread.id })).lockThread).toEqual({ id: thread.id, locked: true });
    const refusedReply = errorOf(await member.gql(REPLY, { threadId: thread.id, body: 'One more thing' }));
    expect(refusedReply).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/locked/) });
    expect(errorOf(await author.gql(EDIT, { id: thread.firstPostId, body: 'Changed' }))).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/locked/) });
    expect(ok(await author.gql(THREAD, { id: thread.id })).thread.viewerCan.reply).toBe(false);
    ok(await coordinator.gql(UNLOCK, { id: thread.id }));
    expect((await replyTo(member, thread.id, 'Calmer now')).body).toBe('Calmer now');
  });
});

describe('limits', () => {
  it('allows 10 posts a minute per account, then answers RATE_LIMITED with retryAfter', async () => {
    const poster = await freshUser(api, 'eager');
    const thread = await start(poster, { network: B, title: 'Rapid fire' });
    for (let i = 1; i <= 9; i++) await replyTo(poster, thread.id, `Post ${i}`);
    const limited = await poster.gql(REPLY, { threadId: thread.id, body: 'One too many' });
    expect(errorOf(limited)).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(errorOf(limited).retryAfter).toBeLessThanOrEqual(60);
    expect(errorOf(await poster.gql(START, { input: { network: B, title: 'Another', body: 'x' } })).code).toBe('RATE_LIMITED');
    // Another account is not held back.
    expect((await replyTo(member, thread.id, 'My turn')).body).toBe('My turn');
    expect(ok(await api.client().gql(THREAD, { id: thread.id })).thread.replyCount).toBe(10);
  });

  it('lets a new account put at most two links in a post until a coordinator trusts it', async () => {
    const newcomer = await freshUser(api, 'newcomer');
    const thread = await start(newcomer, { network: B, title: 'Links', body: 'See https://example.org and [docs](https://example.org/docs)' });
    const three = 'Read https://a.example, https://b.example and [c](https://c.example).';
    expect(errorOf(await newcomer.gql(REPLY, { threadId: thread.id, body: three }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: expect.stringMatching(/at most 2 links/) });
    expect(errorOf(await newcomer.gql(EDIT, { id: thread.firstPostId, body: three }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    // Links that do not survive sanitising do not count.
    expect((await replyTo(newcomer, thread.id, '[a](javascript:alert(1)) [b](https://b.example) [c](data:text/html,x) [d](https://d.example)')).body).toBeTruthy();
    const newcomerId = await userId(newcomer);
    expect(errorOf(await member.gql(TRUST, { network: B, userId: newcomerId }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(ok(await coordinator.gql(TRUST, { network: B, userId: newcomerId })).trustMember).toBe(true);
    expect((await replyTo(newcomer, thread.id, three)).bodyHtml).toContain('https://c.example');
  });

  it('lets an account older than seven days post many links without trust', async () => {
    const veteran = await freshUser(api, 'veteran');
    await api.orm.em.getConnection().execute(`update users set created_at = now() - interval '8 days' where id = ?`, [await userId(veteran)]);
    const thread = await start(veteran, { network: B, title: 'Reading list', body: 'https://a.example https://b.example https://c.example https://d.example' });
    expect((await postsOf(api.client(), thread.id))[0].bodyHtml.match(/<a /g)).toHaveLength(4);
  });
});
