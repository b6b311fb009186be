import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** A network is the tenant: it owns case cards, members and submissions. */
@ObjectType('Network', { description: 'A network of cities: the tenant that owns case cards.' })
@Entity({ tableName: 'networks' })
export class Network {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 80 })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  website: string | null = null;

  @Field(() => [String])
  @Property({ type: 'array', default: '{}' })
  languages: string[] & Opt = [];

  /** SPDX id of the licence its published cards are under (see `opendata/licence.ts`); `Network.licence` resolves it. */
  @Property({ type: 'string', length: 32, default: 'CC-BY-4.0' })
  licence: string & Opt = 'CC-BY-4.0';

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
