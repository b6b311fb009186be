import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { CaseCard } from '../cases/case.entity.js';
import { Network } from '../networks/network.entity.js';

/**
 * A conversation: on a published case ("ask this city") or in a network's space. It always belongs to one
 * network (a case thread to the case's network), whose coordinators moderate it.
 */
@ObjectType('Thread', { description: 'A conversation on a case or in a network\'s space.' })
@Entity({ tableName: 'threads' })
@Index({ properties: ['network', 'lastActivityAt', 'id'] })
@Index({ properties: ['case', 'lastActivityAt', 'id'] })
export class Thread {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  /** Set for a thread on a case; null for a thread in the network's space. */
  @ManyToOne(() => CaseCard, { nullable: true, deleteRule: 'cascade' })
  case: CaseCard | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Boolean, { description: 'Only members of the thread\'s network read it and post in it.' })
  @Property({ type: 'boolean', default: false })
  membersOnly: boolean & Opt = false;

  /** Set while the thread is locked: no replies, no edits. */
  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  lockedBy: User | null = null;

  /** Null for demo threads and once the author's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy: User | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the last post was written (edits do not count).' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastActivityAt: Date & Opt = new Date();

  @Field(() => Int, { description: 'Posts after the opening one, deleted placeholders included.' })
  @Property({ type: 'integer', default: 0 })
  replyCount: number & Opt = 0;
}
