import { getTranslations } from 'next-intl/server';
import type { SearchCasesInput } from '../lib/gql/graphql';
import { findSdgCoverage } from '../lib/insights/insights-api';
import { SdgCoverageChart } from './sdg-coverage';

/** A network page's chart: the share of the network's published cases per SDG. */
export async function NetworkSdgCoverage({ slug, name }: { slug: string; name: string }) {
  const [coverage, t] = await Promise.all([findSdgCoverage({ networks: [slug] }), getTranslations('insights.sdgChart.scopes')]);
  return coverage && <SdgCoverageChart id="network-sdgs" coverage={coverage} scope={t('network', { name })} />;
}

/** A city page's chart: the share of the city's published cases per SDG (the goals it has cases for). */
export async function CitySdgCoverage({ slug, name }: { slug: string; name: string }) {
  const [coverage, t] = await Promise.all([findSdgCoverage({}, slug), getTranslations('insights.sdgChart.scopes')]);
  return coverage && <SdgCoverageChart id="city-sdgs" coverage={coverage} scope={t('city', { name })} hideEmpty />;
}

/** The search page's chart: the share of the search's results per SDG. */
export async function SearchSdgCoverage({ input }: { input: SearchCasesInput }) {
  const [coverage, t] = await Promise.all([findSdgCoverage(input), getTranslations('insights.sdgChart.scopes')]);
  return coverage && <SdgCoverageChart id="search-sdgs" coverage={coverage} scope={t('search')} headingLevel={2} />;
}
