import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { NAMESPACES } from './namespaces';
import { routing, type Locale } from './routing';

/** Every namespace's messages for one locale, as `{ common: {...}, home: {...}, ... }`. */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`../messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}

/** next-intl's per-request configuration: the locale from the `[locale]` segment, its messages, UTC dates. */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // The API stores dates at UTC; showing them at UTC keeps server and browser renders identical.
    timeZone: 'UTC',
  };
});
