import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, type Opt, PrimaryKey, Property, Unique, ArrayType } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CaseCard } from '../cases/case.entity.js';
import { Network } from '../networks/network.entity.js';
import { ActionPlan } from './action-plan.entity.js';
import { CommitmentStatus, type PartnerKind } from './commitment.enums.js';
import { Milestone } from './milestone.entity.js';

export interface Partner {
  name: string;
  kind: PartnerKind;
}

/**
 * A public commitment of an action plan. `network` repeats the plan's network, so that external ids are
 * unique per network (imports find a commitment again by it) and lists filter without a join.
 */
@ObjectType('Commitment', { description: 'A public commitment of a city\'s action plan, with its milestones, progress updates and independent assessments.' })
@Entity({ tableName: 'commitments' })
@Unique({ properties: ['network', 'externalId'] })
@Index({ properties: ['createdAt', 'id'] })
export class Commitment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  @ManyToOne(() => ActionPlan, { deleteRule: 'cascade', index: true })
  actionPlan!: ActionPlan;

  @Field(() => String, { nullable: true, description: 'The id in the spreadsheet it was imported from; unique per network.' })
  @Property({ type: 'string', length: 100, nullable: true })
  externalId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The problem it addresses (Markdown).' })
  @Property({ type: 'text', default: '' })
  problem: string & Opt = '';

  @Field(() => String, { description: 'Markdown.' })
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  leadInstitution: string | null = null;

  @Property({ type: 'json', default: '[]' })
  partners: Partner[] & Opt = [];

  @Field(() => [String], { description: 'OGP value slugs.' })
  @Property({ type: 'array', default: '{}' })
  ogpValues: string[] & Opt = [];

  @Property({ columnType: 'smallint[]', type: new ArrayType((item) => Number(item)), default: '{}' })
  sdgs: number[] & Opt = [];

  @Field(() => [String], { description: 'Theme slugs.' })
  @Property({ type: 'array', default: '{}' })
  themes: string[] & Opt = [];

  @Field(() => CommitmentStatus, { description: 'The city\'s self-reported status.' })
  @Enum({ items: () => CommitmentStatus, nativeEnumName: 'commitment_status', default: CommitmentStatus.NOT_STARTED })
  status: CommitmentStatus & Opt = CommitmentStatus.NOT_STARTED;

  /** Case cards the commitment produced, or that inspired it. */
  @ManyToMany(() => CaseCard, undefined, { pivotTable: 'commitment_cases' })
  cases = new Collection<CaseCard>(this);

  @OneToMany(() => Milestone, (milestone) => milestone.commitment, { orderBy: { dueDate: 'asc', title: 'asc' } })
  milestones = new Collection<Milestone>(this);

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
