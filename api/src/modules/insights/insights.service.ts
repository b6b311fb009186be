import { SDGS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { City } from '../cities/city.entity.js';
import { findCityBySlugOrId } from '../cities/city.lookup.js';
import { tallyCases } from '../search/search.service.js';
import type { SearchCasesInput } from '../search/search.types.js';
import type { CityCasePoint, SdgCoverage } from './insights.types.js';

/**
 * The cities of the published cards matching a search (text and filters, as `searchCases` reads them), with
 * how many cards each has: largest first, at most TALLY_VALUES_MAX cities. Statements: the engine's tally
 * and one load of the cities, whatever the number of cards or cities.
 */
export async function caseMap(ctx: RequestContext, filter: SearchCasesInput = {}): Promise<CityCasePoint[]> {
  const tally = await tallyCases(ctx, filter, 'cities');
  if (tally.counts.length === 0) return [];
  const cities = await ctx.em.find(City, { id: { $in: tally.counts.map((entry) => entry.value) } });
  const byId = new Map(cities.map((city) => [city.id, city]));
  // A city deleted since the card was indexed has nothing to show.
  return tally.counts
    .filter((entry) => byId.has(entry.value))
    .map((entry) => ({ city: byId.get(entry.value)!, caseCount: entry.count }))
    .sort((a, b) => b.caseCount - a.caseCount || a.city.name.localeCompare(b.city.name));
}

/** The filter narrowed to one city (the city page's chart), named `city` in errors. */
async function withCity(ctx: RequestContext, filter: SearchCasesInput, city: string | undefined): Promise<SearchCasesInput> {
  if (city === undefined || city === null) return filter;
  if (filter.cities?.length) throw new BadInputError('Pass either `city` or `filter.cities`, not both.', 'city');
  const found = await findCityBySlugOrId(ctx.em, city);
  if (!found) throw new BadInputError(`Unknown city: ${city}. Cities are slugs such as \`paris-fr\`, or ids.`, 'city');
  return { ...filter, cities: [found.id] };
}

/**
 * The share of published cards per SDG among those matching a search, optionally in one city: every SDG,
 * in number order, with its count and its share of the matching cards.
 */
export async function sdgCoverage(ctx: RequestContext, filter: SearchCasesInput = {}, city?: string): Promise<SdgCoverage> {
  const tally = await tallyCases(ctx, await withCity(ctx, filter, city), 'sdgs');
  const counts = new Map(tally.counts.map((entry) => [Number(entry.value), entry.count]));
  return {
    total: tally.total,
    bars: SDGS.map((sdg) => {
      const count = counts.get(sdg.number) ?? 0;
      return { sdg, count, share: tally.total ? count / tally.total : 0 };
    }),
  };
}
