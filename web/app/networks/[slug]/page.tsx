import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseCardList } from '../../../components/case-card';
import { ExternalLink } from '../../../components/external-link';
import { Notice } from '../../../components/notice';
import { findViewer, roleIn } from '../../../lib/accounts/viewer';
import { casesHref } from '../../../lib/cases/case-list-params';
import { listCases } from '../../../lib/cases/list-cases';
import { networkCommitmentStats } from '../../../lib/commitments/commitments-api';
import { StatusChart } from '../../../components/commitments/status-chart';
import { findNetwork } from '../../../lib/networks/find-network';
import { roleLabel } from '../../../lib/networks/roles';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/networks/[slug]'>): Promise<Metadata> {
  const network = await findNetwork((await params).slug);
  return network ? { title: network.name, description: network.description } : { title: 'Network not found' };
}

export default async function NetworkPage({ params, searchParams }: PageProps<'/networks/[slug]'>) {
  const [network, viewer] = await Promise.all([findNetwork((await params).slug), findViewer()]);
  if (!network) notFound();
  const [{ cases, totalCount, pageInfo }, stats] = await Promise.all([
    listCases({ filter: { networks: [network.slug] } }),
    networkCommitmentStats(network.slug),
  ]);
  const role = roleIn(viewer, network.slug);

  return (
    <>
      <Notice code={(await searchParams).notice} />
      <h1>{network.name}</h1>
      <p className="lead">{network.description}</p>
      <dl className="case__facts" aria-label="About this network">
        {network.website && (
          <div>
            <dt>Website</dt>
            <dd>
              <ExternalLink href={network.website}>{network.website}</ExternalLink>
            </dd>
          </div>
        )}
        <div>
          <dt>Published cases</dt>
          <dd>{network.caseCount}</dd>
        </div>
        {role && (
          <div>
            <dt>Your role</dt>
            <dd>
              {roleLabel(role)} · <Link href={`/networks/${network.slug}/members`}>{role === 'COORDINATOR' ? 'Manage members' : 'Members'}</Link>
            </dd>
          </div>
        )}
      </dl>
      {(role === 'EDITOR' || role === 'COORDINATOR') && (
        <nav className="curation-bar" aria-label="Curation">
          <ul>
            <li>
              <Link href={`/cases/new?network=${network.slug}`}>New case</Link>
            </li>
            {role === 'COORDINATOR' && (
              <>
                <li>
                  <Link href={`/networks/${network.slug}/queue`}>Curation queue</Link>
                </li>
                <li>
                  <Link href={`/networks/${network.slug}/audit`}>Audit log</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      )}
      <section aria-labelledby="network-cases-title">
        <h2 id="network-cases-title">Cases from this network</h2>
        <CaseCardList items={cases} empty="This network has not published a case yet." />
        {pageInfo.hasNextPage && (
          <p>
            <Link href={casesHref({ networks: [network.slug] })}>All {totalCount} cases from this network</Link>
          </p>
        )}
      </section>
      {stats && stats.totalCommitments > 0 && (
        <section aria-labelledby="network-commitments-title">
          <h2 id="network-commitments-title">Commitments</h2>
          <StatusChart byStatus={stats.byStatus} caption={`${stats.totalCommitments} commitments by self-reported status`} />
          <p>
            {stats.overdueMilestones} overdue {stats.overdueMilestones === 1 ? 'milestone' : 'milestones'}, in {stats.overdueCommitments}{' '}
            {stats.overdueCommitments === 1 ? 'commitment' : 'commitments'}.
          </p>
          <p>
            <Link href={`/commitments?network=${encodeURIComponent(network.slug)}`}>This network’s commitments</Link> ·{' '}
            <a href={`/feeds/commitments/networks/${encodeURIComponent(network.slug)}.atom`} type="application/atom+xml">
              Atom feed of progress updates
            </a>
          </p>
        </section>
      )}
    </>
  );
}
