import { COUNTRIES, LANGUAGES, LIMITS, M49_REGIONS, OGP_VALUES, SDGS, THEMES } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { validatePageSize } from '../cases/case.filter.js';
import { Network } from '../networks/network.entity.js';
import {
  EngineUnavailableError,
  FACET_NAMES,
  type FacetCounts,
  type FacetName,
  type SearchEngine,
  type SearchRequest,
  type Tally,
  type TallyDimension,
} from './search-engine.js';
import { validSearchFilters } from './search-filters.js';
import { SearchSortOrder, type CaseSuggestionType, type SearchCasesInput, type SearchFacetsType, type SearchResultType } from './search.types.js';

function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number {
  const match = /^offset:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const offset = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(offset) || offset > LIMITS.searchOffsetMax) {
    throw new BadInputError(`Malformed cursor "${cursor.slice(0, 60)}": pass an endCursor from a previous page.`, 'after');
  }
  return offset;
}

/** Checks a search request at the edge, naming every bad value; engines get only known values. */
async function toSearchRequest(ctx: RequestContext, input: SearchCasesInput): Promise<SearchRequest> {
  const query = (input.query ?? '').trim();
  if (query.length > LIMITS.searchQueryMax) {
    throw new BadInputError(`The query is ${query.length} characters long; at most ${LIMITS.searchQueryMax} are allowed.`, 'query');
  }
  const first = input.first ?? LIMITS.pageSizeDefault;
  validatePageSize(first);
  const offset = input.after ? decodeOffset(input.after) : 0;
  const filters = await validSearchFilters(ctx, input);
  return {
    query,
    filters,
    sort: input.sort ?? (query ? SearchSortOrder.RELEVANCE : SearchSortOrder.NEWEST),
    offset,
    limit: first,
  };
}

/** Asks the configured engine; when it cannot be reached, PostgreSQL answers and the result says so. */
async function withFallback<T>(ctx: RequestContext, run: (engine: SearchEngine) => Promise<T>): Promise<{ value: T; engine: string; fallbackReason: string | null }> {
  const { primary, postgres } = ctx.search;
  try {
    return { value: await run(primary), engine: primary.name, fallbackReason: null };
  } catch (error) {
    if (!(error instanceof EngineUnavailableError) || primary === postgres) throw error;
    ctx.logger.warn({ err: error }, 'search engine unavailable; answering from PostgreSQL');
    return { value: await run(postgres), engine: postgres.name, fallbackReason: error.message };
  }
}

async function facetLabels(ctx: RequestContext, counts: FacetCounts): Promise<SearchFacetsType> {
  const networkSlugs = counts.networks.map((entry) => entry.value);
  const networks = networkSlugs.length ? await ctx.em.find(Network, { slug: { $in: networkSlugs } }, { fields: ['slug', 'name'] }) : [];
  const labels: Record<FacetName, Map<string, string>> = {
    sdgs: new Map(SDGS.map((sdg) => [String(sdg.number), `${sdg.number}. ${sdg.title}`])),
    regions: new Map(M49_REGIONS.map((region) => [region, region])),
    countries: new Map(COUNTRIES.map((country) => [country.code, country.name])),
    networks: new Map(networks.map((network) => [network.slug, network.name])),
    themes: new Map(THEMES.map((theme) => [theme.slug, theme.title])),
    ogpValues: new Map(OGP_VALUES.map((value) => [value.slug, value.title])),
    languages: new Map(LANGUAGES.map((language) => [language.code, language.name])),
  };
  return Object.fromEntries(
    FACET_NAMES.map((facet) => [facet, counts[facet].map((entry) => ({ ...entry, label: labels[facet].get(entry.value) ?? entry.value }))]),
  ) as unknown as SearchFacetsType;
}

/** Full-text, faceted search over every network's published cards. */
export async function searchCases(ctx: RequestContext, input: SearchCasesInput): Promise<SearchResultType> {
  const started = performance.now();
  const request = await toSearchRequest(ctx, input);
  const { value: result, engine, fallbackReason } = await withFallback(ctx, (searchEngine) => searchEngine.search(request));

  // The index may briefly trail the database: only cards published right now are shown.
  const ids = result.hits.map((hit) => hit.id);
  const cards = ids.length
    ? await ctx.em.find(CaseCard, { id: { $in: ids }, status: CaseStatus.PUBLISHED }, { populate: ['network', 'cities'] })
    : [];
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  const hits = result.hits.filter((hit) => cardsById.has(hit.id)).map((hit) => ({ score: hit.score, highlights: hit.highlights, case: cardsById.get(hit.id)! }));
  const seen = request.offset + result.hits.length;

  return {
    total: result.total,
    engine,
    fallbackReason,
    suggestion: result.suggestion,
    hits,
    facets: await facetLabels(ctx, result.facets),
    pageInfo: { hasNextPage: seen < Math.min(result.total, LIMITS.searchOffsetMax), endCursor: result.hits.length ? encodeOffset(seen) : null },
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}

/**
 * How the cards matching a search (text and filters, checked like `searchCases`) spread over cities or SDGs:
 * counted by the engine that answers searches, so the counts describe the cards the search lists.
 */
export async function tallyCases(ctx: RequestContext, input: SearchCasesInput, by: TallyDimension): Promise<Tally> {
  const { query, filters } = await toSearchRequest(ctx, input);
  const { value } = await withFallback(ctx, (engine) => engine.tally({ query, filters, by }));
  return value;
}

/** Search-as-you-type over titles and places. */
export async function suggestCases(ctx: RequestContext, prefix: string, first: number): Promise<CaseSuggestionType[]> {
  if (prefix.length > LIMITS.searchQueryMax) throw new BadInputError(`The prefix is too long: at most ${LIMITS.searchQueryMax} characters.`, 'prefix');
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.suggestMax) {
    throw new BadInputError(`first must be between 1 and ${LIMITS.suggestMax}; got ${first}.`, 'first');
  }
  const { value } = await withFallback(ctx, (engine) => engine.suggest(prefix, first));
  return value.map(({ slug, title, places }) => ({ slug, title, places }));
}
