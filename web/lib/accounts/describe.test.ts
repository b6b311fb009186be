import { formatDateTime } from '../format';
import { describeUserAgent } from './describe';

describe('describeUserAgent', () => {
  it('names common browsers and systems', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36')).toBe('Chrome on Linux');
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox on Windows');
    expect(describeUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).toBe('Safari on iOS');
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0')).toBe('Edge on Windows');
  });

  it('falls back to the start of an unknown agent, or says it is unknown', () => {
    expect(describeUserAgent('curl/8.5.0')).toBe('curl/8.5.0');
    expect(describeUserAgent('')).toBe('Unknown browser');
  });
});

describe('describeUserAgent in other languages', () => {
  it('uses the words it is given', () => {
    const spanish = { on: '{browser} en {system}', unknown: 'Navegador desconocido' };
    expect(describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0', spanish)).toBe('Firefox en Windows');
    expect(describeUserAgent('', spanish)).toBe('Navegador desconocido');
  });
});

describe('formatDateTime', () => {
  it('writes the moment in UTC, in the locale', () => {
    expect(formatDateTime('2026-11-27T14:05:09.000Z', 'en')).toBe('27 Nov 2026, 14:05 UTC');
    expect(formatDateTime('2026-11-27T14:05:09.000Z', 'es')).toBe('27 nov 2026, 14:05 UTC');
    expect(formatDateTime('2026-11-27T14:05:09.000Z', 'fr')).toBe('27 nov. 2026, 14:05 UTC');
  });
});
