import { defineRouting } from 'next-intl/routing';

/**
 * The interface languages (UCLG's official ones) and how they appear in addresses: always as the first
 * segment (`/es/cases`). A first visit without a prefix is sent to the browser's language
 * (Accept-Language); after a switch, the NEXT_LOCALE cookie remembers the choice for a year.
 */
export const routing = defineRouting({
  locales: ['en', 'es', 'fr'],
  defaultLocale: 'en',
  localePrefix: 'always',
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
});

export type Locale = (typeof routing.locales)[number];

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', fr: 'Français' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
