import { OGP_VALUES } from '@casebook/taxonomy';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitmentTable } from '../../components/commitments/commitment-table';
import { UserInputError } from '../../lib/api-client';
import { COMMITMENT_STATUSES, listCommitments } from '../../lib/commitments/commitments-api';
import { commitmentsHref, isFiltered, parseCommitmentListParams, toCommitmentFilter } from '../../lib/commitments/list-params';
import { listNetworks } from '../../lib/networks/list-networks';
import { sdgInfo } from '../../lib/taxonomy';
import { FilterProblem } from '../../components/filter-problem';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Commitments' };

async function load(filter: ReturnType<typeof toCommitmentFilter>, after: string | null) {
  try {
    return { result: await listCommitments(filter, after), problem: null };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, problem: error.message };
    throw error;
  }
}

export default async function CommitmentsPage({ searchParams }: PageProps<'/commitments'>) {
  const params = parseCommitmentListParams(await searchParams);
  const [networks, { result, problem }] = await Promise.all([listNetworks(), load(toCommitmentFilter(params), params.after)]);

  return (
    <>
      <h1>Commitments</h1>
      <p className="lead">Open government commitments of cities’ action plans: what they promised, and how far they got.</p>
      <form method="get" action="/commitments" className="commitment-filters" aria-label="Filter commitments">
        <div className="field">
          <label htmlFor="filter-city">City</label>
          <input id="filter-city" name="city" defaultValue={params.city} placeholder="e.g. paris-fr" />
        </div>
        <div className="field">
          <label htmlFor="filter-network">Network</label>
          <select id="filter-network" name="network" defaultValue={params.network}>
            <option value="">Any network</option>
            {networks.map((network) => (
              <option key={network.slug} value={network.slug}>
                {network.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={params.status}>
            <option value="">Any status</option>
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status.value} value={status.value}>
                {status.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-ogp-value">OGP value</label>
          <select id="filter-ogp-value" name="ogpValue" defaultValue={params.ogpValue}>
            <option value="">Any value</option>
            {OGP_VALUES.map((value) => (
              <option key={value.slug} value={value.slug}>
                {value.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-sdg">SDG</label>
          <select id="filter-sdg" name="sdg" defaultValue={params.sdg}>
            <option value="">Any goal</option>
            {Array.from({ length: 17 }, (_, index) => index + 1).map((number) => (
              <option key={number} value={String(number)}>
                {number}. {sdgInfo(number).title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-overdue">Overdue</label>
          <select id="filter-overdue" name="overdue" defaultValue={params.overdue}>
            <option value="">Either</option>
            <option value="yes">Overdue only</option>
            <option value="no">Not overdue</option>
          </select>
        </div>
        <button type="submit">Apply filters</button>
        {isFiltered(params) && <Link href="/commitments">Clear filters</Link>}
      </form>
      <section aria-labelledby="results-title">
        <h2 id="results-title" className="visually-hidden">
          Results
        </h2>
        {problem !== null && <FilterProblem problem={problem} resetHref="/commitments" resetLabel="Show all commitments" />}
        {result && (
          <>
            <p className="result-count" role="status">
              {result.totalCount} {result.totalCount === 1 ? 'commitment' : 'commitments'}
              {isFiltered(params) ? ' match these filters' : ''}
              {params.after ? ' (continued)' : ''}.
            </p>
            <CommitmentTable items={result.commitments} empty={isFiltered(params) ? 'No commitment matches these filters.' : 'No commitments yet.'} />
            <nav className="pagination" aria-label="Pages">
              {params.after && <Link href={commitmentsHref({ ...params, after: null })}>First page</Link>}
              {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
                <Link href={commitmentsHref({ ...params, after: result.pageInfo.endCursor })} rel="next">
                  Next page
                </Link>
              )}
            </nav>
          </>
        )}
      </section>
    </>
  );
}
