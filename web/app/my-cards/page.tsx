import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseStatusTag } from '../../components/cases/case-status';
import { Notice } from '../../components/notice';
import { formatDateTime } from '../../lib/accounts/describe';
import { requireViewer } from '../../lib/accounts/viewer';
import { decisionLabel, fieldLabel } from '../../lib/cases/card-fields';
import { writableNetworks } from '../../lib/cases/card-form-options';
import { listMyCases, type MyCase } from '../../lib/cases/curation-api';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'My cards' };

/** The review the author should read: the latest one, while the card (or its edit) is sent back or rejected. */
function reviewToShow(card: MyCase) {
  const latest = card.reviews?.[0];
  const state = card.status === 'PUBLISHED' ? card.pendingEdit?.state : card.status;
  if (!latest || (state !== 'CHANGES_REQUESTED' && state !== 'REJECTED')) return null;
  return latest.decision === 'APPROVE' ? null : latest;
}

/** The viewer's cards in every state, most recently changed first, with what the coordinators said. */
export default async function MyCardsPage({ searchParams }: PageProps<'/my-cards'>) {
  const viewer = await requireViewer('/my-cards');
  const [cards, search] = await Promise.all([listMyCases(), searchParams]);
  const networks = writableNetworks(viewer);

  return (
    <div className="my-cards">
      <Notice code={search.notice} />
      <h1>My cards</h1>
      {networks.length > 0 && (
        <p className="page-links">
          {networks.map((network, index) => (
            <span key={network.slug}>
              {index > 0 && ' · '}
              <Link href={`/cases/new?network=${network.slug}`}>New case in {network.name}</Link>
            </span>
          ))}
        </p>
      )}
      {cards.length === 0 ? (
        <p className="empty">You have not written a card yet.</p>
      ) : (
        <ul className="case-list">
          {cards.map((card) => {
            const review = reviewToShow(card);
            return (
              <li key={card.id}>
                <article className="case-card my-card">
                  <h2 className="case-card__title">
                    <Link href={`/cases/${card.slug}`}>{card.title || 'Untitled case'}</Link>
                  </h2>
                  <p className="case-card__meta">
                    <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
                    <span aria-hidden="true"> — </span>
                    <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
                    <span aria-hidden="true"> — </span>
                    <span>
                      Last changed <time dateTime={card.updatedAt}>{formatDateTime(card.updatedAt)}</time>
                    </span>
                  </p>
                  {review && (
                    <div className="review-note">
                      <p>
                        <strong>{decisionLabel(review.decision)}</strong> on <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>:{' '}
                        {review.comment}
                      </p>
                      {review.fieldComments.length > 0 && (
                        <ul>
                          {review.fieldComments.map((entry) => (
                            <li key={entry.field}>
                              <strong>{fieldLabel(entry.field)}:</strong> {entry.comment}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  )}
                  <p className="page-links">
                    {card.viewerCan.edit && (
                      <>
                        <Link href={`/cases/${card.slug}/edit`}>
                          Edit<span className="visually-hidden"> {card.title || 'untitled case'}</span>
                        </Link>
                        {' · '}
                      </>
                    )}
                    <Link href={`/cases/${card.slug}/history`}>
                      History<span className="visually-hidden"> of {card.title || 'untitled case'}</span>
                    </Link>
                  </p>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
