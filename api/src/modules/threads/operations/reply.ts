import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { recordActivity } from '../../notifications/activity.js';
import { Post } from '../post.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { renderForPosting, validBody } from './post-content.js';
import { markReadUpTo } from './read-state.js';
import { authorize, standingOf, threadForChange } from './thread-access.js';

export interface ReplyOptions {
  threadId: string;
  body: string;
  /** The post this one answers, in the same thread. */
  parentId?: string | null;
}

/**
 * Adds a post to a thread: anyone signed in who reads the thread, unless it is locked or the network blocked
 * them. Moves the thread's last activity and reply count, and the author's read marker; the notifications
 * module hears of it (POST_CREATED, with the parent post's author) in the same transaction.
 */
export async function reply(ctx: RequestContext, options: ReplyOptions): Promise<Post> {
  const viewer = requireViewer(ctx);
  const body = validBody(options.body);
  if (options.parentId && !isUuid(options.parentId)) throw new BadInputError('parentId is not a post id.', 'parentId');
  await ctx.accounts.limits.consume('post', { address: ctx.http.address, account: viewer.userId });
  return withAudit(ctx, { action: 'post.create', recordType: 'post' }, async (tx, audit) => {
    const thread = await threadForChange(tx, options.threadId);
    authorize(threadPolicy.decideReply(viewer, thread, await standingOf(tx, viewer, thread.network.id)));
    const parent = options.parentId ? await tx.findOne(Post, { id: options.parentId, thread }) : null;
    if (options.parentId && !parent) throw new BadInputError('parentId is not a post of this thread.', 'parentId');
    const rendered = await renderForPosting(tx, viewer, thread.network.id, body);
    const now = new Date();
    const post = tx.create(Post, { thread, author: tx.getReference(User, viewer.userId), parent, body, bodyHtml: rendered.html, createdAt: now });
    thread.replyCount += 1;
    thread.lastActivityAt = now;
    await tx.flush();
    await markReadUpTo(tx, thread.id, viewer.userId, now);
    audit.network = thread.network;
    audit.recordId = post.id;
    audit.details = { thread: thread.id, parent: parent?.id ?? null };
    await recordActivity(tx, {
      kind: 'POST_CREATED',
      actorId: viewer.userId,
      networkId: thread.network.id,
      threadId: thread.id,
      postId: post.id,
      ...(thread.case ? { caseId: thread.case.id } : {}),
      membersOnly: thread.membersOnly,
      ...(parent?.author && !parent.deletedAt ? { parentAuthorId: parent.author.id } : {}),
      mentionedUserIds: rendered.mentionedUserIds,
    });
    return post;
  });
}
