import { useLocale, useTranslations } from 'next-intl';
import { facetOptions, type FacetCounts, type FacetWords } from '../lib/search/facets';
import { FACETS, type SearchState } from '../lib/search/search-params';
import { sdgInfo } from '../lib/taxonomy';

/**
 * The facet sidebar: one fieldset per facet, each value a checkbox with its count (disjunctive: what
 * choosing it would show), plus the year range. The fields belong to the search form at the top of the
 * page through their `form` attribute, so one GET submit carries the query and every filter.
 */
export function SearchFacets({ form, state, counts, words }: { form: string; state: SearchState; counts: FacetCounts | null; words: FacetWords }) {
  const t = useTranslations('search.facets');
  const common = useTranslations('common.filters');
  const locale = useLocale();
  return (
    <section className="filters search-facets" aria-labelledby="facets-title">
      <h2 id="facets-title">{t('title')}</h2>
      {FACETS.map(({ key, param }) => {
        const options = facetOptions(key, counts?.[key] ?? null, state.filters[key], words);
        if (!options.length) return null;
        return (
          <fieldset key={key} className="facet">
            <legend>{t(`legends.${key}`)}</legend>
            <ul className="facet__values">
              {options.map((option) => (
                <li key={option.value}>
                  <label>
                    <input type="checkbox" form={form} name={param} value={option.value} defaultChecked={option.checked} />
                    {key === 'sdgs' && (
                      <span className="filters__swatch" style={{ backgroundColor: sdgInfo(Number(option.value), locale).colour }} aria-hidden="true" />
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
        <legend>{t('years')}</legend>
        <p className="facet__years">
          <label>
            {t('from')}{' '}
            <input type="number" form={form} name="from" min={1900} max={2100} inputMode="numeric" defaultValue={state.from ?? ''} />
          </label>
          <label>
            {t('to')} <input type="number" form={form} name="to" min={1900} max={2100} inputMode="numeric" defaultValue={state.to ?? ''} />
          </label>
        </p>
      </fieldset>
      <p className="filters__actions">
        <button type="submit" form={form}>
          {common('apply')}
        </button>
      </p>
    </section>
  );
}
