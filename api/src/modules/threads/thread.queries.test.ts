import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';
import { PostRevision } from './post-revision.entity.js';
import { Post } from './post.entity.js';
import { Thread } from './thread.entity.js';
import { B, ok } from './threads.fixtures.js';

/** The number of SQL statements of a thread page must not grow with the page size (no N+1). */
let api: TestApi;
let threadId: string;
let coordinator: TestClient;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  coordinator = await api.signedIn('coordinator@b.queries.example', { memberships: [[B, 'COORDINATOR']] });
  const em = api.orm.em.fork();
  const network = await em.findOneOrFail(Network, { slug: B });
  const authors = Array.from({ length: 7 }, (_, i) => em.create(User, { email: `author${i}@queries.example`, name: `Author ${i}`, passwordHash: 'x' }));
  const thread = em.create(Thread, { network, title: 'A long thread', replyCount: 59 });
  let parent: Post | null = null;
  for (let i = 0; i < 60; i++) {
    const post: Post = em.create(Post, { thread, author: authors[i % authors.length]!, parent, body: `Post ${i}`, bodyHtml: `<p>Post ${i}</p>`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) });
    if (i % 3 === 0) em.create(PostRevision, { post, body: `Earlier ${i}`, editedBy: authors[(i + 1) % authors.length]! });
    if (i % 5 === 0) post.hiddenAt = new Date();
    if (i % 11 === 0) post.deletedAt = new Date();
    parent = i % 2 === 0 ? post : parent;
  }
  await em.flush();
  threadId = thread.id;
});
afterAll(() => api?.close());

const PAGE = `query($id: ID!, $first: Int!) {
  thread(id: $id) {
    id title locked membersOnly replyCount unread lastActivityAt createdBy { name } network { slug spaceMembersOnly } case { slug } viewerCan { reply moderate }
    posts(first: $first) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id body bodyHtml hidden deleted parentId author { name } createdAt editedAt revisions { body replacedAt editedBy { name } } viewerCan { edit delete hide flag } } }
    }
  }
}`;

async function statementsFor(client: TestClient | TestApi, first: number): Promise<number> {
  api.sql.count = 0;
  const thread = ok(await client.gql(PAGE, { id: threadId, first })).thread;
  expect(thread.posts.edges).toHaveLength(first);
  expect(thread.posts.totalCount).toBe(60);
  return api.sql.count;
}

it('sends the same number of SQL statements for 5 and for 50 posts, signed out and as a coordinator', async () => {
  for (const client of [api, coordinator]) {
    const small = await statementsFor(client, 5);
    const large = await statementsFor(client, 50);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(client === api ? 6 : 12);
  }
});
