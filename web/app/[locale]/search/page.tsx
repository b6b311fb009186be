import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActiveFilters } from '../../../components/active-filters';
import { SaveSearch } from '../../../components/notifications/save-search';
import { SearchBar } from '../../../components/search-bar';
import { SearchFacets } from '../../../components/search-facets';
import { SearchHitList } from '../../../components/search-hit';
import { SearchSdgCoverage } from '../../../components/sdg-coverage-loaders';
import { cityNamesOf, SearchCaseMap } from '../../../components/world-map-loaders';
import { findCaseMap } from '../../../lib/insights/insights-api';
import { Link } from '../../../i18n/navigation';
import { activeFilters, clearFiltersHref, type FacetWords } from '../../../lib/search/facets';
import { searchForPage } from '../../../lib/search/search-cases';
import {
  changeSearch,
  effectiveSort,
  hasFilters,
  parseSearchParams,
  searchHref,
  toSearchInput,
  type SearchState,
  type SortOrder,
} from '../../../lib/search/search-params';
import { formatNumber } from '../../../lib/format';
import { problemsText } from '../../../lib/param-problems';

export const dynamic = 'force-dynamic';

const FORM_ID = 'search-form';

const ENGINE_NAMES: Record<string, string> = { postgres: 'PostgreSQL', meilisearch: 'Meilisearch' };

type Translate = Awaited<ReturnType<typeof getTranslations<'search'>>>;

export async function generateMetadata({ searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const [{ state }, t] = [parseSearchParams(await searchParams), await getTranslations('search')];
  return { title: state.q ? t('metaTitleQuery', { q: state.q }) : t('metaTitle') };
}

async function SortLinks({ state }: { state: SearchState }) {
  const t = await getTranslations('search.sort');
  const current = effectiveSort(state);
  const options: { value: SortOrder; label: string }[] = [
    { value: 'relevance', label: t('relevance') },
    { value: 'newest', label: t('newest') },
  ];
  return (
    <nav className="sort-links" aria-label={t('label')}>
      <span>{t('by')}</span>
      <ul>
        {options.map(({ value, label }) => (
          <li key={value}>
            {value === current ? (
              <span aria-current="true">{label}</span>
            ) : (
              <Link href={searchHref(changeSearch(state, { sort: value }))}>{label}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

async function DidYouMean({ state, suggestion }: { state: SearchState; suggestion: string }) {
  const t = await getTranslations('search');
  return (
    <p className="did-you-mean">
      {t.rich('didYouMean', { suggestion: () => <Link href={searchHref(changeSearch(state, { q: suggestion }))}>{suggestion}</Link> })}
    </p>
  );
}

/** "No cases match “q” with these filters." and the other empty states. */
function emptyText(t: Translate, state: SearchState): string {
  if (state.after) return t('empty.noMore');
  if (state.q) return hasFilters(state) ? t('empty.queryAndFilters', { q: state.q }) : t('empty.query', { q: state.q });
  return hasFilters(state) ? t('empty.filters') : t('empty.none');
}

/** "3 cases for “q”", "1 case matches these filters (continued)". */
function countText(t: Translate, state: SearchState, total: number): string {
  const context = state.q ? 'query' : hasFilters(state) ? 'filters' : 'all';
  const text = t(`count.${context}`, { count: total, q: state.q });
  return state.after ? t('count.continued', { text }) : text;
}

export default async function SearchPage({ searchParams }: PageProps<'/[locale]/search'>) {
  const [t, problemWords, locale] = await Promise.all([getTranslations('search'), getTranslations('common.problems'), getLocale()]);
  const { state, problems } = parseSearchParams(await searchParams);
  const { result, problem } = problems.length ? { result: null, problem: problemsText(problemWords, problems) } : await searchForPage(toSearchInput(state));
  // The map follows the search; it also names the cities of the city filter's chips.
  const mapPoints = result && result.total > 0 ? await findCaseMap(toSearchInput(state)) : null;
  const words: FacetWords = {
    locale,
    unknownSdg: (value) => t('chips.unknownSdg', { value }),
    from: (year) => t('chips.from', { year }),
    until: (year) => t('chips.until', { year }),
  };
  const chips = activeFilters(state, result?.facets ?? null, words, cityNamesOf(mapPoints));
  // Remount the fields when the URL changes, so client-side navigation (a chip, a suggestion) shows the new state.
  const formKey = searchHref(changeSearch(state, {}));

  return (
    <>
      <h1>{t('title')}</h1>
      <SearchBar key={`bar:${formKey}`} id={FORM_ID} inputId="search-q" defaultValue={state.q} label={t('wordsLabel')} hidden={{ sort: state.sort, city: state.cities[0] ?? null }} />
      <div className="cases-layout search-layout">
        <SearchFacets key={`facets:${formKey}`} form={FORM_ID} state={state} counts={result?.facets ?? null} words={words} />
        <section className="cases-results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('results')}
          </h2>
          {problem !== null && (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>{t('problemTitle')}</strong> {problem}
              </p>
              <p>{t.rich('problemWayOut', { link: (chunks) => <Link href="/search">{chunks}</Link> })}</p>
            </div>
          )}
          <ActiveFilters filters={chips} clearHref={clearFiltersHref(state)} />
          {problem === null && <SaveSearch state={state} />}
          {result && (
            <>
              <div className="result-summary">
                <p className="result-count" role="status">
                  {countText(t, state, result.total)}
                  <small className="result-count__engine">
                    {' · '}
                    {t('took', { ms: formatNumber(Math.round(result.tookMs), locale) })} · {ENGINE_NAMES[result.engine] ?? result.engine}
                  </small>
                </p>
                {result.total > 0 && <SortLinks state={state} />}
              </div>
              {result.fallbackReason && <p className="notice notice--info">{t('fallback')}</p>}
              {result.hits.length > 0 ? (
                <>
                  {result.suggestion && <DidYouMean state={state} suggestion={result.suggestion} />}
                  <SearchHitList hits={result.hits} />
                </>
              ) : (
                <div className="empty-state">
                  <p className="empty">{emptyText(t, state)}</p>
                  {result.suggestion && <DidYouMean state={state} suggestion={result.suggestion} />}
                </div>
              )}
              <nav className="pagination" aria-label={t('pages')}>
                {state.after && <Link href={searchHref(changeSearch(state, {}))}>{t('firstPage')}</Link>}
                {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                  <Link href={searchHref({ ...state, after: result.pageInfo.endCursor })} rel="next">
                    {t('nextPage')}
                  </Link>
                )}
              </nav>
              {result.total > 0 && (
                <>
                  <SearchCaseMap state={state} points={mapPoints} />
                  <SearchSdgCoverage input={toSearchInput(state)} />
                </>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
