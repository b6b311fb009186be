import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import type { Post } from '../post.entity.js';
import { PostRevision } from '../post-revision.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { renderForPosting, validBody } from './post-content.js';
import { authorize, postForChange, standingOf } from './thread-access.js';

/**
 * The author changes their post's text. Never silently: the replaced text is kept as a revision and the post
 * shows when it was edited. The same text again changes nothing. Mentions added by an edit are rendered
 * but notify nobody (the contract with notifications has no edit event).
 */
export async function editPost(ctx: RequestContext, id: string, newBody: string): Promise<Post> {
  const viewer = requireViewer(ctx);
  const body = validBody(newBody);
  return withAudit(ctx, { action: 'post.edit', recordType: 'post', recordId: id }, async (tx, audit) => {
    const { post, thread } = await postForChange(tx, id);
    audit.network = thread.network;
    authorize(threadPolicy.decideEdit(viewer, thread, post, await standingOf(tx, viewer, thread.network.id)));
    audit.details = { thread: thread.id, changed: body !== post.body };
    if (body === post.body) return post;
    const rendered = await renderForPosting(tx, viewer, thread.network.id, body);
    const now = new Date();
    tx.create(PostRevision, { post, body: post.body, editedBy: tx.getReference(User, viewer.userId), createdAt: now });
    post.body = body;
    post.bodyHtml = rendered.html;
    post.editedAt = now;
    return post;
  });
}
