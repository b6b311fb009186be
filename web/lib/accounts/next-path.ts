/** Where to go after signing in, carried in a `next` parameter. Pure, unit-tested. */

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

/** A `next` address to return to: only paths on this site, never another origin. */
export function safeNextPath(next: unknown, fallback = '/account'): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  // "/x" only: not "//host" nor "/\host" (browsers read both as another origin).
  if (!/^\/(?![/\\])/.test(next) || hasControlCharacter(next)) return fallback;
  return next;
}

/** `path?next=…`, leaving `next` out when it is the default. */
export function withNext(path: string, next: string | null | undefined, fallback = '/account'): string {
  const safe = safeNextPath(next, fallback);
  // Slashes stay readable (`?next=/account`); everything else is encoded.
  return safe === fallback ? path : `${path}?next=${encodeURIComponent(safe).replace(/%2F/g, '/')}`;
}
