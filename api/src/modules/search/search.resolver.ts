import { LIMITS } from '@casebook/taxonomy';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { searchCases, suggestCases } from './search.service.js';
import { CaseSuggestionType, SearchCasesInput, SearchResultType } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResultType, { description: 'Full-text, faceted search across every network\'s published cards.' })
  searchCases(@Ctx() ctx: RequestContext, @Arg('input', () => SearchCasesInput, { nullable: true }) input?: SearchCasesInput): Promise<SearchResultType> {
    return searchCases(ctx, input ?? {});
  }

  @Query(() => [CaseSuggestionType], { description: 'Search-as-you-type over titles and places (at most 10).' })
  suggestCases(
    @Ctx() ctx: RequestContext,
    @Arg('prefix', () => String) prefix: string,
    @Arg('first', () => Int, { defaultValue: 8 }) first: number,
  ): Promise<CaseSuggestionType[]> {
    return suggestCases(ctx, prefix, Math.min(first, LIMITS.suggestMax + 1));
  }
}
