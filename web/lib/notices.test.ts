import { readFileSync } from 'node:fs';
import { NOTICE_CODES, noticeCode } from './notices';

describe('noticeCode', () => {
  it('answers a known notice code only', () => {
    expect(noticeCode('signed-out')).toBe('signed-out');
    expect(noticeCode('toString')).toBeNull();
    expect(noticeCode('<script>')).toBeNull();
    expect(noticeCode(['signed-out'])).toBeNull();
    expect(noticeCode(undefined)).toBeNull();
  });

  it('has words for every code in the English messages', () => {
    const messages = JSON.parse(readFileSync(new URL('../messages/en/common.json', import.meta.url), 'utf8')) as { notices: Record<string, string> };
    expect(Object.keys(messages.notices).sort()).toEqual([...NOTICE_CODES].sort());
  });
});
