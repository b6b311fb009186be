'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '../i18n/navigation';
import { LOCALE_NAMES, routing } from '../i18n/routing';

/**
 * The language switcher: the same page in every language, as plain links (so it works without
 * JavaScript), each marked with its language (`hreflang`, `lang`), the current one with aria-current.
 * Following one also sets the NEXT_LOCALE cookie, so the next address without a locale keeps the choice.
 */
export function LanguageSwitcher() {
  return (
    // The query string is read on the client; while a static render cannot read it, the links keep the path.
    <Suspense fallback={<LanguageLinks query={null} />}>
      <LanguageLinksWithQuery />
    </Suspense>
  );
}

function LanguageLinksWithQuery() {
  const search = useSearchParams();
  return <LanguageLinks query={search.size ? search.toString() : null} />;
}

function LanguageLinks({ query }: { query: string | null }) {
  const t = useTranslations('common.language');
  const current = useLocale();
  const pathname = usePathname();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav className="language-switcher" aria-label={t('label')}>
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link href={href} locale={locale} hrefLang={locale} lang={locale} aria-current={locale === current ? 'true' : undefined}>
              {LOCALE_NAMES[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
