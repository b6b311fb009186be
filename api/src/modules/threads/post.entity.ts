import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Thread } from './thread.entity.js';

/**
 * One message of a thread. `body` is the Markdown as written; `bodyHtml` its sanitised rendering, made once
 * at write time. A deleted post stays as a placeholder (its text gone) so that the thread keeps its shape;
 * a hidden post keeps its text for the coordinators only.
 */
@ObjectType('Post', { description: 'A message in a thread.' })
@Entity({ tableName: 'posts' })
@Index({ properties: ['thread', 'createdAt', 'id'] })
export class Post {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Thread, { deleteRule: 'cascade' })
  thread!: Thread;

  /** Null for demo posts and once the author's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null = null;

  /** The post this one replies to, in the same thread. */
  @ManyToOne(() => Post, { nullable: true, deleteRule: 'set null' })
  parent: Post | null = null;

  /** Markdown; empty once deleted. */
  @Property({ type: 'text' })
  body!: string;

  /** The sanitised HTML of `body`, rendered when it was written. */
  @Property({ type: 'text' })
  bodyHtml!: string;

  @Property({ type: 'datetime', nullable: true })
  hiddenAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  hiddenBy: User | null = null;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  deletedBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the author last changed the text ("edited").' })
  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;
}
