import { scaleLabel } from '../../lib/commitments/commitments-api';

/**
 * Commitments by status as a table with CSS bars: the numbers are text, so the chart reads without
 * colour, images or JavaScript.
 */
export function StatusChart({ byStatus, caption }: { byStatus: { status: string; count: number }[]; caption: string }) {
  const max = Math.max(1, ...byStatus.map((row) => row.count));
  return (
    <table className="status-chart">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Commitments</th>
        </tr>
      </thead>
      <tbody>
        {byStatus.map((row) => (
          <tr key={row.status}>
            <th scope="row">{scaleLabel(row.status)}</th>
            <td>
              <span className="status-chart__bar" style={{ width: `${(row.count / max) * 100}%` }} aria-hidden="true" />
              <span className="status-chart__count">{row.count}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
