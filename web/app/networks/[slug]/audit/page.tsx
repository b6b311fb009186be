import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { formatDateTime } from '../../../../lib/accounts/describe';
import { describeAuditAction, describeAuditDetails, describeRecordType } from '../../../../lib/cases/audit';
import { findAuditLog } from '../../../../lib/cases/curation-api';
import { findNetwork } from '../../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

async function loadPage(slug: string, after: string | null) {
  const [network, log] = await Promise.all([findNetwork(slug), findAuditLog(slug, after)]);
  return network && log ? { network, log } : null;
}

export async function generateMetadata({ params }: PageProps<'/networks/[slug]/audit'>): Promise<Metadata> {
  const network = await findNetwork((await params).slug);
  return { title: network ? `Audit log of ${network.name}` : 'Page not found' };
}

/**
 * Who did what to which record of the network, newest first, 20 at a time ("Older" follows the cursor).
 * For the network's coordinators; anyone else gets the same 404 as for an unknown network.
 */
export default async function AuditLogPage({ params, searchParams }: PageProps<'/networks/[slug]/audit'>) {
  const slug = (await params).slug;
  const after = (await searchParams).after;
  const cursor = typeof after === 'string' && after ? after : null;
  const page = await loadPage(slug, cursor);
  if (!page) notFound();
  const { network, log } = page;
  const base = `/networks/${network.slug}/audit`;

  return (
    <>
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>Audit log</h1>
      <p className="lead">
        Every change to the network&rsquo;s cards, members and invitations: {log.totalCount} {log.totalCount === 1 ? 'event' : 'events'}, newest first.
      </p>
      {log.edges.length === 0 ? (
        <p className="empty">Nothing has happened yet.</p>
      ) : (
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node }) => {
              const details = describeAuditDetails(node.details as Record<string, unknown>);
              return (
                <tr key={node.id}>
                  <td>
                    <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
                  </td>
                  <td>{node.actor?.name ?? 'A deleted user'}</td>
                  <td>
                    {describeAuditAction(node.action)}
                    {details && <span className="field__hint audit-table__details">{details}</span>}
                  </td>
                  <td>
                    {node.recordType === 'case' ? (
                      <Link href={`/cases/by-id/${node.recordId}`}>
                        Case <code className="record-id" title={node.recordId}>{node.recordId.slice(0, 8)}</code>
                      </Link>
                    ) : (
                      <>
                        {describeRecordType(node.recordType)}{' '}
                        <code className="record-id" title={node.recordId}>
                          {node.recordId.slice(0, 8)}
                        </code>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav className="pagination" aria-label="Audit log pages">
        {cursor && <Link href={base}>Newest</Link>}
        {log.pageInfo.hasNextPage && log.pageInfo.endCursor && <Link href={`${base}?after=${encodeURIComponent(log.pageInfo.endCursor)}`}>Older</Link>}
      </nav>
    </>
  );
}
