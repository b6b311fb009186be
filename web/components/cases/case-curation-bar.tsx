import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { pendingEditLabel, statusLabel } from '../../lib/cases/card-fields';
import { archiveCaseAction } from '../../lib/cases/curation-actions';
import type { CaseDetail } from '../../lib/cases/find-case';
import { SubmitButton } from '../forms/submit-button';

/** What the case page says about a card that is not simply published: archived, not yet published, or being edited. */
export function CaseStatusNotice({ card }: { card: CaseDetail }) {
  const t = useTranslations('curation.caseNotice');
  const statuses = useTranslations('curation.status');
  const pendingEdits = useTranslations('curation.pendingEdit');
  if (card.status === 'ARCHIVED') {
    return (
      <div className="notice notice--archived" role="note">
        <p>{t.rich('archived', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </div>
    );
  }
  if (card.status !== 'PUBLISHED') {
    return (
      <div className="notice notice--info" role="note">
        <p>
          {t.rich('notPublished', {
            status: statusLabel(statuses, card.status).toLocaleLowerCase(),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      </div>
    );
  }
  if (card.pendingEdit) {
    return (
      <div className="notice notice--info" role="note">
        <p>
          <strong>{pendingEditLabel(pendingEdits, card.pendingEdit.state)}.</strong> {t('publishedVersion')}
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
  const t = useTranslations('curation.bar');
  const locale = useLocale();
  const can = card.viewerCan;
  const canSeeHistory = card.reviews !== null && card.reviews !== undefined;
  if (!can.edit && !can.review && !can.archive && !canSeeHistory) return null;
  return (
    <nav className="curation-bar" aria-label={t('label')}>
      <ul>
        {can.edit && (
          <li>
            <Link href={`/cases/${card.slug}/edit`}>{card.status === 'PUBLISHED' ? t('proposeEdit') : t('edit')}</Link>
          </li>
        )}
        {can.review && (
          <li>
            <Link href={`/cases/${card.slug}/review`}>{t('review')}</Link>
          </li>
        )}
        {canSeeHistory && (
          <li>
            <Link href={`/cases/${card.slug}/history`}>{t('history')}</Link>
          </li>
        )}
        {can.archive && !confirmArchive && (
          <li>
            <form method="get" action={`/${locale}/cases/${card.slug}`}>
              <input type="hidden" name="archive" value="confirm" />
              <button type="submit" className="button--small button--secondary">
                {t('archive')}
              </button>
            </form>
          </li>
        )}
      </ul>
      {can.archive && confirmArchive && (
        <form action={archiveCaseAction} className="notice notice--error archive-confirm" aria-labelledby="archive-title">
          <h2 id="archive-title">{t('confirmTitle')}</h2>
          <p>{t('confirmBody')}</p>
          <input type="hidden" name="id" value={card.id} />
          <p className="form__actions">
            <SubmitButton className="button--danger" pendingLabel={t('archiving')}>
              {t('confirm')}
            </SubmitButton>
            <Link href={`/cases/${card.slug}`}>{t('cancel')}</Link>
          </p>
        </form>
      )}
    </nav>
  );
}
