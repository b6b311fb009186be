/**
 * Dates and numbers in the interface's locale. English uses British conventions ("15 January 2025"),
 * as Casebook always has; Spanish and French their own ("15 de enero de 2025", "15 janvier 2025"). The API
 * stores dates at UTC, so they are shown at UTC: the server's and the browser's renders agree.
 */
const INTL_LOCALES: Record<string, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR' };

const intlLocale = (locale: string) => INTL_LOCALES[locale] ?? 'en-GB';

const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
    cache.set(id, format);
  }
  return format;
}

/** "15 January 2025" / "15 de enero de 2025" / "15 janvier 2025", from an ISO date or date-time. */
export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "27 Nov 2026, 14:05 UTC" and its Spanish and French forms. */
export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, 'date-time', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "1,234" / "1234" / "1 234": a count in the locale's digits grouping. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
