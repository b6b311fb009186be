import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CaseCard } from '../cases/case.entity.js';
import { PageInfo } from '../cases/case.types.js';

export enum SearchSortOrder {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
}
registerEnumType(SearchSortOrder, { name: 'SearchSort', description: 'RELEVANCE is the default with a query, NEWEST without.' });

/**
 * The facet, city and year filters of a search, in one place: `SearchCasesInput` and the saved searches'
 * `SavedSearchFiltersInput` both extend it, so a new filter reaches both (checked by `validSearchFilters`).
 * Abstract: type-graphql 2 has no `isAbstract` option any more; it emits only the types the schema reaches,
 * and nothing takes this one, so only its subclasses appear (api/schema.graphql has no `SearchFiltersInput`).
 */
@InputType()
export abstract class SearchFiltersInput {
  @Field(() => [Int], { nullable: true })
  sdgs?: number[];

  @Field(() => [String], { nullable: true, description: 'UN M49 regions.' })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Network slugs.' })
  networks?: string[];

  @Field(() => [String], { nullable: true, description: 'Theme slugs.' })
  themes?: string[];

  @Field(() => [String], { nullable: true, description: 'OGP value slugs.' })
  ogpValues?: string[];

  @Field(() => [String], { nullable: true, description: 'Language codes: en, es, fr, pt.' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Cities by slug (`paris-fr`) or id: cards in any of them.' })
  cities?: string[];

  @Field(() => Int, { nullable: true })
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  yearTo?: number;
}

@InputType('SearchCasesInput')
export class SearchCasesInput extends SearchFiltersInput {
  @Field(() => String, { nullable: true, description: 'Web-search syntax: "quoted phrase", -exclusion, a OR b. At most 500 characters.' })
  query?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20 })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => SearchSortOrder, { nullable: true })
  sort?: SearchSortOrder;
}

@ObjectType('SearchHighlight')
export class SearchHighlightType {
  @Field(() => String, { description: 'title, summary, challenge, sections or places' })
  field!: string;

  @Field(() => String, { description: 'Escaped card text; matches wrapped in <mark>; no other HTML.' })
  snippet!: string;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => Float)
  score!: number;

  @Field(() => [SearchHighlightType])
  highlights!: SearchHighlightType[];

  @Field(() => CaseCard)
  case!: CaseCard;
}

@ObjectType('FacetValue')
export class FacetValueType {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacets', { description: 'Disjunctive counts: each facet ignores its own filter and applies the others.' })
export class SearchFacetsType {
  @Field(() => [FacetValueType]) sdgs!: FacetValueType[];
  @Field(() => [FacetValueType]) regions!: FacetValueType[];
  @Field(() => [FacetValueType]) countries!: FacetValueType[];
  @Field(() => [FacetValueType]) networks!: FacetValueType[];
  @Field(() => [FacetValueType]) themes!: FacetValueType[];
  @Field(() => [FacetValueType]) ogpValues!: FacetValueType[];
  @Field(() => [FacetValueType]) languages!: FacetValueType[];
}

@ObjectType('SearchResult')
export class SearchResultType {
  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: 'Time spent in the API on this search, in milliseconds.' })
  tookMs!: number;

  @Field(() => String, { description: 'Which engine answered: postgres or meilisearch.' })
  engine!: string;

  @Field(() => String, { nullable: true, description: 'Why the configured engine did not answer, when it did not.' })
  fallbackReason!: string | null;

  @Field(() => String, { nullable: true, description: 'A did-you-mean query with closer spellings.' })
  suggestion!: string | null;

  @Field(() => [SearchHitType])
  hits!: SearchHitType[];

  @Field(() => SearchFacetsType)
  facets!: SearchFacetsType;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('CaseSuggestion')
export class CaseSuggestionType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  places!: string[];
}
