import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseCardList } from '../../../components/case-card';
import { CaseFilterForm } from '../../../components/case-filter-form';
import { FilterProblem } from '../../../components/filter-problem';
import { Link } from '../../../i18n/navigation';
import { UserInputError } from '../../../lib/api-client';
import { casesHref, isFiltered, parseCaseListParams, toCaseFilter } from '../../../lib/cases/case-list-params';
import { listCases } from '../../../lib/cases/list-cases';
import { listNetworks } from '../../../lib/networks/list-networks';
import { problemsText } from '../../../lib/param-problems';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cases.list'))('metaTitle') };
}

/** Runs the list query, turning a rejected filter into a message for the page instead of an error. */
async function loadCases(filter: ReturnType<typeof toCaseFilter>, after: string | null) {
  try {
    return { result: await listCases({ filter, after }), problem: null };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, problem: error.message };
    throw error;
  }
}

export default async function CasesPage({ searchParams }: PageProps<'/[locale]/cases'>) {
  const [t, problemWords, common] = await Promise.all([getTranslations('cases.list'), getTranslations('common.problems'), getTranslations('common.pagination')]);
  const { params, problems } = parseCaseListParams(await searchParams);
  const [networks, loaded] = await Promise.all([
    listNetworks(),
    problems.length ? Promise.resolve({ result: null, problem: problemsText(problemWords, problems) }) : loadCases(toCaseFilter(params), params.after),
  ]);
  const { result, problem } = loaded;
  const count = (total: number) => t(isFiltered(params) ? 'countFiltered' : 'countAll', { count: total });

  return (
    <>
      <h1>{t('title')}</h1>
      <div className="cases-layout">
        <CaseFilterForm params={params} networks={networks} />
        <section className="cases-results" aria-labelledby="results-title">
          <h2 id="results-title" className="visually-hidden">
            {t('results')}
          </h2>
          {problem !== null && <FilterProblem problem={problem} resetHref="/cases" resetLabel={t('showAll')} />}
          {result && (
            <>
              <p className="result-count" role="status">
                {params.after ? t('continued', { text: count(result.totalCount) }) : t('sentence', { text: count(result.totalCount) })}
              </p>
              <CaseCardList items={result.cases} headingLevel={3} empty={isFiltered(params) ? t('emptyFiltered') : t('empty')} />
              <nav className="pagination" aria-label={common('label')}>
                {params.after && <Link href={casesHref({ ...params, after: null })}>{common('first')}</Link>}
                {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                  <Link href={casesHref({ ...params, after: result.pageInfo.endCursor })} rel="next">
                    {common('next')}
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
