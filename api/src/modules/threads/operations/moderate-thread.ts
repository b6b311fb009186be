import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import type { Post } from '../post.entity.js';
import type { Thread } from '../thread.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { resolveFlags } from './delete-post.js';
import { authorize, postForChange, threadForChange } from './thread-access.js';

/**
 * A coordinator hides a post (members see a placeholder; coordinators still read it) or restores it. Either
 * decision closes the post's open flags, so that it leaves the moderation queue.
 */
export async function setPostHidden(ctx: RequestContext, id: string, hidden: boolean): Promise<Post> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: hidden ? 'post.hide' : 'post.restore', recordType: 'post', recordId: id }, async (tx, audit) => {
    const { post, thread } = await postForChange(tx, id);
    audit.network = thread.network;
    authorize(threadPolicy.decideModerate(viewer, thread));
    if (post.deletedAt) throw new BadInputError('This post was deleted.', 'id');
    const flagsResolved = await resolveFlags(tx, post, viewer.userId);
    audit.details = { thread: thread.id, flagsResolved, changed: hidden !== !!post.hiddenAt };
    if (hidden && !post.hiddenAt) {
      post.hiddenAt = new Date();
      post.hiddenBy = tx.getReference(User, viewer.userId);
    } else if (!hidden) {
      post.hiddenAt = null;
      post.hiddenBy = null;
    }
    return post;
  });
}

/** A coordinator locks a thread (no replies, no edits) or unlocks it. */
export async function setThreadLocked(ctx: RequestContext, id: string, locked: boolean): Promise<Thread> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: locked ? 'thread.lock' : 'thread.unlock', recordType: 'thread', recordId: id }, async (tx, audit) => {
    const thread = await threadForChange(tx, id);
    audit.network = thread.network;
    authorize(threadPolicy.decideModerate(viewer, thread));
    audit.details = { changed: locked !== !!thread.lockedAt };
    if (locked && !thread.lockedAt) {
      thread.lockedAt = new Date();
      thread.lockedBy = tx.getReference(User, viewer.userId);
    } else if (!locked) {
      thread.lockedAt = null;
      thread.lockedBy = null;
    }
    return thread;
  });
}
