import { useTranslations } from 'next-intl';
import { pendingEditLabel, statusLabel } from '../../lib/cases/card-fields';

/** Where a card stands ("Draft", "Waiting for review"…), and a published card's proposed edit, if any. */
export function CaseStatusTag({ status, pendingEditState }: { status: string; pendingEditState?: string | null }) {
  const statuses = useTranslations('curation.status');
  const pendingEdits = useTranslations('curation.pendingEdit');
  return (
    <>
      <span className={`tag status status--${status.toLowerCase().replace('_', '-')}`}>{statusLabel(statuses, status)}</span>
      {status === 'PUBLISHED' && pendingEditState && <span className="tag status status--pending">{pendingEditLabel(pendingEdits, pendingEditState)}</span>}
    </>
  );
}
