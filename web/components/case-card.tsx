import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import { formatDate } from '../lib/format';
import type { CaseSummaryFieldsFragment } from '../lib/gql/graphql';
import { countryName } from '../lib/taxonomy';
import { SdgBadgeList } from './sdg-badge';

/** A case in a list: title, cities, network, SDGs and summary. */
export function CaseCard({ item, headingLevel = 3 }: { item: CaseSummaryFieldsFragment; headingLevel?: 2 | 3 }) {
  const t = useTranslations('cases.card');
  const locale = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const places = item.cities.map((city) => `${city.name}, ${countryName(city.country, locale)}`).join(' · ');
  return (
    <article className="case-card">
      <Heading className="case-card__title">
        <Link href={`/cases/${item.slug}`}>{item.title}</Link>
      </Heading>
      <p className="case-card__meta">
        <span>{places}</span>
        <span aria-hidden="true"> — </span>
        <Link href={`/networks/${item.network.slug}`}>{item.network.name}</Link>
        {item.publishedAt && (
          <>
            <span aria-hidden="true"> — </span>
            <span>
              {t.rich('published', { date: () => <time dateTime={item.publishedAt!}>{formatDate(item.publishedAt!, locale)}</time> })}
            </span>
          </>
        )}
      </p>
      <SdgBadgeList numbers={item.sdgs.map((sdg) => sdg.number)} compact />
      <p className="case-card__summary">{item.summary}</p>
    </article>
  );
}

/** Cards as a list, or a short note when there are none (`empty`, else "No published cases yet."). */
export function CaseCardList({ items, headingLevel = 3, empty }: { items: CaseSummaryFieldsFragment[]; headingLevel?: 2 | 3; empty?: string }) {
  const t = useTranslations('cases.card');
  if (!items.length) return <p className="empty">{empty ?? t('none')}</p>;
  return (
    <ul className="case-list">
      {items.map((item) => (
        <li key={item.slug}>
          <CaseCard item={item} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
