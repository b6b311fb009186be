import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { AssessmentCompletion, OpenGovernmentEffect, PotentialResults } from './commitment.enums.js';
import type { Commitment } from './commitment.entity.js';

/**
 * An independent rating of a commitment (OGP's Independent Reporting Mechanism, or for OGP Local the local
 * monitoring body), recorded by a coordinator of the network.
 */
@ObjectType('Assessment', { description: 'An independent rating of a commitment, on the Independent Reporting Mechanism\'s scales.' })
@Entity({ tableName: 'assessments' })
@Index({ properties: ['commitment', 'assessedOn'] })
export class Assessment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Commitment', { deleteRule: 'cascade' })
  commitment!: Commitment;

  @Field(() => String, { description: 'Who assessed, e.g. "Independent Reporting Mechanism".' })
  @Property({ type: 'string', length: 200 })
  assessor!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2000, nullable: true })
  reportUrl: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  verifiable!: boolean;

  @Field(() => PotentialResults)
  @Enum({ items: () => PotentialResults, nativeEnumName: 'potential_results' })
  potentialResults!: PotentialResults;

  @Field(() => AssessmentCompletion)
  @Enum({ items: () => AssessmentCompletion, nativeEnumName: 'assessment_completion' })
  completion!: AssessmentCompletion;

  @Field(() => OpenGovernmentEffect)
  @Enum({ items: () => OpenGovernmentEffect, nativeEnumName: 'open_government_effect' })
  didItOpenGovernment!: OpenGovernmentEffect;

  @Field(() => String, { description: 'Markdown.' })
  @Property({ type: 'text', default: '' })
  notes: string & Opt = '';

  /** The coordinator who recorded it; null once their account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  recordedBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
