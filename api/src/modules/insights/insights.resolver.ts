import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { SearchCasesInput } from '../search/search.types.js';
import { caseMap, sdgCoverage } from './insights.service.js';
import { CityCasePoint, SdgCoverage } from './insights.types.js';

/** Maps and charts over published cards: the same filters as `searchCases` (page and sort are ignored). */
@Resolver()
export class InsightsResolver {
  @Query(() => [CityCasePoint], { description: 'The cities of the published cards matching the filter, with their case counts, largest first (at most 500).' })
  caseMap(@Ctx() ctx: RequestContext, @Arg('filter', () => SearchCasesInput, { nullable: true }) filter?: SearchCasesInput): Promise<CityCasePoint[]> {
    return caseMap(ctx, filter ?? {});
  }

  @Query(() => SdgCoverage, { description: 'The share of published cards per SDG among those matching the filter; `city` (a slug or id) narrows it to one city.' })
  sdgCoverage(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => SearchCasesInput, { nullable: true }) filter?: SearchCasesInput,
    @Arg('city', () => String, { nullable: true }) city?: string,
  ): Promise<SdgCoverage> {
    return sdgCoverage(ctx, filter ?? {}, city ?? undefined);
  }
}
