import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CaseStatusTag } from '../../../components/cases/case-status';
import { Notice } from '../../../components/notice';
import { Link } from '../../../i18n/navigation';
import { requireViewer } from '../../../lib/accounts/viewer';
import { decisionLabel, fieldLabel } from '../../../lib/cases/card-fields';
import { writableNetworks } from '../../../lib/cases/card-form-options';
import { listMyCases, type MyCase } from '../../../lib/cases/curation-api';
import { formatDateTime } from '../../../lib/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('curation.myCards'))('title') };
}

/** The review the author should read: the latest one, while the card (or its edit) is sent back or rejected. */
function reviewToShow(card: MyCase) {
  const latest = card.reviews?.[0];
  const state = card.status === 'PUBLISHED' ? card.pendingEdit?.state : card.status;
  if (!latest || (state !== 'CHANGES_REQUESTED' && state !== 'REJECTED')) return null;
  return latest.decision === 'APPROVE' ? null : latest;
}

/** The viewer's cards in every state, most recently changed first, with what the coordinators said. */
export default async function MyCardsPage({ searchParams }: PageProps<'/[locale]/my-cards'>) {
  const viewer = await requireViewer('/my-cards');
  const [cards, search, t, fields, decisions, common, locale] = await Promise.all([
    listMyCases(),
    searchParams,
    getTranslations('curation.myCards'),
    getTranslations('cases.fields'),
    getTranslations('curation.decisions'),
    getTranslations('common'),
    getLocale(),
  ]);
  const networks = writableNetworks(viewer);

  return (
    <div className="my-cards">
      <Notice code={search.notice} />
      <h1>{t('title')}</h1>
      {networks.length > 0 && (
        <p className="page-links">
          {networks.map((network, index) => (
            <span key={network.slug}>
              {index > 0 && ' · '}
              <Link href={`/cases/new?network=${network.slug}`}>{t('newIn', { network: network.name })}</Link>
            </span>
          ))}
        </p>
      )}
      {cards.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <ul className="case-list">
          {cards.map((card) => {
            const review = reviewToShow(card);
            const title = card.title || common('untitled');
            return (
              <li key={card.id}>
                <article className="case-card my-card">
                  <h2 className="case-card__title">
                    <Link href={`/cases/${card.slug}`}>{card.title || common('untitledCapital')}</Link>
                  </h2>
                  <p className="case-card__meta">
                    <CaseStatusTag status={card.status} pendingEditState={card.pendingEdit?.state} />
                    <span aria-hidden="true"> — </span>
                    <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
                    <span aria-hidden="true"> — </span>
                    <span>{t.rich('lastChanged', { date: () => <time dateTime={card.updatedAt}>{formatDateTime(card.updatedAt, locale)}</time> })}</span>
                  </p>
                  {review && (
                    <div className="review-note">
                      <p>
                        {t.rich('decision', {
                          decision: decisionLabel(decisions, review.decision),
                          comment: review.comment,
                          strong: (chunks) => <strong>{chunks}</strong>,
                          date: () => <time dateTime={review.createdAt}>{formatDateTime(review.createdAt, locale)}</time>,
                        })}
                      </p>
                      {review.fieldComments.length > 0 && (
                        <ul>
                          {review.fieldComments.map((entry) => (
                            <li key={entry.field}>
                              <strong>{fieldLabel(fields, entry.field)}:</strong> {entry.comment}
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
                          {t('edit')}
                          <span className="visually-hidden"> {title}</span>
                        </Link>
                        {' · '}
                      </>
                    )}
                    <Link href={`/cases/${card.slug}/history`}>
                      {t('history')}
                      <span className="visually-hidden"> {t('historyOf', { title })}</span>
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
