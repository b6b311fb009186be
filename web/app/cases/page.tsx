import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseCardList } from '../../components/case-card';
import { CaseFilterForm } from '../../components/case-filter-form';
import { UserInputError } from '../../lib/api-client';
import { casesHref, isFiltered, parseCaseListParams, toCaseFilter } from '../../lib/cases/case-list-params';
import { listCases } from '../../lib/cases/list-cases';
import { listNetworks } from '../../lib/networks/list-networks';
import { FilterProblem } from '../../components/filter-problem';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Cases' };

/** Runs the list query, turning a rejected filter into a message for the page instead of an error. */
async function loadCases(filter: ReturnType<typeof toCaseFilter>, after: string | null) {
  try {
    return { result: await listCases({ filter, after }), problem: null };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, problem: error.message };
    throw error;
  }
}

export default async function CasesPage({ searchParams }: PageProps<'/cases'>) {
  const { params, problems } = parseCaseListParams(await searchParams);
  const [networks, loaded] = await Promise.all([
    listNetworks(),
    problems.length ? Promise.resolve({ result: null, problem: problems.join(' ') }) : loadCases(toCaseFilter(params), params.after),
  ]);
  const { result, problem } = loaded;

  return (
    <>
      <h1>Cases</h1>
      <div className="cases-layout">
        <CaseFilterForm params={params} networks={networks} />
        <section className="cases-results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            Results
          </h2>
          {problem !== null && <FilterProblem problem={problem} resetHref="/cases" resetLabel="Show all cases" />}
          {result && (
            <>
              <p className="result-count" role="status">
                {result.totalCount} {result.totalCount === 1 ? 'case' : 'cases'}
                {isFiltered(params) ? ' match these filters' : ' published'}
                {params.after ? ' (continued)' : ''}.
              </p>
              <CaseCardList
                items={result.cases}
                headingLevel={3}
                empty={isFiltered(params) ? 'No published case matches these filters.' : 'No published cases yet.'}
              />
              <nav className="pagination" aria-label="Pages">
                {params.after && <Link href={casesHref({ ...params, after: null })}>First page</Link>}
                {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                  <Link href={casesHref({ ...params, after: result.pageInfo.endCursor })} rel="next">
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
