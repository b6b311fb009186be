import { safeNextPath } from '../accounts/next-path';

/**
 * Where a thread form goes back to after it worked: a path on this site (never another origin), with a
 * `notice` code (see components/threads/thread-notice.tsx) before its #fragment.
 */
export function withNotice(path: string, notice: string, fallback = '/'): string {
  const safe = safeNextPath(path, fallback);
  const hashAt = safe.indexOf('#');
  const [base, hash] = hashAt < 0 ? [safe, ''] : [safe.slice(0, hashAt), safe.slice(hashAt)];
  const url = new URL(base, 'http://casebook.invalid');
  url.searchParams.set('notice', notice);
  return `${url.pathname}${url.search}${hash}`;
}

/** A thread's page, opened at the page that shows `postId` (the thread page finds it), scrolled to it. */
export function postPath(threadId: string, postId: string): string {
  return `/threads/${encodeURIComponent(threadId)}?post=${encodeURIComponent(postId)}#post-${encodeURIComponent(postId)}`;
}

/** A thread page's address: the page (`after`), and the post the composer answers or quotes. */
export function threadPageHref(threadId: string, options: { after?: string | null; replyTo?: string; quote?: string; hash?: string } = {}): string {
  const search = new URLSearchParams();
  if (options.after) search.set('after', options.after);
  if (options.replyTo) search.set('replyTo', options.replyTo);
  if (options.quote) search.set('quote', options.quote);
  const query = search.toString();
  return `/threads/${encodeURIComponent(threadId)}${query ? `?${query}` : ''}${options.hash ? `#${options.hash}` : ''}`;
}
