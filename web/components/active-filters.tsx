import { useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import type { ActiveFilter } from '../lib/search/facets';

/** The active filters as chips, each a link that removes it, and a link that clears them all. */
export function ActiveFilters({ filters, clearHref }: { filters: ActiveFilter[]; clearHref: string }) {
  const t = useTranslations('search.chips');
  if (!filters.length) return null;
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{t('title')}</h3>
      <ul className="chips">
        {filters.map((filter) => (
          <li key={`${filter.key}:${filter.value}`}>
            <Link className="chip" href={filter.href}>
              <span className="visually-hidden">{t('remove')} </span>
              {filter.label}
              <span className="chip__remove" aria-hidden="true">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="active-filters__clear" href={clearHref}>
        {t('clearAll')}
      </Link>
    </div>
  );
}
