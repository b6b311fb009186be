import { Check, Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';

/** A city's OGP action plan in a network: a period and a set of public commitments. Public. */
@ObjectType('ActionPlan', { description: 'A city\'s open government action plan: a period and its commitments.' })
@Entity({ tableName: 'action_plans' })
@Unique({ properties: ['network', 'city', 'title'] })
@Check({ name: 'action_plans_period_check', expression: 'period_end >= period_start' })
export class ActionPlan {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  @Index()
  @ManyToOne(() => City)
  city!: City;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** YYYY-MM-DD */
  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  periodStart!: string;

  /** YYYY-MM-DD, on or after the start. */
  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: 'The official document.' })
  @Property({ type: 'string', length: 2000, nullable: true })
  documentUrl: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
