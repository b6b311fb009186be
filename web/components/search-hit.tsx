import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';
import type { SearchHit } from '../lib/search/search-cases';
import { countryName } from '../lib/taxonomy';
import { SdgBadgeList } from './sdg-badge';
import { SnippetText } from './snippet-text';

const SNIPPET_FIELDS = new Set(['summary', 'challenge', 'sections', 'places']);

/** A search result: the title (with its matches marked), places, network, SDGs and the highlights. */
export function SearchHitCard({ hit }: { hit: SearchHit }) {
  const t = useTranslations('search.hit');
  const locale = useLocale();
  const item = hit.case;
  const places = item.cities.map((city) => `${city.name}, ${countryName(city.country, locale)}`).join(' · ');
  const titleHighlight = hit.highlights.find((highlight) => highlight.field === 'title');
  const snippets = hit.highlights.filter((highlight) => highlight.field !== 'title');
  return (
    <article className="case-card search-hit">
      <h3 className="case-card__title">
        <Link href={`/cases/${item.slug}`}>{titleHighlight ? <SnippetText snippet={titleHighlight.snippet} /> : item.title}</Link>
      </h3>
      <p className="case-card__meta">
        <span>{places}</span>
        <span aria-hidden="true"> — </span>
        <Link href={`/networks/${item.network.slug}`}>{item.network.name}</Link>
      </p>
      <SdgBadgeList numbers={item.sdgs.map((sdg) => sdg.number)} compact />
      {snippets.length > 0 ? (
        <ul className="search-hit__snippets">
          {snippets.map((highlight, index) => (
            <li key={`${highlight.field}-${index}`}>
              <span className="search-hit__field">{SNIPPET_FIELDS.has(highlight.field) ? t(`fields.${highlight.field}`) : highlight.field}:</span>{' '}
              <SnippetText snippet={highlight.snippet} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="case-card__summary">{item.summary}</p>
      )}
    </article>
  );
}

/** Search results as a list. */
export function SearchHitList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="case-list search-hits">
      {hits.map((hit) => (
        <li key={hit.case.slug}>
          <SearchHitCard hit={hit} />
        </li>
      ))}
    </ol>
  );
}
