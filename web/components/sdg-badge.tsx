import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import { textOnColour } from '../lib/insights/contrast';
import { sdgInfo } from '../lib/taxonomy';

/**
 * An SDG in its official colour. `compact` shows the number only (the title stays in the accessible
 * name and the tooltip); otherwise number and title. `href` makes the badge a link.
 */
export function SdgBadge({ number, compact = false, href }: { number: number; compact?: boolean; href?: string }) {
  const t = useTranslations('common.sdg');
  const sdg = sdgInfo(number, useLocale());
  const full = t('full', { number: sdg.number, title: sdg.title });
  const content = compact ? (
    <>
      <span aria-hidden="true">{sdg.number}</span>
      <span className="visually-hidden">{full}</span>
    </>
  ) : (
    <>
      <span className="sdg-badge__number">
        <span className="visually-hidden">{t('visuallyHiddenPrefix')} </span>
        {sdg.number}
      </span>{' '}
      <span className="sdg-badge__title">{sdg.title}</span>
    </>
  );
  const props = {
    className: compact ? 'sdg-badge sdg-badge--compact' : 'sdg-badge',
    style: { backgroundColor: sdg.colour, ...textOnColour(sdg.colour) },
    title: compact ? full : undefined,
  };
  return href ? (
    <Link href={href} {...props}>
      {content}
    </Link>
  ) : (
    <span {...props}>{content}</span>
  );
}

/** SDG badges in goal order. */
export function SdgBadgeList({ numbers, compact = false, linked = false, label }: { numbers: number[]; compact?: boolean; linked?: boolean; label?: string }) {
  const t = useTranslations('common.sdg');
  if (!numbers.length) return null;
  return (
    <ul className="sdg-badges" aria-label={label ?? t('listLabel')}>
      {[...numbers]
        .sort((a, b) => a - b)
        .map((number) => (
          <li key={number}>
            <SdgBadge number={number} compact={compact} href={linked ? `/cases?sdg=${number}` : undefined} />
          </li>
        ))}
    </ul>
  );
}
