/**
 * Tallies for the Meilisearch engine (the map's counts per city, the SDG coverage chart): one facet
 * distribution over every filter. A query with OR first collects the alternatives' matches, as search() does.
 */
import type { MultiSearchQuery, MultiSearchResponse } from 'meilisearch';
import { andFilters, buildFilter, CITY_ATTRIBUTE, idFilter } from './meilisearch-filter.js';
import { OR_CANDIDATES_MAX, planQuery } from './meilisearch-query.js';
import { sortFacetValues, type MeiliDocument } from './meilisearch-results.js';
import { TALLY_VALUES_MAX, type Tally, type TallyDimension, type TallyRequest } from './search-engine.js';

const TALLY_ATTRIBUTES: Readonly<Record<TallyDimension, string>> = {
  cities: CITY_ATTRIBUTE,
  sdgs: 'sdgs',
};

type MultiSearch = (queries: MultiSearchQuery[]) => Promise<MultiSearchResponse<MeiliDocument>>;

/** The ids matching any alternative of an OR query, as an `id IN […]` filter; null when nothing matches. */
async function alternativesRestriction(indexUid: string, alternatives: string[], multiSearch: MultiSearch): Promise<string | null> {
  const matched = await multiSearch(
    alternatives.map((q) => ({ indexUid, q, matchingStrategy: 'all' as const, limit: OR_CANDIDATES_MAX, attributesToRetrieve: ['id'] })),
  );
  const ids = new Set(matched.results.flatMap((result) => result.hits.map((hit) => String(hit.id))));
  return ids.size > 0 ? idFilter([...ids]) : null;
}

export async function tallyMeilisearch(request: TallyRequest, indexUid: string, multiSearch: MultiSearch): Promise<Tally> {
  const plan = planQuery(request.query);
  let text = { q: plan.alternatives[0] ?? '', matchingStrategy: plan.matchingStrategy };
  let restriction: string | undefined;
  if (plan.alternatives.length > 1) {
    const ids = await alternativesRestriction(indexUid, plan.alternatives, multiSearch);
    if (ids === null) return { total: 0, counts: [] };
    restriction = ids;
    text = { q: '', matchingStrategy: 'all' };
  }
  const attribute = TALLY_ATTRIBUTES[request.by];
  // page/hitsPerPage (not offset/limit) makes Meilisearch count every match exactly (totalHits).
  const query: MultiSearchQuery = { indexUid, ...text, page: 1, hitsPerPage: 0, facets: [attribute] };
  const filter = andFilters(restriction, buildFilter(request.filters));
  if (filter) query.filter = filter;
  const [result] = (await multiSearch([query])).results;
  if (!result) throw new Error('Meilisearch multi-search returned no results');
  return {
    total: result.totalHits ?? result.estimatedTotalHits ?? 0,
    counts: sortFacetValues(result.facetDistribution?.[attribute]).slice(0, TALLY_VALUES_MAX),
  };
}
