import type { RequestContext } from '../../../context.js';
import { AppError, ErrorCode } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { parsePost } from '../post.render.js';
import { validBody } from './post-content.js';
import { membersAmong } from './thread-access.js';
import { findThread } from './thread-queries.js';

/**
 * The HTML a post with this body would be saved with, for the composer's preview: the same parser and
 * sanitiser as posting, so what the preview shows is what the thread will show. Mentions resolve only
 * against the network of a thread the viewer reads; without one they stay plain text, so a preview never
 * tells whose id is whose. It only reads, so it needs no transaction and leaves no audit event.
 */
export async function previewPost(ctx: RequestContext, body: string, threadId?: string | null): Promise<string> {
  requireViewer(ctx);
  const parsed = parsePost(validBody(body));
  const members = threadId != null ? await readableThreadMembers(ctx, threadId, parsed.mentionedIds) : new Map<string, string>();
  return parsed.render(members).html;
}

/** The mentioned members of a thread's network; NOT_FOUND on a thread the viewer may not read. */
async function readableThreadMembers(ctx: RequestContext, threadId: string, mentionedIds: string[]): Promise<Map<string, string>> {
  const thread = await findThread(ctx, threadId);
  // Unknown and unreadable threads answer alike; the field tells the form which input it was.
  if (!thread) throw new AppError(ErrorCode.NotFound, 'No such thread.', { field: 'threadId' });
  return membersAmong(ctx.em, thread.network.id, mentionedIds);
}
