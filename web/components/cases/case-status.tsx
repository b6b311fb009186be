import { pendingEditLabel, statusLabel } from '../../lib/cases/card-fields';

/** Where a card stands ("Draft", "Waiting for review"…), and a published card's proposed edit, if any. */
export function CaseStatusTag({ status, pendingEditState }: { status: string; pendingEditState?: string | null }) {
  return (
    <>
      <span className={`tag status status--${status.toLowerCase().replace('_', '-')}`}>{statusLabel(status)}</span>
      {status === 'PUBLISHED' && pendingEditState && <span className="tag status status--pending">{pendingEditLabel(pendingEditState)}</span>}
    </>
  );
}
