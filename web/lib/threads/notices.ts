/**
 * One-line notices of the thread and notification pages after a redirect (`?notice=reply-posted`). Only
 * these codes are shown, so the address cannot put words on the page; their words are the messages
 * `threads.notices.<code>` in each language.
 */
export const THREAD_NOTICES = [
  'thread-started',
  'reply-posted',
  'post-edited',
  'post-deleted',
  'post-flagged',
  'post-hidden',
  'post-restored',
  'thread-locked',
  'thread-unlocked',
  'member-block',
  'member-unblock',
  'member-trust',
  'member-untrust',
  'space-members-only',
  'space-public',
  'followed',
  'unfollowed',
  'marked-read',
  'all-read',
  'preferences-saved',
  'search-saved',
  'search-deleted',
] as const;

export type ThreadNoticeCode = (typeof THREAD_NOTICES)[number];

export function threadNoticeCode(code: unknown): ThreadNoticeCode | null {
  const value = Array.isArray(code) ? code[0] : code;
  return typeof value === 'string' && (THREAD_NOTICES as readonly string[]).includes(value) ? (value as ThreadNoticeCode) : null;
}
