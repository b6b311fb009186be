import { COUNTRIES, M49_REGIONS, SDGS, THEMES } from '@casebook/taxonomy';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ExportFilters } from '../../../lib/insights/export-links';
import type { NetworkLicence } from '../../../lib/insights/open-data-api';
import { countryName, regionName, sdgInfo, themeTitle } from '../../../lib/taxonomy';

/** One filter as a select with an "any" option; the chosen value goes into the export links. */
function FilterSelect({ name, label, any, value, options }: { name: string; label: string; any: string; value: string; options: { value: string; label: string }[] }) {
  const id = `export-${name}`;
  return (
    <p className="filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The search's filters as a GET form back to /data, which then shows the CSV, JSON Lines and Atom links
 * for them: plain HTML, so it works without JavaScript, and the result is a link to keep or share.
 */
export async function ExportForm({ filters, networks }: { filters: ExportFilters; networks: NetworkLicence[] }) {
  const [t, locale] = await Promise.all([getTranslations('opendata.data.form'), getLocale()]);
  const first = (key: keyof ExportFilters['values']) => filters.values[key][0] ?? '';
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return (
    <form className="filters export-form" method="get" action={`/${locale}/data#export-links`} aria-labelledby="export-title">
      <p className="filters__field">
        <label htmlFor="export-q">{t('words')}</label>
        <input id="export-q" name="q" type="search" defaultValue={filters.q} aria-describedby="export-q-hint" />
        <span id="export-q-hint" className="field__hint">
          {t('wordsHint')}
        </span>
      </p>
      <div className="export-form__selects">
        <FilterSelect name="sdg" label={t('sdg')} any={t('any')} value={first('sdg')} options={SDGS.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number}. ${sdgInfo(sdg.number, locale).title}` }))} />
        <FilterSelect name="region" label={t('region')} any={t('any')} value={first('region')} options={M49_REGIONS.map((region) => ({ value: region, label: regionName(region, locale) }))} />
        <FilterSelect
          name="country"
          label={t('country')}
          any={t('any')}
          value={first('country')}
          options={COUNTRIES.map((country) => ({ value: country.code, label: countryName(country.code, locale) })).sort(byLabel)}
        />
        <FilterSelect name="network" label={t('network')} any={t('any')} value={first('network')} options={networks.map((network) => ({ value: network.slug, label: network.name }))} />
        <FilterSelect name="theme" label={t('theme')} any={t('any')} value={first('theme')} options={THEMES.map((theme) => ({ value: theme.slug, label: themeTitle(theme.slug, locale) })).sort(byLabel)} />
      </div>
      <p className="filters__actions">
        <button type="submit">{t('submit')}</button>
      </p>
    </form>
  );
}
