import type { Metadata } from 'next';
import Link from 'next/link';
import { ActiveFilters } from '../../components/active-filters';
import { SearchBar } from '../../components/search-bar';
import { SearchFacets } from '../../components/search-facets';
import { SearchHitList } from '../../components/search-hit';
import { activeFilters, clearFiltersHref } from '../../lib/search/facets';
import { searchForPage } from '../../lib/search/search-cases';
import {
  changeSearch,
  effectiveSort,
  hasFilters,
  parseSearchParams,
  searchHref,
  toSearchInput,
  type SearchState,
  type SortOrder,
} from '../../lib/search/search-params';

export const dynamic = 'force-dynamic';

const FORM_ID = 'search-form';

const ENGINE_NAMES: Record<string, string> = { postgres: 'PostgreSQL', meilisearch: 'Meilisearch' };

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const { state } = parseSearchParams(await searchParams);
  return { title: state.q ? `Search: ${state.q}` : 'Search' };
}

function SortLinks({ state }: { state: SearchState }) {
  const current = effectiveSort(state);
  const options: { value: SortOrder; label: string }[] = [
    { value: 'relevance', label: 'Best match' },
    { value: 'newest', label: 'Newest' },
  ];
  return (
    <nav className="sort-links" aria-label="Sort results">
      <span>Sort by:</span>
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

function DidYouMean({ state, suggestion }: { state: SearchState; suggestion: string }) {
  return (
    <p className="did-you-mean">
      Did you mean <Link href={searchHref(changeSearch(state, { q: suggestion }))}>{suggestion}</Link>?
    </p>
  );
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const { state, problems } = parseSearchParams(await searchParams);
  const { result, problem } = problems.length ? { result: null, problem: problems.join(' ') } : await searchForPage(toSearchInput(state));
  const chips = activeFilters(state, result?.facets ?? null);
  // Remount the fields when the URL changes, so client-side navigation (a chip, a suggestion) shows the new state.
  const formKey = searchHref(changeSearch(state, {}));

  return (
    <>
      <h1>Search cases</h1>
      <SearchBar
        key={`bar:${formKey}`}
        id={FORM_ID}
        inputId="search-q"
        defaultValue={state.q}
        label="Search words"
        hidden={{ sort: state.sort }}
      />
      <div className="cases-layout search-layout">
        <SearchFacets key={`facets:${formKey}`} form={FORM_ID} state={state} counts={result?.facets ?? null} />
        <section className="cases-results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            Results
          </h2>
          {problem !== null && (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>This search could not be run.</strong> {problem}
              </p>
              <p>
                Remove the filter or <Link href="/search">start a new search</Link>.
              </p>
            </div>
          )}
          <ActiveFilters filters={chips} clearHref={clearFiltersHref(state)} />
          {result && (
            <>
              <div className="result-summary">
                <p className="result-count" role="status">
                  {result.total} {result.total === 1 ? 'case' : 'cases'}
                  {countContext(state)}
                  <small className="result-count__engine">
                    {' · '}
                    {Math.round(result.tookMs)} ms · {ENGINE_NAMES[result.engine] ?? result.engine}
                  </small>
                </p>
                {result.total > 0 && <SortLinks state={state} />}
              </div>
              {result.fallbackReason && (
                <p className="notice notice--info">
                  Our main search engine is not answering right now, so these results come from the backup search. They
                  may be ranked a little differently.
                </p>
              )}
              {result.hits.length > 0 ? (
                <>
                  {result.suggestion && <DidYouMean state={state} suggestion={result.suggestion} />}
                  <SearchHitList hits={result.hits} />
                </>
              ) : (
                <div className="empty-state">
                  <p className="empty">
                    {state.after
                      ? 'No more results.'
                      : state.q
                        ? `No cases match “${state.q}”${hasFilters(state) ? ' with these filters' : ''}.`
                        : hasFilters(state)
                          ? 'No cases match these filters.'
                          : 'No published cases yet.'}
                  </p>
                  {result.suggestion && <DidYouMean state={state} suggestion={result.suggestion} />}
                </div>
              )}
              <nav className="pagination" aria-label="Pages">
                {state.after && <Link href={searchHref(changeSearch(state, {}))}>First page</Link>}
                {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                  <Link href={searchHref({ ...state, after: result.pageInfo.endCursor })} rel="next">
                    Next page
                  </Link>
                )}
              </nav>
            </>
          )}
        </section>
      </div>
    </>
  );
}

/** " for “q”" and " (continued)" after the count. */
function countContext(state: SearchState): string {
  return `${state.q ? ` for “${state.q}”` : hasFilters(state) ? ' match these filters' : ''}${state.after ? ' (continued)' : ''}`;
}
