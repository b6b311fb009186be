import { OGP_VALUES } from '@casebook/taxonomy';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CommitmentTable } from '../../../components/commitments/commitment-table';
import { FilterProblem } from '../../../components/filter-problem';
import { Link } from '../../../i18n/navigation';
import { UserInputError } from '../../../lib/api-client';
import { COMMITMENT_STATUSES, listCommitments, scaleLabel } from '../../../lib/commitments/commitments-api';
import { commitmentsHref, isFiltered, parseCommitmentListParams, toCommitmentFilter } from '../../../lib/commitments/list-params';
import { listNetworks } from '../../../lib/networks/list-networks';
import { ogpValueTitle, sdgInfo } from '../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('commitments.list'))('title') };
}

async function load(filter: ReturnType<typeof toCommitmentFilter>, after: string | null) {
  try {
    return { result: await listCommitments(filter, after), problem: null };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, problem: error.message };
    throw error;
  }
}

export default async function CommitmentsPage({ searchParams }: PageProps<'/[locale]/commitments'>) {
  const [t, filters, pagination, scale, locale] = await Promise.all([
    getTranslations('commitments.list'),
    getTranslations('common.filters'),
    getTranslations('common.pagination'),
    getTranslations('commitments.scale'),
    getLocale(),
  ]);
  const params = parseCommitmentListParams(await searchParams);
  const [networks, { result, problem }] = await Promise.all([listNetworks(), load(toCommitmentFilter(params), params.after)]);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <form method="get" action={`/${locale}/commitments`} className="commitment-filters" aria-label={t('filtersLabel')}>
        <div className="field">
          <label htmlFor="filter-city">{t('city')}</label>
          <input id="filter-city" name="city" defaultValue={params.city} placeholder={t('cityPlaceholder')} />
        </div>
        <div className="field">
          <label htmlFor="filter-network">{t('network')}</label>
          <select id="filter-network" name="network" defaultValue={params.network}>
            <option value="">{t('anyNetwork')}</option>
            {networks.map((network) => (
              <option key={network.slug} value={network.slug}>
                {network.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('status')}</label>
          <select id="filter-status" name="status" defaultValue={params.status}>
            <option value="">{t('anyStatus')}</option>
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {scaleLabel(scale, status)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-ogp-value">{t('ogpValue')}</label>
          <select id="filter-ogp-value" name="ogpValue" defaultValue={params.ogpValue}>
            <option value="">{t('anyValue')}</option>
            {OGP_VALUES.map((value) => (
              <option key={value.slug} value={value.slug}>
                {ogpValueTitle(value.slug, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sdg">{t('sdg')}</label>
          <select id="filter-sdg" name="sdg" defaultValue={params.sdg}>
            <option value="">{t('anyGoal')}</option>
            {Array.from({ length: 17 }, (_, index) => index + 1).map((number) => (
              <option key={number} value={String(number)}>
                {number}. {sdgInfo(number, locale).title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-overdue">{t('overdue')}</label>
          <select id="filter-overdue" name="overdue" defaultValue={params.overdue}>
            <option value="">{t('either')}</option>
            <option value="yes">{t('overdueOnly')}</option>
            <option value="no">{t('notOverdue')}</option>
          </select>
        </div>
        <button type="submit">{filters('apply')}</button>
        {isFiltered(params) && <Link href="/commitments">{filters('clear')}</Link>}
      </form>
      <section aria-labelledby="results-title">
        <h2 id="results-title" className="visually-hidden">
          {t('results')}
        </h2>
        {problem !== null && <FilterProblem problem={problem} resetHref="/commitments" resetLabel={t('showAll')} />}
        {result && (
          <>
            <p className="result-count" role="status">
              {t(params.after ? 'countContinued' : 'count', { count: result.totalCount, filtered: isFiltered(params) ? 'yes' : 'no' })}
            </p>
            <CommitmentTable items={result.commitments} empty={isFiltered(params) ? t('emptyFiltered') : t('empty')} />
            <nav className="pagination" aria-label={pagination('label')}>
              {params.after && <Link href={commitmentsHref({ ...params, after: null })}>{pagination('first')}</Link>}
              {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                <Link href={commitmentsHref({ ...params, after: result.pageInfo.endCursor })} rel="next">
                  {pagination('next')}
                </Link>
              )}
            </nav>
          </>
        )}
      </section>
    </>
  );
}
