import Link from 'next/link';
import { pendingEditLabel, statusLabel } from '../../lib/cases/card-fields';
import { archiveCaseAction } from '../../lib/cases/curation-actions';
import type { CaseDetail } from '../../lib/cases/find-case';
import { SubmitButton } from '../forms/submit-button';

/** What the case page says about a card that is not simply published: archived, not yet published, or being edited. */
export function CaseStatusNotice({ card }: { card: CaseDetail }) {
  if (card.status === 'ARCHIVED') {
    return (
      <div className="notice notice--archived" role="note">
        <p>
          <strong>This case is archived.</strong> It is kept for reference, is no longer in search, and can no longer be edited.
        </p>
      </div>
    );
  }
  if (card.status !== 'PUBLISHED') {
    return (
      <div className="notice notice--info" role="note">
        <p>
          <strong>Not published: {statusLabel(card.status).toLowerCase()}.</strong> Only its author and the network&rsquo;s editors and
          coordinators can see this card.
        </p>
      </div>
    );
  }
  if (card.pendingEdit) {
    return (
      <div className="notice notice--info" role="note">
        <p>
          <strong>{pendingEditLabel(card.pendingEdit.state)}.</strong> This page shows the published version.
        </p>
      </div>
    );
  }
  return null;
}

/**
 * The curation actions the viewer may take on the card, as the API says (viewerCan): edit, review, history,
 * and archive, which asks for a confirmation first (`?archive=confirm`), without JavaScript.
 */
export function CaseCurationBar({ card, confirmArchive }: { card: CaseDetail; confirmArchive: boolean }) {
  const can = card.viewerCan;
  const canSeeHistory = card.reviews !== null && card.reviews !== undefined;
  if (!can.edit && !can.review && !can.archive && !canSeeHistory) return null;
  return (
    <nav className="curation-bar" aria-label="Curation">
      <ul>
        {can.edit && (
          <li>
            <Link href={`/cases/${card.slug}/edit`}>{card.status === 'PUBLISHED' ? 'Propose an edit' : 'Edit'}</Link>
          </li>
        )}
        {can.review && (
          <li>
            <Link href={`/cases/${card.slug}/review`}>Review</Link>
          </li>
        )}
        {canSeeHistory && (
          <li>
            <Link href={`/cases/${card.slug}/history`}>History</Link>
          </li>
        )}
        {can.archive && !confirmArchive && (
          <li>
            <form method="get" action={`/cases/${card.slug}`}>
              <input type="hidden" name="archive" value="confirm" />
              <button type="submit" className="button--small button--secondary">
                Archive…
              </button>
            </form>
          </li>
        )}
      </ul>
      {can.archive && confirmArchive && (
        <form action={archiveCaseAction} className="notice notice--error archive-confirm" aria-labelledby="archive-title">
          <h2 id="archive-title">Archive this case?</h2>
          <p>It leaves search and lists; its page stays, saying it is archived. Archived cases can no longer be edited.</p>
          <input type="hidden" name="id" value={card.id} />
          <p className="form__actions">
            <SubmitButton className="button--danger" pendingLabel="Archiving…">
              Yes, archive this case
            </SubmitButton>
            <Link href={`/cases/${card.slug}`}>Cancel</Link>
          </p>
        </form>
      )}
    </nav>
  );
}
