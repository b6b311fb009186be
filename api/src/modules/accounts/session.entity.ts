import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity.js';

export enum SessionStage {
  /** Password checked; the second factor is still to come. */
  SECOND_FACTOR = 'SECOND_FACTOR',
  /** Password checked; the account must set up two-factor sign-in before anything else. */
  SETUP_SECOND_FACTOR = 'SETUP_SECOND_FACTOR',
  ACTIVE = 'ACTIVE',
}

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ tableName: 'sessions' })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Enum({ items: () => SessionStage, nativeEnumName: 'session_stage' })
  stage!: SessionStage;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 300, default: '' })
  userAgent: string & Opt = '';

  /** Failed second-factor attempts on this session. */
  @Property({ type: 'smallint', default: 0 })
  failedSecondFactor: number & Opt = 0;
}
