import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { THREAD_LIMITS } from './thread.limits.js';
import { A, B, errorOf, freshUser, ok, PREVIEW, replyTo, start, userId } from './threads.fixtures.js';

/** `previewPost`: the composer's preview is the API's own rendering, the one a saved post gets. */
let api: TestApi;
let author: TestClient;
let memberOfB: TestClient;
let memberId: string;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  author = await freshUser(api, 'previewer');
  memberOfB = await api.signedIn('member@b.preview.example', { memberships: [[B, 'MEMBER']], name: 'Mateo Member' });
  memberId = await userId(memberOfB);
});
afterAll(() => api?.close());

const preview = async (client: TestClient, body: string, threadId?: string): Promise<string> => ok(await client.gql(PREVIEW, { body, threadId })).previewPost;

/** Rows that a preview must never add: posts, revisions, audit events, queued jobs. */
async function writtenRows(): Promise<unknown> {
  const [row] = await api.orm.em.getConnection().execute(
    `select (select count(*)::int from posts) as posts, (select count(*)::int from post_revisions) as revisions,
            (select count(*)::int from audit_events) as audit, (select count(*)::int from pgboss.job) as jobs`,
  );
  return row;
}

it('equals the bodyHtml of the same body once posted, mentions included', async () => {
  const thread = await start(author, { network: B, title: 'Previews' });
  const body = `  ## Plan\n\n**Bold**, _em_, ~~gone~~ and [a link](https://example.org/x)\nnext line @[Mat](user:${memberId})\n\n1. one\n2. two\n\n> quoted \`code\`  `;
  const before = await writtenRows();
  const previewed = await preview(author, body, thread.id);
  expect(await writtenRows()).toEqual(before);
  expect(previewed).toContain(`<span class="mention" data-user-id="${memberId}">@Mateo Member</span>`);
  expect((await replyTo(author, thread.id, body)).bodyHtml).toBe(previewed);
});

it('sanitises what could run, as posting does', async () => {
  const body = 'Hi <script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="https://example.org" onclick="alert(1)">y</a>';
  expect(await preview(author, body)).toBe('<p>Hi  <a rel="nofollow noopener ugc">x</a> <a href="https://example.org" rel="nofollow noopener ugc">y</a></p>');
  const forged = `<span class="mention" data-user-id="${memberId}" data-mention="x">@Admin</span>`;
  expect(await preview(author, forged)).toBe('<p><span>@Admin</span></p>');
});

it('resolves mentions to the thread\'s network members with threadId, and leaves them plain text without', async () => {
  const thread = await start(author, { network: B, title: 'Mentions in previews' });
  const outsiderId = await userId(author);
  const body = `Ask @[Someone](user:${memberId}) or @[Olga](user:${outsiderId})`;
  expect(await preview(author, body, thread.id)).toBe(`<p>Ask <span class="mention" data-user-id="${memberId}">@Mateo Member</span> or @Olga</p>`);
  expect(await preview(author, body)).toBe('<p>Ask @Someone or @Olga</p>');
});

it('answers UNAUTHENTICATED when signed out, like posting', async () => {
  expect(errorOf(await api.client().gql(PREVIEW, { body: 'Hello' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
});

it('checks the body\'s length as posting does, naming body', async () => {
  const tooLong = 'x'.repeat(THREAD_LIMITS.bodyMax + 1);
  expect(errorOf(await author.gql(PREVIEW, { body: tooLong }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: expect.stringMatching(/20,000/) });
  expect(errorOf(await author.gql(PREVIEW, { body: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  expect(await preview(author, 'x'.repeat(THREAD_LIMITS.bodyMax))).toBe(`<p>${'x'.repeat(THREAD_LIMITS.bodyMax)}</p>`);
});

it('answers NOT_FOUND on threadId for a members-only thread of another network, an unknown or a malformed id', async () => {
  const coordinatorOfA = await api.signedIn('coordinator@a.preview.example', { memberships: [[A, 'COORDINATOR']] });
  const hidden = await start(coordinatorOfA, { network: A, title: 'A only', membersOnly: true });
  const body = `Hi @[x](user:${await userId(coordinatorOfA)})`;
  for (const threadId of [hidden.id, '00000000-0000-0000-0000-000000000000', 'nope', '']) {
    const response = await memberOfB.gql(PREVIEW, { body, threadId });
    expect({ data: response.data, error: errorOf(response) }).toEqual({ data: null, error: { code: 'NOT_FOUND', field: 'threadId', message: 'No such thread.' } });
  }
  // Its members preview with it, and the mention resolves.
  expect(await preview(coordinatorOfA, body, hidden.id)).toContain('class="mention"');
});
