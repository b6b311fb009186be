import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { citySlug } from './city.slug.js';

/** A place shared by every network: the same city in UCLG and in OGP Local. */
@ObjectType('City', { description: 'A place, shared by every network.' })
@Entity({ tableName: 'cities' })
@Unique({ properties: ['name', 'country'] })
export class City {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** ISO 3166-1 alpha-2 */
  @Field(() => String, { description: 'ISO 3166-1 alpha-2' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  /** UN M49 region, derived from the country. */
  @Field(() => String, { nullable: true, description: 'UN M49 region' })
  @Property({ type: 'string', length: 40, nullable: true })
  region: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 80, nullable: true })
  subregion: string | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  /** Computed, not stored: cities are also added by plain SQL (the case form, the benchmark generator). */
  @Field(() => String, { description: 'The name and country in an address, e.g. `buenos-aires-ar`; accepted wherever a city is asked for.' })
  get slug(): string & Opt {
    return citySlug(this.name, this.country);
  }
}
