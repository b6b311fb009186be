import { getTranslations } from 'next-intl/server';
import { CaseCardList } from '../../components/case-card';
import { NetworkList } from '../../components/network-list';
import { Notice } from '../../components/notice';
import { SdgGrid } from '../../components/sdg-grid';
import { SearchBar } from '../../components/search-bar';
import { AllCasesMap } from '../../components/world-map-loaders';
import { Link } from '../../i18n/navigation';
import { countCasesBySdg } from '../../lib/cases/count-cases-by-sdg';
import { listCases } from '../../lib/cases/list-cases';
import { listNetworks } from '../../lib/networks/list-networks';

// Rendered per request from the API (read through the runtime API_URL), never at build time.
export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: PageProps<'/[locale]'>) {
  const [latest, sdgCounts, networks, t] = await Promise.all([listCases({ first: 6 }), countCasesBySdg(), listNetworks(), getTranslations('home')]);

  return (
    <>
      <Notice code={(await searchParams).notice} />
      <section className="intro" aria-labelledby="intro-title">
        <h1 id="intro-title">Casebook</h1>
        <p className="lead">{t('lead')}</p>
        <SearchBar inputId="home-search" label={t('searchLabel')} />
      </section>

      <section aria-labelledby="sdgs-title">
        <h2 id="sdgs-title">{t('sdgsTitle')}</h2>
        <SdgGrid counts={sdgCounts} />
      </section>

      <AllCasesMap />

      <section aria-labelledby="latest-title">
        <h2 id="latest-title">{t('latestTitle')}</h2>
        <CaseCardList items={latest.cases} />
        <p>
          <Link href="/cases">{t('allCases', { count: latest.totalCount })}</Link>
        </p>
      </section>

      <section aria-labelledby="networks-title">
        <h2 id="networks-title">{t('networksTitle')}</h2>
        <NetworkList networks={networks} />
      </section>
    </>
  );
}
