import { ArrayType, Collection, Entity, type Opt, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
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

/** Where a proposed edit of a published card stands; the published version stays visible meanwhile. */
export enum PendingEditState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
}

/** Every editable field of a card, as revisions and pending edits store it. */
export interface CaseSnapshot {
  title: string;
  summary: string;
  challenge: string;
  approach: string;
  innovation: string;
  openGovernment: string;
  lessons: string;
  sdgs: number[];
  themes: string[];
  ogpValues: string[];
  cities: { name: string; country: string }[];
  contacts: CaseContact[];
  links: CaseLink[];
  language: string;
  yearStarted: number | null;
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
@Index({ properties: ['status', 'updatedAt'] })
@Unique({ properties: ['network', 'externalId'] })
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

  /** Cards that translate each other share this id; null when the card has no translation. */
  @Property({ type: 'uuid', nullable: true })
  translationGroup: string | null = null;

  @Field(() => String, { nullable: true, description: 'The card\'s id in the source it was imported from; unique within its network.' })
  @Property({ type: 'string', length: 200, nullable: true })
  externalId: string | null = null;

  @ManyToMany(() => City, undefined, { pivotTable: 'case_card_cities', fixedOrder: true })
  cities = new Collection<City>(this);

  /** Who wrote the card; null for imported cards and once the author's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  author: User | null = null;

  @Field(() => Date, { nullable: true, description: 'When the card was last submitted for review.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  /** A proposed edit of a published card: every editable field, applied when a coordinator approves. */
  @Property({ type: 'json', nullable: true })
  pendingEdit: CaseSnapshot | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  pendingEditBy: User | null = null;

  @Enum({ items: () => PendingEditState, nativeEnumName: 'pending_edit_state', nullable: true })
  pendingEditState: PendingEditState | null = null;

  @Property({ type: 'datetime', nullable: true })
  pendingEditSubmittedAt: Date | null = null;

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
registerEnumType(PendingEditState, { name: 'PendingEditState', description: 'Where a proposed edit of a published card stands.' });
