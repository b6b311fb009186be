import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CaseCard } from './case.entity.js';

@ObjectType('Contact', { description: 'Who to ask about a case. Emails are hidden from anonymous viewers.' })
export class ContactType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('Link')
export class LinkType {
  @Field(() => String)
  label!: string;

  @Field(() => String)
  url!: string;
}

@InputType('CaseFilter', { description: 'Every list is OR within itself and AND across lists.' })
export class CaseFilterInput {
  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  sdgs?: number[];

  @Field(() => [String], { nullable: true, description: 'UN M49 regions: Africa, Americas, Asia, Europe, Oceania.' })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes.' })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Network slugs.' })
  networks?: string[];

  @Field(() => [String], { nullable: true, description: 'Theme slugs.' })
  themes?: string[];
}

@ObjectType('CaseEdge')
export class CaseEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CaseCard)
  node!: CaseCard;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('CaseConnection')
export class CaseConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
