import { M49_REGIONS, SDGS } from '@casebook/taxonomy';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import type { CaseListParams } from '../lib/cases/case-list-params';
import type { NetworkSummary } from '../lib/networks/list-networks';
import { regionName, sdgInfo } from '../lib/taxonomy';

/**
 * The list filters as a plain GET form: it works without JavaScript, and the resulting URL is the
 * filter (`sdg` repeated, `region`, `network`). Submitting starts again at page one (no `after`).
 */
export function CaseFilterForm({ params, networks }: { params: CaseListParams; networks: NetworkSummary[] }) {
  const t = useTranslations('cases.filters');
  const common = useTranslations('common.filters');
  const locale = useLocale();
  const checked = new Set(params.sdgs);
  return (
    <form className="filters" method="get" action={`/${locale}/cases`} aria-labelledby="filters-title">
      <h2 id="filters-title">{t('title')}</h2>
      <fieldset>
        <legend>{t('sdgs')}</legend>
        <ul className="filters__sdgs">
          {SDGS.map((sdg) => (
            <li key={sdg.number}>
              <label>
                <input type="checkbox" name="sdg" value={sdg.number} defaultChecked={checked.has(sdg.number)} />{' '}
                <span className="filters__swatch" style={{ backgroundColor: sdg.colour }} aria-hidden="true" />
                {sdg.number}. {sdgInfo(sdg.number, locale).title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="filters__field">
        <label htmlFor="filter-region">{t('region')}</label>
        <select id="filter-region" name="region" defaultValue={params.regions[0] ?? ''}>
          <option value="">{t('anyRegion')}</option>
          {M49_REGIONS.map((region) => (
            <option key={region} value={region}>
              {regionName(region, locale)}
            </option>
          ))}
        </select>
      </p>
      <p className="filters__field">
        <label htmlFor="filter-network">{t('network')}</label>
        <select id="filter-network" name="network" defaultValue={params.networks[0] ?? ''}>
          <option value="">{t('anyNetwork')}</option>
          {networks.map((network) => (
            <option key={network.slug} value={network.slug}>
              {network.name}
            </option>
          ))}
        </select>
      </p>
      <p className="filters__actions">
        <button type="submit">{common('apply')}</button> <Link href="/cases">{common('clear')}</Link>
      </p>
    </form>
  );
}
