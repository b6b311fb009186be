import { useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';

/** The API refused a filter in the URL: its message, and a way back to the unfiltered list. */
export function FilterProblem({ problem, resetHref, resetLabel }: { problem: string; resetHref: string; resetLabel: string }) {
  const t = useTranslations('common.filters');
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{t('problemTitle')}</strong> {problem}
      </p>
      <p>
        <Link href={resetHref}>{resetLabel}</Link>
      </p>
    </div>
  );
}
