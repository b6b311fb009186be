import { plainExcerpt } from './notification-content.js';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

const KEY = 'a'.repeat(64);
const USER = '6f85f6a6-120f-47bd-a944-884b6ca064cd';
const TARGET = 'ac988df6-a713-4b32-8c14-3f3135208005';

describe('unsubscribe tokens', () => {
  it('carry the user and the scope, and verify with the key that signed them only', () => {
    expect(verifyUnsubscribeToken(KEY, signUnsubscribeToken(KEY, USER, 'all'))).toEqual({ userId: USER, scope: 'all' });
    expect(verifyUnsubscribeToken(KEY, signUnsubscribeToken(KEY, USER, { targetId: TARGET }))).toEqual({ userId: USER, scope: { targetId: TARGET } });
    expect(verifyUnsubscribeToken('b'.repeat(64), signUnsubscribeToken(KEY, USER, 'all'))).toBeNull();
  });

  it('refuse any change to the user or the scope', () => {
    const [, , signature] = signUnsubscribeToken(KEY, USER, { targetId: TARGET }).split('.');
    expect(verifyUnsubscribeToken(KEY, `${USER}.all.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(KEY, `${TARGET}.${TARGET}.${signature}`)).toBeNull();
    for (const malformed of ['', 'x', `${USER}.all`, `${USER}.all.${signature}.extra`, `${USER}.everything.${signature}`, 'a'.repeat(500)]) {
      expect(verifyUnsubscribeToken(KEY, malformed)).toBeNull();
    }
  });
});

describe('plainExcerpt', () => {
  it('turns Markdown into one line of text, links to their words, and shortens it', () => {
    expect(plainExcerpt('# Title\n\nSee **the** [report](https://example.org) and ![chart](x.png) <b>now</b>.')).toBe('Title See the report and now.');
    expect(plainExcerpt(`@[Ana Pérez](user:${USER}) yes`)).toBe('@Ana Pérez yes');
    expect(plainExcerpt('word '.repeat(100), 20)).toBe('word word word word…');
  });
});
