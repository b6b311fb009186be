import { safeNextPath, withNext } from './next-path';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/networks/ogp-local/members')).toBe('/networks/ogp-local/members');
    expect(safeNextPath('/invitations/accept?token=abc')).toBe('/invitations/accept?token=abc');
  });

  it('falls back for other origins, odd values and nothing', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '', 'account', '/a\nb', null, undefined, 42]) {
      expect(safeNextPath(bad)).toBe('/account');
    }
    expect(safeNextPath(undefined, '/')).toBe('/');
  });
});

describe('withNext', () => {
  it('adds a safe next, and leaves out the default or an unsafe one', () => {
    expect(withNext('/sign-in', '/invitations/accept?token=a b')).toBe('/sign-in?next=/invitations/accept%3Ftoken%3Da%20b');
    expect(withNext('/sign-in', '/account')).toBe('/sign-in');
    expect(withNext('/sign-in', '//evil.example')).toBe('/sign-in');
    expect(withNext('/sign-in', undefined)).toBe('/sign-in');
    expect(withNext('/sign-in', '/account', '')).toBe('/sign-in?next=/account');
  });
});
