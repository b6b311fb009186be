import { useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { scaleLabel, type CommitmentRow } from '../../lib/commitments/commitments-api';

export function DivergenceBadge({ divergence }: { divergence: string }) {
  const t = useTranslations('commitments.badges');
  if (divergence === 'SELF_REPORTED_HIGHER') return <span className="badge badge--warning">{t('higher')}</span>;
  if (divergence === 'SELF_REPORTED_LOWER') return <span className="badge badge--warning">{t('lower')}</span>;
  return null;
}

export function OverdueBadge() {
  const t = useTranslations('commitments.badges');
  return <span className="badge badge--alert">{t('overdue')}</span>;
}

/** Commitments as a table: title, city, plan, self-reported status, latest independent rating, flags. */
export function CommitmentTable({ items, empty }: { items: CommitmentRow[]; empty: string }) {
  const t = useTranslations('commitments.table');
  const scale = useTranslations('commitments.scale');
  if (!items.length) return <p>{empty}</p>;
  return (
    <table className="commitment-table">
      <thead>
        <tr>
          <th scope="col">{t('commitment')}</th>
          <th scope="col">{t('city')}</th>
          <th scope="col">{t('actionPlan')}</th>
          <th scope="col">{t('selfReported')}</th>
          <th scope="col">{t('independent')}</th>
          <th scope="col">{t('flags')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} className="commitment-row">
            <td>
              <Link href={`/commitments/${encodeURIComponent(item.id)}`}>{item.title}</Link>
            </td>
            <td>
              <Link href={`/cities/${encodeURIComponent(item.city.slug)}`}>{item.city.name}</Link>
            </td>
            <td>{item.actionPlan.title}</td>
            <td>{scaleLabel(scale, item.status)}</td>
            <td>
              {item.latestAssessment ? `${scaleLabel(scale, item.latestAssessment.completion)} (${item.latestAssessment.assessor})` : t('notAssessed')}
            </td>
            <td>
              <DivergenceBadge divergence={item.divergence} /> {item.overdue && <OverdueBadge />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
