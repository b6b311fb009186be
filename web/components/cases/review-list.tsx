import { formatDateTime } from '../../lib/accounts/describe';
import { decisionLabel, fieldLabel } from '../../lib/cases/card-fields';

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
export function ReviewList({ reviews, title = 'Decisions' }: { reviews: Review[]; title?: string }) {
  if (!reviews.length) return null;
  return (
    <section className="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{title}</h2>
      <ol className="plain-list">
        {reviews.map((review) => (
          <li key={review.id} className="review-note">
            <p>
              <strong>{decisionLabel(review.decision)}</strong>
              {review.appliesTo === 'PENDING_EDIT' ? ' (an edit)' : ''} by {review.reviewer?.name ?? 'a deleted user'},{' '}
              <time dateTime={review.createdAt}>{formatDateTime(review.createdAt)}</time>
              {review.comment ? `: ${review.comment}` : '.'}
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
          </li>
        ))}
      </ol>
    </section>
  );
}
