import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Thread } from './thread.entity.js';

/** How far a user has read a thread: the thread is unread while its last activity is later. */
@Entity({ tableName: 'thread_reads' })
@Unique({ properties: ['thread', 'user'] })
export class ThreadRead {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @Property({ type: 'datetime' })
  lastReadAt!: Date;
}
