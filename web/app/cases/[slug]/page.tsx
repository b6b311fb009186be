import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseContacts, CaseLinks } from '../../../components/case-more-information';
import { CaseCurationBar, CaseStatusNotice } from '../../../components/cases/case-curation-bar';
import { MarkdownText } from '../../../components/markdown-text';
import { Notice } from '../../../components/notice';
import { SdgBadgeList } from '../../../components/sdg-badge';
import { SECTIONS } from '../../../lib/cases/card-fields';
import { findCase } from '../../../lib/cases/find-case';
import { countryName, formatDate, ogpValueTitle, themeTitle } from '../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/cases/[slug]'>): Promise<Metadata> {
  const card = await findCase((await params).slug);
  return card ? { title: card.title, description: card.summary } : { title: 'Case not found' };
}

export default async function CasePage({ params, searchParams }: PageProps<'/cases/[slug]'>) {
  const [card, search] = await Promise.all([params.then(({ slug }) => findCase(slug)), searchParams]);
  if (!card) notFound();

  return (
    <article className="case">
      <Notice code={search.notice} />
      <CaseStatusNotice card={card} />
      <header className="case__header">
        <p className="case__network">
          <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
        </p>
        <h1>{card.title}</h1>
        <p className="lead">{card.summary}</p>
        <dl className="case__facts" aria-label="About this case">
          <div>
            <dt>{card.cities.length === 1 ? 'Place' : 'Places'}</dt>
            <dd>
              <ul className="plain-list">
                {card.cities.map((city) => (
                  <li key={`${city.name}-${city.country}`}>
                    {city.name}, {countryName(city.country)}
                    {city.region ? ` (${city.region})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>Network</dt>
            <dd>
              <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
            </dd>
          </div>
          {card.themes.length > 0 && (
            <div>
              <dt>Themes</dt>
              <dd>{card.themes.map(themeTitle).join(', ')}</dd>
            </div>
          )}
          {card.ogpValues.length > 0 && (
            <div>
              <dt>OGP values</dt>
              <dd>{card.ogpValues.map(ogpValueTitle).join(', ')}</dd>
            </div>
          )}
          {card.yearStarted !== null && card.yearStarted !== undefined && (
            <div>
              <dt>Year started</dt>
              <dd>{card.yearStarted}</dd>
            </div>
          )}
          {card.publishedAt && (
            <div>
              <dt>Published</dt>
              <dd>
                <time dateTime={card.publishedAt}>{formatDate(card.publishedAt)}</time>
              </dd>
            </div>
          )}
        </dl>
        <CaseCurationBar card={card} confirmArchive={search.archive === 'confirm'} />
      </header>

      {SECTIONS.map(({ key, heading }) => (
        <section key={key} className="case__section" aria-labelledby={`section-${key}`}>
          <h2 id={`section-${key}`}>{heading}</h2>
          <MarkdownText source={card[key]} />
        </section>
      ))}

      <section className="case__section" aria-labelledby="section-sdgs">
        <h2 id="section-sdgs">Linked SDGs</h2>
        <SdgBadgeList numbers={card.sdgs.map((sdg) => sdg.number)} label="Linked SDGs" linked />
      </section>

      <section className="case__section" aria-labelledby="section-more">
        <h2 id="section-more">More information</h2>
        <CaseContacts contacts={card.contacts} />
        <CaseLinks links={card.links} />
        {card.contacts.length === 0 && card.links.length === 0 && <p>No contacts or links were given for this case.</p>}
      </section>
    </article>
  );
}
