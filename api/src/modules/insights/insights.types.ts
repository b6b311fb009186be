import { Field, Float, Int, ObjectType } from 'type-graphql';
import { City } from '../cities/city.entity.js';
import { SdgType } from '../taxonomy/taxonomy.types.js';

@ObjectType('CityCasePoint', { description: 'A city on the map of cases: how many published cards matching the filter it has.' })
export class CityCasePoint {
  @Field(() => City)
  city!: City;

  @Field(() => Int)
  caseCount!: number;
}

@ObjectType('SdgCoverageBar', { description: 'One SDG in a coverage chart.' })
export class SdgCoverageBar {
  @Field(() => SdgType)
  sdg!: SdgType;

  @Field(() => Int, { description: 'Cards tagged with this SDG.' })
  count!: number;

  @Field(() => Float, { description: 'count / total, from 0 to 1 (a card with several SDGs counts in each: shares add up to more than 1).' })
  share!: number;
}

@ObjectType('SdgCoverage', { description: 'The share of cards per SDG among published cards matching a filter.' })
export class SdgCoverage {
  @Field(() => Int, { description: 'Cards matching the filter.' })
  total!: number;

  @Field(() => [SdgCoverageBar], { description: 'All 17 SDGs, in number order, those without cards included.' })
  bars!: SdgCoverageBar[];
}
