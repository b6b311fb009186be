import { useLocale, useTranslations } from 'next-intl';
import { scaleLabel } from '../../lib/commitments/commitments-api';
import { formatNumber } from '../../lib/format';

/**
 * Commitments by status as a table with CSS bars: the numbers are text, so the chart reads without
 * colour, images or JavaScript.
 */
export function StatusChart({ byStatus, caption }: { byStatus: { status: string; count: number }[]; caption: string }) {
  const t = useTranslations('commitments.chart');
  const scale = useTranslations('commitments.scale');
  const locale = useLocale();
  const max = Math.max(1, ...byStatus.map((row) => row.count));
  return (
    <table className="status-chart">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('commitments')}</th>
        </tr>
      </thead>
      <tbody>
        {byStatus.map((row) => (
          <tr key={row.status}>
            <th scope="row">{scaleLabel(scale, row.status)}</th>
            <td>
              <span className="status-chart__bar" style={{ width: `${(row.count / max) * 100}%` }} aria-hidden="true" />
              <span className="status-chart__count">{formatNumber(row.count, locale)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
