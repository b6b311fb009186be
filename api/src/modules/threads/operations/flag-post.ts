import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { PostFlag } from '../post-flag.entity.js';
import type { Post } from '../post.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { validReason } from './post-content.js';
import { authorize, postForChange } from './thread-access.js';

/**
 * Reports a post to the network's coordinators, with a reason: anyone signed in who reads it, once per post.
 * The post enters the moderation queue until a coordinator hides or restores it.
 */
export async function flagPost(ctx: RequestContext, id: string, reasonInput: string): Promise<Post> {
  const viewer = requireViewer(ctx);
  const reason = validReason(reasonInput);
  try {
    return await withAudit(ctx, { action: 'post.flag', recordType: 'post', recordId: id }, async (tx, audit) => {
      const { post, thread } = await postForChange(tx, id);
      audit.network = thread.network;
      const alreadyFlagged = (await tx.count(PostFlag, { post, flagger: viewer.userId })) > 0;
      authorize(threadPolicy.decideFlag(viewer, thread, post, alreadyFlagged));
      tx.create(PostFlag, { post, flagger: tx.getReference(User, viewer.userId), reason });
      audit.details = { thread: thread.id };
      return post;
    });
  } catch (error) {
    // Two flags of one person at once: the unique constraint keeps one.
    if (error instanceof UniqueConstraintViolationException) throw new BadInputError('You already flagged this post.', 'id');
    throw error;
  }
}
