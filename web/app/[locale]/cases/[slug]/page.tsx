import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseContacts, CaseLinks } from '../../../../components/case-more-information';
import { CaseTranslations } from '../../../../components/case-translations';
import { CaseCurationBar, CaseStatusNotice } from '../../../../components/cases/case-curation-bar';
import { MarkdownText } from '../../../../components/markdown-text';
import { Notice } from '../../../../components/notice';
import { SdgBadgeList } from '../../../../components/sdg-badge';
import { CaseThreads } from '../../../../components/threads/case-threads';
import { ThreadNotice } from '../../../../components/threads/thread-notice';
import { Link } from '../../../../i18n/navigation';
import { SECTIONS } from '../../../../lib/cases/card-fields';
import { findCase } from '../../../../lib/cases/find-case';
import { formatDate } from '../../../../lib/format';
import { countryName, ogpValueTitle, regionName, themeTitle } from '../../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/cases/[slug]'>): Promise<Metadata> {
  const card = await findCase((await params).slug);
  return card ? { title: card.title, description: card.summary } : { title: (await getTranslations('cases.page'))('notFound') };
}

export default async function CasePage({ params, searchParams }: PageProps<'/[locale]/cases/[slug]'>) {
  const [card, search, t, fields, locale] = await Promise.all([
    params.then(({ slug }) => findCase(slug)),
    searchParams,
    getTranslations('cases.page'),
    getTranslations('cases.fields'),
    getLocale(),
  ]);
  if (!card) notFound();

  return (
    <article className="case">
      <Notice code={search.notice} />
      <ThreadNotice code={search.notice} />
      <CaseStatusNotice card={card} />
      <header className="case__header">
        <p className="case__network">
          <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
        </p>
        <h1 lang={card.language}>{card.title}</h1>
        <CaseTranslations translations={card.translations} />
        <p className="lead" lang={card.language}>
          {card.summary}
        </p>
        <dl className="case__facts" aria-label={t('about')}>
          <div>
            <dt>{t('places', { count: card.cities.length })}</dt>
            <dd>
              <ul className="plain-list">
                {card.cities.map((city) => (
                  <li key={`${city.name}-${city.country}`}>
                    {city.name}, {countryName(city.country, locale)}
                    {city.region ? ` (${regionName(city.region, locale)})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('network')}</dt>
            <dd>
              <Link href={`/networks/${card.network.slug}`}>{card.network.name}</Link>
            </dd>
          </div>
          {card.themes.length > 0 && (
            <div>
              <dt>{fields('themes')}</dt>
              <dd>{card.themes.map((slug) => themeTitle(slug, locale)).join(', ')}</dd>
            </div>
          )}
          {card.ogpValues.length > 0 && (
            <div>
              <dt>{fields('ogpValues')}</dt>
              <dd>{card.ogpValues.map((slug) => ogpValueTitle(slug, locale)).join(', ')}</dd>
            </div>
          )}
          {card.yearStarted !== null && card.yearStarted !== undefined && (
            <div>
              <dt>{fields('yearStarted')}</dt>
              <dd>{card.yearStarted}</dd>
            </div>
          )}
          {card.publishedAt && (
            <div>
              <dt>{t('published')}</dt>
              <dd>
                <time dateTime={card.publishedAt}>{formatDate(card.publishedAt, locale)}</time>
              </dd>
            </div>
          )}
        </dl>
        <CaseCurationBar card={card} confirmArchive={search.archive === 'confirm'} />
      </header>

      {SECTIONS.map((key) => (
        <section key={key} className="case__section" aria-labelledby={`section-${key}`}>
          <h2 id={`section-${key}`}>{fields(key)}</h2>
          <div lang={card.language}>
            <MarkdownText source={card[key]} />
          </div>
        </section>
      ))}

      <section className="case__section" aria-labelledby="section-sdgs">
        <h2 id="section-sdgs">{t('linkedSdgs')}</h2>
        <SdgBadgeList numbers={card.sdgs.map((sdg) => sdg.number)} label={t('linkedSdgs')} linked />
      </section>

      <section className="case__section" aria-labelledby="section-more">
        <h2 id="section-more">{t('moreInformation')}</h2>
        <CaseContacts contacts={card.contacts} />
        <CaseLinks links={card.links} />
        {card.contacts.length === 0 && card.links.length === 0 && <p>{t('noContacts')}</p>}
      </section>

      <CaseThreads card={card} after={typeof search.threadsAfter === 'string' ? search.threadsAfter : null} />
    </article>
  );
}
