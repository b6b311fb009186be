import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';
import { NotificationKind, NotificationVerb } from './notification.enums.js';

/**
 * One thing one person should hear about. Written by the fan-out job only (INSERT … ON CONFLICT DO NOTHING on
 * recipient + eventKey), so that a job run twice never notifies twice; `emailedAt` and `digestedAt` are
 * claimed before an email is sent, so that a retried email job never sends twice.
 */
@ObjectType('Notification', { description: 'Something that happened that concerns you: in the bell, the notifications page and (per your preference) email.' })
@Entity({ tableName: 'notifications' })
@Unique({ properties: ['recipient', 'eventKey'] })
@Index({ properties: ['recipient', 'createdAt', 'id'] })
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  recipient!: User;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  /** The event, e.g. `post:<id>`: one notification per recipient and event. */
  @Property({ type: 'string', length: 200 })
  eventKey!: string;

  @Field(() => User, { nullable: true, description: 'Who did it; null once their account is deleted.' })
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  @Field(() => Network, { nullable: true })
  @ManyToOne(() => Network, { nullable: true, deleteRule: 'cascade' })
  network: Network | null = null;

  /** About a members-only thread: shown only while the recipient is a member of the network. */
  @Property({ type: 'boolean', default: false })
  membersOnly: boolean & Opt = false;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  threadId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  postId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  savedSearchId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The followed thread, case, network or saved search through which you heard of it (unfollow it to hear no more).' })
  @Property({ type: 'uuid', nullable: true })
  followedTargetId: string | null = null;

  @Field(() => String, { description: 'Who did what where, in one line, in English (as emailed); `verb`, `headline` and `context` let a client word it in another language.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The thread\'s or the card\'s title, to word the notification in the reader\'s language; null on notifications older than it.' })
  @Property({ type: 'string', length: 300, nullable: true })
  headline: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where, when the wording needs it: the case of a NEW_THREAD_ON_CASE, the network of a thread started in its space, the saved search of a SAVED_SEARCH_MATCH.' })
  @Property({ type: 'string', length: 300, nullable: true })
  context: string | null = null;

  @Field(() => NotificationVerb, { nullable: true, description: 'What the actor did; null on notifications older than it (use `title`).' })
  @Enum({ items: () => NotificationVerb, nativeEnumName: 'notification_verb', nullable: true })
  verb: NotificationVerb | null = null;

  @Field(() => String, { description: 'A short excerpt (plain text): the post, the review comment, the card summary.' })
  @Property({ type: 'string', length: 600, default: '' })
  summary: string & Opt = '';

  @Field(() => String, { description: 'The web page it is about, as a path: /threads/ID#post-ID, /cases/SLUG.' })
  @Property({ type: 'string', length: 500 })
  link!: string;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: `date_trunc('milliseconds', now())` })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was emailed on its own (IMMEDIATE).' })
  @Property({ type: 'datetime', nullable: true })
  emailedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it went out in a daily digest.' })
  @Property({ type: 'datetime', nullable: true })
  digestedAt: Date | null = null;

  @Field(() => Boolean)
  get read(): boolean {
    return this.readAt !== null;
  }
}
