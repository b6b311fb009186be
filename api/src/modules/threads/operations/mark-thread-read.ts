import type { RequestContext } from '../../../context.js';
import { NotFoundError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { Thread } from '../thread.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { markReadUpTo } from './read-state.js';

/**
 * Marks a thread read up to its last activity, for the viewer. Not audited: it changes nothing of the
 * network's, only the viewer's own reading state, and an audit event would show coordinators who read what.
 */
export async function markThreadRead(ctx: RequestContext, id: string): Promise<Thread> {
  const viewer = requireViewer(ctx);
  const thread = isUuid(id) ? await ctx.em.findOne(Thread, { id }, { populate: ['network', 'case'] }) : null;
  if (!thread || !threadPolicy.canRead(viewer, thread)) throw new NotFoundError('No such thread.');
  await markReadUpTo(ctx.em, thread.id, viewer.userId, thread.lastActivityAt);
  return thread;
}
