import { unsubscribeScope } from './unsubscribe-link';

const USER = '0b6f1a52-7c1d-4e8f-9a3b-2c4d5e6f7a8b';
const TARGET = '1c7f2b63-8d2e-4f90-8b4c-3d5e6f7a8b9c';

describe('unsubscribeScope', () => {
  it('reads what a well-formed token would do', () => {
    expect(unsubscribeScope(`${USER}.all.abc-DEF_123`)).toBe('all');
    expect(unsubscribeScope(`${USER}.${TARGET}.abc`)).toBe('follow');
  });

  it('refuses what cannot be a token', () => {
    for (const token of [undefined, '', 'nonsense', `${USER}.all`, `${USER}.some.abc`, `x.all.abc`, `${USER}.all.abc.extra`, `${USER}.all.<script>`, `${USER}.all.${'a'.repeat(200)}`]) {
      expect(unsubscribeScope(token)).toBeNull();
    }
  });
});
