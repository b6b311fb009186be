import { Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';

/** A person with an account. Deleting an account deletes this row; what they wrote stays, unattributed. */
@ObjectType('User')
@Entity({ tableName: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased, so that one address is one account. */
  @Unique()
  @Property({ type: 'string', length: 320 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: boolean & Opt = false;

  /** Demo accounts (never in production) are exempt from the two-factor requirement. */
  @Property({ type: 'boolean', default: false })
  isDemo: boolean & Opt = false;

  /** Base32 TOTP secret once set up (confirmed when totpEnabledAt is set). */
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  totpSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt: Date | null = null;

  /** SHA-256 hashes of unused one-time recovery codes. */
  @Property({ type: 'json', default: '[]', hidden: true })
  recoveryCodeHashes: string[] & Opt = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
