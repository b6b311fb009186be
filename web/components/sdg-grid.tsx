import { SDGS } from '@casebook/taxonomy';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import { textOnColour } from '../lib/insights/contrast';
import { sdgInfo } from '../lib/taxonomy';

/** The 17 goals as tiles in their official colours, each linking to its cases. */
export function SdgGrid({ counts }: { counts: Map<number, number> }) {
  const t = useTranslations('home');
  const common = useTranslations('common.sdg');
  const locale = useLocale();
  return (
    <ul className="sdg-grid">
      {SDGS.map((sdg) => (
        <li key={sdg.number}>
          <Link className="sdg-tile" href={`/cases?sdg=${sdg.number}`} style={{ backgroundColor: sdg.colour, ...textOnColour(sdg.colour) }}>
            <span className="sdg-tile__number">
              <span className="visually-hidden">{common('visuallyHiddenPrefix')} </span>
              {sdg.number}
            </span>
            <span className="sdg-tile__title">{sdgInfo(sdg.number, locale).title}</span>
            <span className="sdg-tile__count">{t('caseCount', { count: counts.get(sdg.number) ?? 0 })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
