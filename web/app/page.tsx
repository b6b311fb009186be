import Link from 'next/link';
import { CaseCardList } from '../components/case-card';
import { NetworkList } from '../components/network-list';
import { Notice } from '../components/notice';
import { SearchBar } from '../components/search-bar';
import { SdgGrid } from '../components/sdg-grid';
import { countCasesBySdg } from '../lib/cases/count-cases-by-sdg';
import { listCases } from '../lib/cases/list-cases';
import { listNetworks } from '../lib/networks/list-networks';

// Rendered per request from the API (read through the runtime API_URL), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const [latest, sdgCounts, networks] = await Promise.all([listCases({ first: 6 }), countCasesBySdg(), listNetworks()]);

  return (
    <>
      <Notice code={(await searchParams).notice} />
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">Casebook</h1>
        <p className="lead">
          Casebook is where cities learn from each other&rsquo;s open-government practice. City networks publish
          structured case cards: the challenge a city faced, how it opened up its government to meet it, and
          what it learned. Browse by Sustainable Development Goal, region or network, and borrow what works.
        </p>
        <SearchBar inputId="home-search" label="Search the cases" />
      </section>

      <section aria-labelledby="sdgs-title">
        <h2 id="sdgs-title">Cases by Sustainable Development Goal</h2>
        <SdgGrid counts={sdgCounts} />
      </section>

      <section aria-labelledby="latest-title">
        <h2 id="latest-title">Latest cases</h2>
        <CaseCardList items={latest.cases} />
        <p>
          <Link href="/cases">All {latest.totalCount} published cases</Link>
        </p>
      </section>

      <section aria-labelledby="networks-title">
        <h2 id="networks-title">Networks</h2>
        <NetworkList networks={networks} />
      </section>
    </>
  );
}
