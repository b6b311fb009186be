import { useLocale, useTranslations } from 'next-intl';
import { SearchBox } from './search-box';

/**
 * The search box as a plain GET form to /<locale>/search (`q`), enhanced with suggestions when JavaScript
 * runs. `hidden` carries choices the box should keep (the sort order); `id` lets the facet checkboxes
 * elsewhere on the page join this form through their `form` attribute.
 */
export function SearchBar({
  id,
  inputId,
  defaultValue = '',
  label,
  hidden = {},
}: {
  id?: string;
  inputId: string;
  defaultValue?: string;
  label?: string;
  hidden?: Record<string, string | null>;
}) {
  const t = useTranslations('search.bar');
  const locale = useLocale();
  return (
    <form id={id} className="search-bar" role="search" method="get" action={`/${locale}/search`} aria-label={t('formLabel')}>
      <label className="search-bar__label" htmlFor={inputId}>
        {label ?? t('label')}
      </label>
      <div className="search-bar__row">
        <SearchBox id={inputId} name="q" defaultValue={defaultValue} placeholder={t('placeholder')} />
        {Object.entries(hidden).map(([name, value]) => value !== null && <input key={name} type="hidden" name={name} value={value} />)}
        <button type="submit">{t('submit')}</button>
      </div>
    </form>
  );
}
