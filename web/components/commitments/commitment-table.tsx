import Link from 'next/link';
import { scaleLabel, type CommitmentRow } from '../../lib/commitments/commitments-api';

export function DivergenceBadge({ divergence }: { divergence: string }) {
  if (divergence === 'SELF_REPORTED_HIGHER') return <span className="badge badge--warning">Diverges: self-reported higher</span>;
  if (divergence === 'SELF_REPORTED_LOWER') return <span className="badge badge--warning">Diverges: self-reported lower</span>;
  return null;
}

export function OverdueBadge() {
  return <span className="badge badge--alert">Overdue</span>;
}

/** Commitments as a table: title, city, plan, self-reported status, latest independent rating, flags. */
export function CommitmentTable({ items, empty }: { items: CommitmentRow[]; empty: string }) {
  if (!items.length) return <p>{empty}</p>;
  return (
    <table className="commitment-table">
      <thead>
        <tr>
          <th scope="col">Commitment</th>
          <th scope="col">City</th>
          <th scope="col">Action plan</th>
          <th scope="col">Self-reported status</th>
          <th scope="col">Independent rating</th>
          <th scope="col">Flags</th>
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
            <td>{scaleLabel(item.status)}</td>
            <td>{item.latestAssessment ? `${scaleLabel(item.latestAssessment.completion)} (${item.latestAssessment.assessor})` : 'Not assessed'}</td>
            <td>
              <DivergenceBadge divergence={item.divergence} /> {item.overdue && <OverdueBadge />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
