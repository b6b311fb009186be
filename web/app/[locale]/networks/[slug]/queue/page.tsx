import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Notice } from '../../../../../components/notice';
import { Link } from '../../../../../i18n/navigation';
import { findCurationQueue } from '../../../../../lib/cases/curation-api';
import { waitingTime } from '../../../../../lib/cases/field-values';
import { formatDateTime } from '../../../../../lib/format';
import { findNetwork } from '../../../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

async function loadPage(slug: string) {
  const [network, queue] = await Promise.all([findNetwork(slug), findCurationQueue(slug)]);
  return network && queue ? { network, queue } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]/queue'>): Promise<Metadata> {
  const [page, t, common] = await Promise.all([loadPage((await params).slug), getTranslations('curation.queue'), getTranslations('common')]);
  return { title: page ? t('metaTitle', { network: page.network.name }) : common('notFound.metaTitle') };
}

/** What waits for the network's coordinators, oldest first. Anyone else: the same 404 as an unknown network. */
export default async function CurationQueuePage({ params, searchParams }: PageProps<'/[locale]/networks/[slug]/queue'>) {
  const [page, search, t, common, locale] = await Promise.all([
    loadPage((await params).slug),
    searchParams,
    getTranslations('curation.queue'),
    getTranslations('common'),
    getLocale(),
  ]);
  if (!page) notFound();
  const { network, queue } = page;

  return (
    <>
      <Notice code={search.notice} />
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {queue.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <table className="data-table queue-table">
          <caption className="visually-hidden">{t('caption', { count: queue.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('card')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('author')}</th>
              <th scope="col">{t('waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => {
              const author = item.appliesTo === 'PENDING_EDIT' ? item.case.pendingEdit?.proposedBy : item.case.author;
              const waited = waitingTime(item.waitingSeconds);
              return (
                <tr key={item.case.id}>
                  <th scope="row">
                    <Link href={`/cases/${item.case.slug}/review`}>{item.case.title || common('untitledCapital')}</Link>
                  </th>
                  <td>{item.appliesTo === 'PENDING_EDIT' ? t('editOfPublished') : t('newCard')}</td>
                  <td>{author?.name ?? common('deletedUserCapital')}</td>
                  <td>
                    {waited ? t(`waited.${waited.unit}`, { count: waited.count }) : t('waited.lessThanMinute')}
                    <br />
                    <span className="field__hint">
                      {t.rich('since', { date: () => <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, locale)}</time> })}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
