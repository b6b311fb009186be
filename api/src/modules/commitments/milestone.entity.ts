import { Check, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { CommitmentStatus } from './commitment.enums.js';
import type { Commitment } from './commitment.entity.js';

/**
 * A step of a commitment, due within its plan's period. It uses the commitment's scale: COMPLETE means done,
 * and only a COMPLETE milestone has a done date (never before the plan's start, never in the future).
 */
@ObjectType('Milestone')
@Entity({ tableName: 'milestones' })
@Index({ properties: ['commitment', 'dueDate'] })
@Check({ name: 'milestones_done_date_check', expression: `(status = 'COMPLETE') = (done_date is not null)` })
export class Milestone {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Commitment', { deleteRule: 'cascade' })
  commitment!: Commitment;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => CommitmentStatus)
  @Enum({ items: () => CommitmentStatus, nativeEnumName: 'commitment_status', default: CommitmentStatus.NOT_STARTED })
  status: CommitmentStatus & Opt = CommitmentStatus.NOT_STARTED;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was done; set exactly when the status is COMPLETE.' })
  @Property({ type: 'date', nullable: true })
  doneDate: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
