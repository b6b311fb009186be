import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { parsePost } from '../post.render.js';
import { THREAD_LIMITS } from '../thread.limits.js';
import { linkAllowance, membersAmong } from './thread-access.js';

/** A trimmed text within its bounds; the error names the field. */
function boundedText(value: string, field: string, min: number, max: number, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    throw new BadInputError(`The ${what} must be ${min} to ${max.toLocaleString('en')} characters long; it is ${trimmed.length}.`, field);
  }
  return trimmed;
}

export const validTitle = (title: string): string => boundedText(title, 'title', THREAD_LIMITS.titleMin, THREAD_LIMITS.titleMax, 'title');
export const validBody = (body: string): string => boundedText(body, 'body', THREAD_LIMITS.bodyMin, THREAD_LIMITS.bodyMax, 'post');
export const validReason = (reason: string): string => boundedText(reason, 'reason', 1, THREAD_LIMITS.reasonMax, 'reason');

export interface RenderedBody {
  html: string;
  /** Members of the network the post mentions, the author left out: they hear of it. */
  mentionedUserIds: string[];
}

/**
 * Renders a post for a network's thread: mentions resolve to the network's members (the people who may read
 * any of its threads), and a new, untrusted account's link limit is enforced on the links that survived
 * sanitising.
 */
export async function renderForPosting(tx: EntityManager, viewer: Viewer, networkId: string, body: string): Promise<RenderedBody> {
  const parsed = parsePost(body);
  const members = await membersAmong(tx, networkId, parsed.mentionedIds);
  const { html, linkCount } = parsed.render(members);
  if (linkCount > THREAD_LIMITS.newAccountLinks) {
    const allowance = await linkAllowance(tx, viewer, networkId, THREAD_LIMITS);
    if (linkCount > allowance) {
      throw new BadInputError(`New accounts may put at most ${allowance} links in a post until a coordinator trusts them; this post has ${linkCount}.`, 'body');
    }
  }
  return { html, mentionedUserIds: [...members.keys()].filter((id) => id !== viewer.userId) };
}
