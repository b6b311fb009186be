import { facetOptions, type FacetCounts } from '../lib/search/facets';
import { FACETS, type SearchState } from '../lib/search/search-params';
import { sdgInfo } from '../lib/taxonomy';

/**
 * The facet sidebar: one fieldset per facet, each value a checkbox with its count (disjunctive: what
 * choosing it would show), plus the year range. The fields belong to the search form at the top of the
 * page through their `form` attribute, so one GET submit carries the query and every filter.
 */
export function SearchFacets({ form, state, counts }: { form: string; state: SearchState; counts: FacetCounts | null }) {
  return (
    <section className="filters search-facets" aria-labelledby="facets-title">
      <h2 id="facets-title">Refine</h2>
      {FACETS.map(({ key, param, legend }) => {
        const options = facetOptions(key, counts?.[key] ?? null, state.filters[key]);
        if (!options.length) return null;
        return (
          <fieldset key={key} className="facet">
            <legend>{legend}</legend>
            <ul className="facet__values">
              {options.map((option) => (
                <li key={option.value}>
                  <label>
                    <input type="checkbox" form={form} name={param} value={option.value} defaultChecked={option.checked} />
                    {key === 'sdgs' && (
                      <span className="filters__swatch" style={{ backgroundColor: sdgInfo(Number(option.value)).colour }} aria-hidden="true" />
                    )}
                    <span className="facet__label">{option.label}</span>
                    {option.count !== null && <span className="facet__count">({option.count})</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <fieldset className="facet facet--years">
        <legend>Year started</legend>
        <p className="facet__years">
          <label>
            From{' '}
            <input type="number" form={form} name="from" min={1900} max={2100} inputMode="numeric" defaultValue={state.from ?? ''} />
          </label>
          <label>
            To <input type="number" form={form} name="to" min={1900} max={2100} inputMode="numeric" defaultValue={state.to ?? ''} />
          </label>
        </p>
      </fieldset>
      <p className="filters__actions">
        <button type="submit" form={form}>
          Apply filters
        </button>
      </p>
    </section>
  );
}
