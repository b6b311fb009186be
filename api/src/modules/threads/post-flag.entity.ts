import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Post } from './post.entity.js';

/** A member's report of a post to the network's coordinators; one per person per post. */
@Entity({ tableName: 'post_flags' })
@Unique({ properties: ['post', 'flagger'] })
@Index({ name: 'post_flags_open_index', expression: 'create index "post_flags_open_index" on "post_flags" ("created_at") where "resolved_at" is null' })
export class PostFlag {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Post, { deleteRule: 'cascade' })
  post!: Post;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  flagger!: User;

  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** Set when a coordinator hid or restored the post, or the post was deleted: it leaves the queue. */
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  resolvedBy: User | null = null;
}
