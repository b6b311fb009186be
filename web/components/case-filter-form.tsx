import { M49_REGIONS, SDGS } from '@casebook/taxonomy';
import type { CaseListParams } from '../lib/cases/case-list-params';
import type { NetworkSummary } from '../lib/networks/list-networks';

/**
 * The list filters as a plain GET form: it works without JavaScript, and the resulting URL is the
 * filter (`sdg` repeated, `region`, `network`). Submitting starts again at page one (no `after`).
 */
export function CaseFilterForm({ params, networks }: { params: CaseListParams; networks: NetworkSummary[] }) {
  const checked = new Set(params.sdgs);
  return (
    <form className="filters" method="get" action="/cases" aria-labelledby="filters-title">
      <h2 id="filters-title">Filter cases</h2>
      <fieldset>
        <legend>Sustainable Development Goals</legend>
        <ul className="filters__sdgs">
          {SDGS.map((sdg) => (
            <li key={sdg.number}>
              <label>
                <input type="checkbox" name="sdg" value={sdg.number} defaultChecked={checked.has(sdg.number)} />{' '}
                <span className="filters__swatch" style={{ backgroundColor: sdg.colour }} aria-hidden="true" />
                {sdg.number}. {sdg.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="filters__field">
        <label htmlFor="filter-region">Region</label>
        <select id="filter-region" name="region" defaultValue={params.regions[0] ?? ''}>
          <option value="">Any region</option>
          {M49_REGIONS.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </p>
      <p className="filters__field">
        <label htmlFor="filter-network">Network</label>
        <select id="filter-network" name="network" defaultValue={params.networks[0] ?? ''}>
          <option value="">Any network</option>
          {networks.map((network) => (
            <option key={network.slug} value={network.slug}>
              {network.name}
            </option>
          ))}
        </select>
      </p>
      <p className="filters__actions">
        <button type="submit">Apply filters</button> <a href="/cases">Clear filters</a>
      </p>
    </form>
  );
}
