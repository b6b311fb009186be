import { formatDate, formatDateTime, formatNumber } from './format';

describe('dates and numbers in the locale', () => {
  const iso = '2025-01-15T23:30:00.000Z';

  it('writes a date the English (British), Spanish and French way, at UTC', () => {
    expect(formatDate(iso, 'en')).toBe('15 January 2025');
    expect(formatDate(iso, 'es')).toBe('15 de enero de 2025');
    expect(formatDate(iso, 'fr')).toBe('15 janvier 2025');
    // A plain date (a LocalDate from the API) is the same day everywhere.
    expect(formatDate('2025-03-31', 'fr')).toBe('31 mars 2025');
  });

  it('falls back to English for a locale it does not know', () => {
    expect(formatDate(iso, 'de')).toBe('15 January 2025');
    expect(formatDateTime(iso, 'xx')).toBe('15 Jan 2025, 23:30 UTC');
  });

  it('groups digits as each language does', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'es')).toBe('12.345');
    expect(formatNumber(12345, 'fr')).toMatch(/^12\s345$/);
  });
});
