import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CaseCardList } from '../../../components/case-card';
import { CommitmentTable } from '../../../components/commitments/commitment-table';
import { StatusChart } from '../../../components/commitments/status-chart';
import { listCases } from '../../../lib/cases/list-cases';
import { findCity, listCommitments } from '../../../lib/commitments/commitments-api';
import { countryName } from '../../../lib/taxonomy';

export const dynamic = 'force-dynamic';

const feedHref = (slug: string) => `/feeds/commitments/cities/${encodeURIComponent(slug)}.atom`;

export async function generateMetadata({ params }: PageProps<'/cities/[slug]'>): Promise<Metadata> {
  const found = await findCity((await params).slug);
  if (!found) return { title: 'City not found' };
  return {
    title: found.city.name,
    alternates: { types: { 'application/atom+xml': [{ url: feedHref(found.city.slug), title: `${found.city.name}: commitment updates` }] } },
  };
}

/** The city's published cases: those of its country that name it (the case filters stop at countries). */
async function casesOfCity(city: { name: string; country: string }) {
  const { cases } = await listCases({ filter: { countries: [city.country] }, first: 100 });
  const name = city.name.toLocaleLowerCase();
  return cases.filter((item) => item.cities.some((place) => place.country === city.country && place.name.toLocaleLowerCase() === name));
}

export default async function CityPage({ params }: PageProps<'/cities/[slug]'>) {
  const found = await findCity((await params).slug);
  if (!found) notFound();
  const { city, stats } = found;
  const [cases, commitments] = await Promise.all([casesOfCity(city), listCommitments({ cities: [city.slug] }, null, 100)]);

  return (
    <>
      <h1>{city.name}</h1>
      <p className="lead">{countryName(city.country)}</p>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">Progress on commitments</h2>
        {stats && stats.totalCommitments > 0 ? (
          <>
            <StatusChart byStatus={stats.byStatus} caption={`${city.name}: ${stats.totalCommitments} commitments by self-reported status`} />
            <p>
              {stats.overdueCommitments} {stats.overdueCommitments === 1 ? 'commitment has' : 'commitments have'} an overdue milestone ({stats.overdueMilestones}{' '}
              overdue {stats.overdueMilestones === 1 ? 'milestone' : 'milestones'}).
            </p>
          </>
        ) : (
          <p>No commitments yet.</p>
        )}
        <p>
          <a href={feedHref(city.slug)} type="application/atom+xml">
            Atom feed of {city.name}’s progress updates
          </a>
        </p>
      </section>

      <section aria-labelledby="commitments-title">
        <h2 id="commitments-title">Commitments</h2>
        <CommitmentTable items={commitments.commitments} empty="This city has no commitments yet." />
        {commitments.pageInfo.hasNextPage && (
          <p>
            <Link href={`/commitments?city=${encodeURIComponent(city.slug)}`}>All {commitments.totalCount} commitments</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="cases-title">
        <h2 id="cases-title">Published cases</h2>
        <CaseCardList items={cases} empty={`No published case from ${city.name} yet.`} />
      </section>
    </>
  );
}
