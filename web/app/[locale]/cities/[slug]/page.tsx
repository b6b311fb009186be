import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseCardList } from '../../../../components/case-card';
import { CommitmentTable } from '../../../../components/commitments/commitment-table';
import { StatusChart } from '../../../../components/commitments/status-chart';
import { CitySdgCoverage } from '../../../../components/sdg-coverage-loaders';
import { Link } from '../../../../i18n/navigation';
import { listCases } from '../../../../lib/cases/list-cases';
import { findCity, listCommitments } from '../../../../lib/commitments/commitments-api';
import { countryName } from '../../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

const feedHref = (slug: string) => `/feeds/commitments/cities/${encodeURIComponent(slug)}.atom`;

export async function generateMetadata({ params }: PageProps<'/[locale]/cities/[slug]'>): Promise<Metadata> {
  const [found, t] = await Promise.all([findCity((await params).slug), getTranslations('commitments.city')]);
  if (!found) return { title: t('notFound') };
  return {
    title: found.city.name,
    alternates: { types: { 'application/atom+xml': [{ url: feedHref(found.city.slug), title: t('feedTitle', { city: found.city.name }) }] } },
  };
}

/** The city's published cases: those of its country that name it (the case filters stop at countries). */
async function casesOfCity(city: { name: string; country: string }) {
  const { cases } = await listCases({ filter: { countries: [city.country] }, first: 100 });
  const name = city.name.toLocaleLowerCase();
  return cases.filter((item) => item.cities.some((place) => place.country === city.country && place.name.toLocaleLowerCase() === name));
}

export default async function CityPage({ params }: PageProps<'/[locale]/cities/[slug]'>) {
  const [found, t, locale] = await Promise.all([findCity((await params).slug), getTranslations('commitments.city'), getLocale()]);
  if (!found) notFound();
  const { city, stats } = found;
  const [cases, commitments] = await Promise.all([casesOfCity(city), listCommitments({ cities: [city.slug] }, null, 100)]);

  return (
    <>
      <h1>{city.name}</h1>
      <p className="lead">{countryName(city.country, locale)}</p>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t('progressTitle')}</h2>
        {stats && stats.totalCommitments > 0 ? (
          <>
            <StatusChart byStatus={stats.byStatus} caption={t('chartCaption', { city: city.name, count: stats.totalCommitments })} />
            <p>{t('overdue', { commitments: stats.overdueCommitments, milestones: stats.overdueMilestones })}</p>
          </>
        ) : (
          <p>{t('noCommitments')}</p>
        )}
        <p>
          <a href={feedHref(city.slug)} type="application/atom+xml">
            {t('feed', { city: city.name })}
          </a>
        </p>
      </section>

      <section aria-labelledby="commitments-title">
        <h2 id="commitments-title">{t('commitmentsTitle')}</h2>
        <CommitmentTable items={commitments.commitments} empty={t('noCommitmentsHere')} />
        {commitments.pageInfo.hasNextPage && (
          <p>
            <Link href={`/commitments?city=${encodeURIComponent(city.slug)}`}>{t('allCommitments', { count: commitments.totalCount })}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="cases-title">
        <h2 id="cases-title">{t('casesTitle')}</h2>
        <CaseCardList items={cases} empty={t('noCases', { city: city.name })} />
      </section>

      {cases.length > 0 && <CitySdgCoverage slug={city.slug} name={city.name} />}
    </>
  );
}
