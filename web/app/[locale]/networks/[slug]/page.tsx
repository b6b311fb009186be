import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseCardList } from '../../../../components/case-card';
import { ExternalLink } from '../../../../components/external-link';
import { Notice } from '../../../../components/notice';
import { NetworkSdgCoverage } from '../../../../components/sdg-coverage-loaders';
import { NetworkSpacePanel } from '../../../../components/threads/network-space-panel';
import { ThreadNotice } from '../../../../components/threads/thread-notice';
import { Link } from '../../../../i18n/navigation';
import { findViewer, roleIn } from '../../../../lib/accounts/viewer';
import { casesHref } from '../../../../lib/cases/case-list-params';
import { listCases } from '../../../../lib/cases/list-cases';
import { networkCommitmentStats } from '../../../../lib/commitments/commitments-api';
import { StatusChart } from '../../../../components/commitments/status-chart';
import { formatNumber } from '../../../../lib/format';
import { findNetwork } from '../../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]'>): Promise<Metadata> {
  const network = await findNetwork((await params).slug);
  return network ? { title: network.name, description: network.description } : { title: (await getTranslations('networks.page'))('notFound') };
}

export default async function NetworkPage({ params, searchParams }: PageProps<'/[locale]/networks/[slug]'>) {
  const [network, viewer, t, roles, locale] = await Promise.all([
    findNetwork((await params).slug),
    findViewer(),
    getTranslations('networks.page'),
    getTranslations('networks.roles'),
    getLocale(),
  ]);
  if (!network) notFound();
  const [{ cases, totalCount, pageInfo }, stats] = await Promise.all([
    listCases({ filter: { networks: [network.slug] } }),
    networkCommitmentStats(network.slug),
  ]);
  const role = roleIn(viewer, network.slug);

  return (
    <>
      <Notice code={(await searchParams).notice} />
      <ThreadNotice code={(await searchParams).notice} />
      <h1>{network.name}</h1>
      <p className="lead">{network.description}</p>
      <dl className="case__facts" aria-label={t('about')}>
        {network.website && (
          <div>
            <dt>{t('website')}</dt>
            <dd>
              <ExternalLink href={network.website}>{network.website}</ExternalLink>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('publishedCases')}</dt>
          <dd>{formatNumber(network.caseCount, locale)}</dd>
        </div>
        {role && (
          <div>
            <dt>{t('yourRole')}</dt>
            <dd>
              {roles(role)} · <Link href={`/networks/${network.slug}/members`}>{role === 'COORDINATOR' ? t('manageMembers') : t('members')}</Link>
            </dd>
          </div>
        )}
      </dl>
      {(role === 'EDITOR' || role === 'COORDINATOR') && (
        <nav className="curation-bar" aria-label={t('curation')}>
          <ul>
            <li>
              <Link href={`/cases/new?network=${network.slug}`}>{t('newCase')}</Link>
            </li>
            {role === 'COORDINATOR' && (
              <>
                <li>
                  <Link href={`/networks/${network.slug}/queue`}>{t('queue')}</Link>
                </li>
                <li>
                  <Link href={`/networks/${network.slug}/audit`}>{t('audit')}</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      )}
      <NetworkSpacePanel slug={network.slug} coordinator={role === 'COORDINATOR'} />
      <section aria-labelledby="network-cases-title">
        <h2 id="network-cases-title">{t('casesTitle')}</h2>
        <CaseCardList items={cases} empty={t('noCases')} />
        {pageInfo.hasNextPage && (
          <p>
            <Link href={casesHref({ networks: [network.slug] })}>{t('allCases', { count: totalCount })}</Link>
          </p>
        )}
      </section>
      {network.caseCount > 0 && <NetworkSdgCoverage slug={network.slug} name={network.name} />}
      {stats && stats.totalCommitments > 0 && (
        <section aria-labelledby="network-commitments-title">
          <h2 id="network-commitments-title">{t('commitmentsTitle')}</h2>
          <StatusChart byStatus={stats.byStatus} caption={t('chartCaption', { count: stats.totalCommitments })} />
          <p>{t('overdue', { milestones: stats.overdueMilestones, commitments: stats.overdueCommitments })}</p>
          <p>
            <Link href={`/commitments?network=${encodeURIComponent(network.slug)}`}>{t('commitmentsLink')}</Link> ·{' '}
            <a href={`/feeds/commitments/networks/${encodeURIComponent(network.slug)}.atom`} type="application/atom+xml">
              {t('feed')}
            </a>
          </p>
        </section>
      )}
    </>
  );
}
