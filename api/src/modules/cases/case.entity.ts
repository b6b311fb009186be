import { ArrayType, Collection, Entity, type Opt, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';

export enum CaseStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}

export interface CaseContact {
  name: string;
  role: string | null;
  organisation: string | null;
  email: string | null;
}

export interface CaseLink {
  label: string;
  url: string;
}

/** A case card, following the UCLG/OGP white paper's template. Text sections are Markdown. */
@ObjectType('Case', { description: 'A case card: one city practice, in the white paper\'s template.' })
@Entity({ tableName: 'case_cards' })
@Index({ properties: ['status', 'publishedAt'] })
export class CaseCard {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 120 })
  slug!: string;

  @ManyToOne(() => Network, { index: true })
  network!: Network;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  summary: string & Opt = '';

  @Field(() => String, { description: 'Challenge and solution (Markdown).' })
  @Property({ type: 'text', default: '' })
  challenge: string & Opt = '';

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  approach: string & Opt = '';

  @Field(() => String, { description: 'Innovation and practical improvement (Markdown).' })
  @Property({ type: 'text', default: '' })
  innovation: string & Opt = '';

  @Field(() => String, { description: 'Did it open government? (Markdown).' })
  @Property({ type: 'text', default: '' })
  openGovernment: string & Opt = '';

  @Field(() => String, { description: 'Lessons learned (Markdown).' })
  @Property({ type: 'text', default: '' })
  lessons: string & Opt = '';

  @Property({ columnType: 'smallint[]', type: new ArrayType((item) => Number(item)), default: '{}' })
  sdgs: number[] & Opt = [];

  @Field(() => [String], { description: 'Theme slugs.' })
  @Property({ type: 'array', default: '{}' })
  themes: string[] & Opt = [];

  @Field(() => [String], { description: 'OGP value slugs.' })
  @Property({ type: 'array', default: '{}' })
  ogpValues: string[] & Opt = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  yearStarted: number | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 8, default: 'en' })
  language: string & Opt = 'en';

  @Property({ type: 'json', default: '[]' })
  contacts: CaseContact[] & Opt = [];

  @Property({ type: 'json', default: '[]' })
  links: CaseLink[] & Opt = [];

  @ManyToMany(() => City, undefined, { pivotTable: 'case_card_cities', fixedOrder: true })
  cities = new Collection<City>(this);

  @Field(() => CaseStatus)
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status', default: CaseStatus.DRAFT })
  status: CaseStatus & Opt = CaseStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}

registerEnumType(CaseStatus, { name: 'CaseStatus', description: 'Where a card stands in curation.' });
