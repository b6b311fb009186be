/**
 * Reading one cookie out of an API response's Set-Cookie lines, so that the web server can hand it on to
 * the browser (which never talks to the API itself). Pure: no Next.js imports, unit-tested.
 */

/** The session cookie the API sets; the web app sets the same name on its own responses. */
export const SESSION_COOKIE = 'casebook_session';

export type CookieChange = { kind: 'set'; value: string; expires?: Date } | { kind: 'clear' };

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * What the Set-Cookie lines (from `Headers.getSetCookie()`) say about the named cookie: a new value with its
 * expiry, a clear (empty value, or an expiry in the past), or null when they do not mention it. The last
 * line for the name wins, as in a browser.
 */
export function readSetCookie(lines: readonly string[], name: string, now: Date = new Date()): CookieChange | null {
  let change: CookieChange | null = null;
  for (const line of lines) {
    const [pair = '', ...attributes] = line.split(';');
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    const value = decode(pair.slice(separator + 1).trim().replace(/^"(.*)"$/, '$1'));

    let expires: Date | undefined;
    let maxAge: number | undefined;
    for (const attribute of attributes) {
      const equals = attribute.indexOf('=');
      const key = (equals < 0 ? attribute : attribute.slice(0, equals)).trim().toLowerCase();
      const raw = equals < 0 ? '' : attribute.slice(equals + 1).trim();
      if (key === 'expires') {
        const parsed = new Date(raw);
        if (!Number.isNaN(parsed.getTime())) expires = parsed;
      } else if (key === 'max-age' && /^-?\d+$/.test(raw)) {
        maxAge = Number(raw);
      }
    }
    // Max-Age wins over Expires (RFC 6265, 5.3).
    if (maxAge !== undefined) expires = new Date(now.getTime() + maxAge * 1000);

    change = value === '' || (expires && expires.getTime() <= now.getTime()) ? { kind: 'clear' } : { kind: 'set', value, ...(expires ? { expires } : {}) };
  }
  return change;
}
