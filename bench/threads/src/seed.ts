import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../../api/dist/modules/accounts/password.js';
import { User } from '../../../api/dist/modules/accounts/user.entity.js';
import { Membership, NetworkRole } from '../../../api/dist/modules/memberships/membership.entity.js';
import { Network } from '../../../api/dist/modules/networks/network.entity.js';
import { PostRevision } from '../../../api/dist/modules/threads/post-revision.entity.js';
import { Post } from '../../../api/dist/modules/threads/post.entity.js';
import { parsePost } from '../../../api/dist/modules/threads/post.render.js';
import { Thread } from '../../../api/dist/modules/threads/thread.entity.js';
import { postBody, rng } from './posts.js';

export interface BenchThread {
  threadId: string;
  /** A member of the thread's network, to measure the signed-in page. */
  memberEmail: string;
  memberPassword: string;
  /** Time spent rendering the bodies (marked + sanitize-html), as the API does at write time. */
  renderMs: number;
}

const PASSWORD = 'bench thread member password';

/**
 * One thread in ogp-local's space: `posts` posts by 25 authors, one in three answering an earlier post, 1 in
 * 10 edited (with a revision), 1 in 50 hidden and 1 in 100 deleted, a minute apart.
 */
export async function seedBenchThread(em: EntityManager, options: { posts: number; title: string; seed: number }): Promise<BenchThread> {
  const fork = em.fork();
  const random = rng(options.seed);
  const network = await fork.findOneOrFail(Network, { slug: 'ogp-local' });
  const authors = Array.from({ length: 25 }, (_, i) => fork.create(User, { email: `author${i}.${options.seed}@bench.example`, name: `Bench author ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() }));
  const memberEmail = `member.${options.seed}@bench.example`;
  const member = fork.create(User, { email: memberEmail, name: 'Bench member', passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date(), isDemo: true });
  fork.create(Membership, { user: member, network, role: NetworkRole.MEMBER });
  const start = Date.UTC(2026, 0, 1);
  const thread = fork.create(Thread, { network, title: options.title, createdAt: new Date(start), lastActivityAt: new Date(start + (options.posts - 1) * 60_000), replyCount: options.posts - 1 });
  const written: Post[] = [];
  let renderMs = 0;
  for (let i = 0; i < options.posts; i++) {
    const body = postBody(i, random);
    const started = performance.now();
    const html = parsePost(body).render(new Map()).html;
    renderMs += performance.now() - started;
    const parent = i > 0 && random() < 0.33 ? written[Math.floor(random() * written.length)]! : null;
    const post = fork.create(Post, { thread, author: authors[i % authors.length]!, parent, body, bodyHtml: html, createdAt: new Date(start + i * 60_000) });
    if (i % 10 === 5) {
      fork.create(PostRevision, { post, body: `${body}\n\n(first version)`, editedBy: post.author });
      post.editedAt = new Date(start + i * 60_000 + 30_000);
    }
    if (i % 50 === 7) post.hiddenAt = new Date();
    if (i % 100 === 9) {
      post.deletedAt = new Date();
      post.body = '';
      post.bodyHtml = '';
    }
    written.push(post);
  }
  await fork.flush();
  return { threadId: thread.id, memberEmail, memberPassword: PASSWORD, renderMs };
}
