import { getLocale, getTranslations } from 'next-intl/server';
import { readableTextOn } from '../lib/insights/contrast';
import type { SdgCoverageData } from '../lib/insights/insights-api';
import { sdgInfo } from '../lib/taxonomy';

interface SdgCoverageProps {
  coverage: SdgCoverageData;
  /** What the cases are, for the caption: "of this network", "in Paris", "of this search". */
  scope: string;
  headingLevel?: 2 | 3;
  /** Prefix of the element ids (unique on the page). */
  id?: string;
  /** Leave out the SDGs without cases (a city's few cases would leave most bars empty). */
  hideEmpty?: boolean;
}

/** "42 %" / "42 %" / "42 %" in the locale's style; whole percents are enough next to the count. */
function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/**
 * The share of cases per SDG as horizontal bars in the official SDG colours, drawn in HTML and CSS. The
 * bars are decoration for the eye (hidden from assistive technology); a real table with a caption carries
 * the same numbers for screen readers.
 */
export async function SdgCoverageChart({ coverage, scope, headingLevel = 2, id = 'sdg-coverage', hideEmpty = false }: SdgCoverageProps) {
  const [t, locale] = await Promise.all([getTranslations('insights.sdgChart'), getLocale()]);
  const Heading = `h${headingLevel}` as const;
  const bars = coverage.bars
    .filter((bar) => !hideEmpty || bar.count > 0)
    .map((bar) => ({ ...bar, title: sdgInfo(bar.sdg.number, locale).title, percent: percent(bar.share, locale) }));

  return (
    <section className="sdg-coverage" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('title')}</Heading>
      <p className="sdg-coverage__scope">{t('scope', { count: coverage.total, scope })}</p>
      {coverage.total === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <>
          <ol className="sdg-coverage__bars" aria-hidden="true">
            {bars.map((bar) => (
              <li key={bar.sdg.number} className="sdg-coverage__row">
                <span className="sdg-coverage__label">
                  <span className="sdg-coverage__number" style={{ backgroundColor: bar.sdg.colour, color: readableTextOn(bar.sdg.colour) }}>
                    {bar.sdg.number}
                  </span>
                  {bar.title}
                </span>
                <span className="sdg-coverage__track">
                  <span className="sdg-coverage__bar" style={{ width: `${Math.min(100, bar.share * 100)}%`, backgroundColor: bar.sdg.colour }} />
                </span>
                <span className="sdg-coverage__value">
                  {t('value', { count: bar.count, percent: bar.percent })}
                </span>
              </li>
            ))}
          </ol>
          <table className="visually-hidden">
            <caption>{t('caption', { count: coverage.total, scope })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sdg')}</th>
                <th scope="col">{t('cases')}</th>
                <th scope="col">{t('share')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.sdg.number}>
                  <th scope="row">{t('sdgName', { number: bar.sdg.number, title: bar.title })}</th>
                  <td>{bar.count}</td>
                  <td>{bar.percent}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="sdg-coverage__note">{t('note')}</p>
        </>
      )}
    </section>
  );
}
