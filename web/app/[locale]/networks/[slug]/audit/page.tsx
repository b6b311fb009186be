import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '../../../../../i18n/navigation';
import { describeAuditAction, describeAuditDetails, describeRecordType, type AuditDetailWords } from '../../../../../lib/cases/audit';
import { fieldLabel, statusLabel } from '../../../../../lib/cases/card-fields';
import { findAuditLog } from '../../../../../lib/cases/curation-api';
import { formatDateTime } from '../../../../../lib/format';
import { isNetworkRole } from '../../../../../lib/networks/roles';
import { findNetwork } from '../../../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

async function loadPage(slug: string, after: string | null) {
  const [network, log] = await Promise.all([findNetwork(slug), findAuditLog(slug, after)]);
  return network && log ? { network, log } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]/audit'>): Promise<Metadata> {
  const [network, t, common] = await Promise.all([findNetwork((await params).slug), getTranslations('curation.audit'), getTranslations('common')]);
  return { title: network ? t('metaTitle', { network: network.name }) : common('notFound.metaTitle') };
}

async function auditWords(): Promise<AuditDetailWords> {
  const [details, fields, statuses, roles] = await Promise.all([
    getTranslations('curation.audit.details'),
    getTranslations('cases.fields'),
    getTranslations('curation.status'),
    getTranslations('networks.roles'),
  ]);
  return {
    t: (key, values) => details(key, values),
    field: (name) => fieldLabel(fields, name),
    status: (code) => statusLabel(statuses, code),
    role: (code) => (isNetworkRole(code) ? roles(code) : code),
  };
}

/**
 * Who did what to which record of the network, newest first, 20 at a time ("Older" follows the cursor).
 * For the network's coordinators; anyone else gets the same 404 as for an unknown network.
 */
export default async function AuditLogPage({ params, searchParams }: PageProps<'/[locale]/networks/[slug]/audit'>) {
  const [t, actions, records, common, words, locale] = await Promise.all([
    getTranslations('curation.audit'),
    getTranslations('curation.audit.actions'),
    getTranslations('curation.audit.records'),
    getTranslations('common'),
    auditWords(),
    getLocale(),
  ]);
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
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead', { count: log.totalCount })}</p>
      {log.edges.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <table className="data-table audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('record')}</th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node }) => {
              const details = describeAuditDetails(node.details as Record<string, unknown>, words);
              return (
                <tr key={node.id}>
                  <td>
                    <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, locale)}</time>
                  </td>
                  <td>{node.actor?.name ?? common('deletedUserCapital')}</td>
                  <td>
                    {describeAuditAction(actions, node.action)}
                    {details && <span className="field__hint audit-table__details">{details}</span>}
                  </td>
                  <td>
                    {node.recordType === 'case' ? (
                      <Link href={`/cases/by-id/${node.recordId}`}>
                        {describeRecordType(records, 'case')} <code className="record-id" title={node.recordId}>{node.recordId.slice(0, 8)}</code>
                      </Link>
                    ) : (
                      <>
                        {describeRecordType(records, node.recordType)}{' '}
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
      <nav className="pagination" aria-label={t('pages')}>
        {cursor && <Link href={base}>{t('newest')}</Link>}
        {log.pageInfo.hasNextPage && log.pageInfo.endCursor && <Link href={`${base}?after=${encodeURIComponent(log.pageInfo.endCursor)}`}>{t('older')}</Link>}
      </nav>
    </>
  );
}
