import { readSetCookie, SESSION_COOKIE } from './set-cookie';

const NOW = new Date('2026-11-27T12:00:00Z');

describe('readSetCookie', () => {
  it('reads the value and expiry of the session cookie as express writes it', () => {
    const lines = [
      'other=1; Path=/',
      `${SESSION_COOKIE}=abc-DEF_123; Path=/; Expires=Sun, 27 Dec 2026 12:00:00 GMT; HttpOnly; SameSite=Lax`,
    ];
    expect(readSetCookie(lines, SESSION_COOKIE, NOW)).toEqual({ kind: 'set', value: 'abc-DEF_123', expires: new Date('2026-12-27T12:00:00Z') });
  });

  it('decodes an encoded value, and prefers Max-Age to Expires', () => {
    const change = readSetCookie([`${SESSION_COOKIE}=a%2Bb; Max-Age=60; Expires=Thu, 01 Jan 2099 00:00:00 GMT`], SESSION_COOKIE, NOW);
    expect(change).toEqual({ kind: 'set', value: 'a+b', expires: new Date(NOW.getTime() + 60_000) });
  });

  it('reads a clear: an empty value or an expiry in the past', () => {
    expect(readSetCookie([`${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly`], SESSION_COOKIE, NOW)).toEqual({ kind: 'clear' });
    expect(readSetCookie([`${SESSION_COOKIE}=old; Max-Age=0`], SESSION_COOKIE, NOW)).toEqual({ kind: 'clear' });
  });

  it('answers null when the cookie is not mentioned, and lets the last line win', () => {
    expect(readSetCookie(['casebook_session_other=1', 'x=casebook_session'], SESSION_COOKIE, NOW)).toBeNull();
    expect(readSetCookie([], SESSION_COOKIE, NOW)).toBeNull();
    expect(readSetCookie([`${SESSION_COOKIE}=; Max-Age=0`, `${SESSION_COOKIE}=new`], SESSION_COOKIE, NOW)).toEqual({ kind: 'set', value: 'new' });
  });
});
