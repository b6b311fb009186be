import { noticeText } from './notices';

describe('noticeText', () => {
  it('answers the text of a known notice only', () => {
    expect(noticeText('signed-out')).toBe('You are signed out.');
    expect(noticeText('toString')).toBeNull();
    expect(noticeText('<script>')).toBeNull();
    expect(noticeText(['signed-out'])).toBeNull();
    expect(noticeText(undefined)).toBeNull();
  });
});
