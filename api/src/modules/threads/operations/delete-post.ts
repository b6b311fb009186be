import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../context.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { PostFlag } from '../post-flag.entity.js';
import { PostRevision } from '../post-revision.entity.js';
import type { Post } from '../post.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { authorize, postForChange } from './thread-access.js';

/** Closes the open flags of a post: it leaves the moderation queue. Returns how many were open. */
export async function resolveFlags(tx: EntityManager, post: Post, resolverId: string): Promise<number> {
  return tx.nativeUpdate(PostFlag, { post, resolvedAt: null }, { resolvedAt: new Date(), resolvedBy: tx.getReference(User, resolverId) });
}

/**
 * Soft-deletes a post (its author, or a coordinator): the text and its edit history are removed, the post
 * stays in the thread as a "deleted" placeholder so that replies keep their place. Deleting twice is a no-op.
 */
export async function deletePost(ctx: RequestContext, id: string): Promise<Post> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'post.delete', recordType: 'post', recordId: id }, async (tx, audit) => {
    const { post, thread } = await postForChange(tx, id);
    audit.network = thread.network;
    authorize(threadPolicy.decideDelete(viewer, thread, post));
    audit.details = { thread: thread.id, byAuthor: post.author?.id === viewer.userId, alreadyDeleted: !!post.deletedAt };
    if (post.deletedAt) return post;
    await tx.nativeDelete(PostRevision, { post });
    await resolveFlags(tx, post, viewer.userId);
    post.body = '';
    post.bodyHtml = '';
    post.deletedAt = new Date();
    post.deletedBy = tx.getReference(User, viewer.userId);
    return post;
  });
}
