import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { FollowTargetKind } from './notification.enums.js';

/** A user follows a thread, a case, a network's space or one of their saved searches. */
@Entity({ tableName: 'follows' })
@Unique({ properties: ['user', 'targetId'] })
export class Follow {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Enum({ items: () => FollowTargetKind, nativeEnumName: 'follow_target_kind' })
  targetKind!: FollowTargetKind;

  /** The thread's, case's, network's or saved search's id (ids are UUIDs, so one column names them all). */
  @Property({ type: 'uuid', index: true })
  targetId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
