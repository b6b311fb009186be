import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseCardList } from '../../../components/case-card';
import { ExternalLink } from '../../../components/external-link';
import { casesHref } from '../../../lib/cases/case-list-params';
import { listCases } from '../../../lib/cases/list-cases';
import { findNetwork } from '../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/networks/[slug]'>): Promise<Metadata> {
  const network = await findNetwork((await params).slug);
  return network ? { title: network.name, description: network.description } : { title: 'Network not found' };
}

export default async function NetworkPage({ params }: PageProps<'/networks/[slug]'>) {
  const network = await findNetwork((await params).slug);
  if (!network) notFound();
  const { cases, totalCount, pageInfo } = await listCases({ filter: { networks: [network.slug] } });

  return (
    <>
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
      </dl>
      <section aria-labelledby="network-cases-title">
        <h2 id="network-cases-title">Cases from this network</h2>
        <CaseCardList items={cases} empty="This network has not published a case yet." />
        {pageInfo.hasNextPage && (
          <p>
            <Link href={casesHref({ networks: [network.slug] })}>All {totalCount} cases from this network</Link>
          </p>
        )}
      </section>
    </>
  );
}
