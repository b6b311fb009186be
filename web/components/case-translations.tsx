import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import { languageName } from '../lib/taxonomy';

interface Translation {
  slug: string;
  title: string;
  language: string;
}

/** "Also in: French, Spanish": the same case in its other languages, each link marked with its language. */
export function CaseTranslations({ translations }: { translations: Translation[] }) {
  const t = useTranslations('cases.page');
  const locale = useLocale();
  if (!translations.length) return null;
  return (
    <p className="case__translations">
      {t('alsoIn')}{' '}
      {translations.map((translation, index) => (
        <span key={translation.slug}>
          {index > 0 && ', '}
          <Link href={`/cases/${translation.slug}`} hrefLang={translation.language} title={translation.title}>
            {languageName(translation.language, locale)}
          </Link>
        </span>
      ))}
    </p>
  );
}
