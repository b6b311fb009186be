import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Notice } from '../../../../components/notice';
import { formatDateTime } from '../../../../lib/accounts/describe';
import { findCurationQueue } from '../../../../lib/cases/curation-api';
import { formatDuration } from '../../../../lib/cases/field-values';
import { findNetwork } from '../../../../lib/networks/find-network';

export const dynamic = 'force-dynamic';

async function loadPage(slug: string) {
  const [network, queue] = await Promise.all([findNetwork(slug), findCurationQueue(slug)]);
  return network && queue ? { network, queue } : null;
}

export async function generateMetadata({ params }: PageProps<'/networks/[slug]/queue'>): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return page ? { title: `Curation queue of ${page.network.name}` } : { title: 'Page not found' };
}

/** What waits for the network's coordinators, oldest first. Anyone else: the same 404 as an unknown network. */
export default async function CurationQueuePage({ params, searchParams }: PageProps<'/networks/[slug]/queue'>) {
  const [page, search] = await Promise.all([loadPage((await params).slug), searchParams]);
  if (!page) notFound();
  const { network, queue } = page;

  return (
    <>
      <Notice code={search.notice} />
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>Curation queue</h1>
      <p className="lead">Submissions waiting for a coordinator&rsquo;s decision, the longest-waiting first.</p>
      {queue.length === 0 ? (
        <p className="empty">Nothing is waiting for review.</p>
      ) : (
        <table className="data-table queue-table">
          <caption className="visually-hidden">{queue.length === 1 ? '1 submission' : `${queue.length} submissions`}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Card</th>
              <th scope="col">Kind</th>
              <th scope="col">Author</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => {
              const author = item.appliesTo === 'PENDING_EDIT' ? item.case.pendingEdit?.proposedBy : item.case.author;
              return (
                <tr key={item.case.id}>
                  <th scope="row">
                    <Link href={`/cases/${item.case.slug}/review`}>{item.case.title || 'Untitled case'}</Link>
                  </th>
                  <td>{item.appliesTo === 'PENDING_EDIT' ? 'Edit of a published card' : 'New card'}</td>
                  <td>{author?.name ?? 'A deleted user'}</td>
                  <td>
                    {formatDuration(item.waitingSeconds)}
                    <br />
                    <span className="field__hint">
                      since <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt)}</time>
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
