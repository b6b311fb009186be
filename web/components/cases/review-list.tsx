import { useLocale, useTranslations } from 'next-intl';
import { decisionLabel, fieldLabel } from '../../lib/cases/card-fields';
import { formatDateTime } from '../../lib/format';

interface Review {
  id: string;
  decision: string;
  appliesTo: string;
  comment: string;
  createdAt: string;
  fieldComments: { field: string; comment: string }[];
  reviewer?: { name: string } | null;
}

/** Coordinators' decisions on a card, newest first, with their comments. Nothing when there are none. */
export function ReviewList({ reviews, title }: { reviews: Review[]; title?: string }) {
  const t = useTranslations('curation.reviews');
  const decisions = useTranslations('curation.decisions');
  const fields = useTranslations('cases.fields');
  const common = useTranslations('common');
  const locale = useLocale();
  if (!reviews.length) return null;
  return (
    <section className="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{title ?? t('title')}</h2>
      <ol className="plain-list">
        {reviews.map((review) => (
          <li key={review.id} className="review-note">
            <p>
              {t.rich(review.comment ? 'entryWithComment' : 'entry', {
                decision: decisionLabel(decisions, review.decision),
                edit: review.appliesTo === 'PENDING_EDIT' ? 'yes' : 'no',
                reviewer: review.reviewer?.name ?? common('deletedUser'),
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
          </li>
        ))}
      </ol>
    </section>
  );
}
