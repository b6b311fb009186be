import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { CaseCard } from './case.entity.js';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: 'A coordinator\'s decision on a submission.' });

/** What a review decided on: the card itself, or the proposed edit of a published card. */
export enum ReviewTarget {
  CARD = 'CARD',
  PENDING_EDIT = 'PENDING_EDIT',
}
registerEnumType(ReviewTarget, { name: 'ReviewTarget', description: 'A new card, or the proposed edit of a published one.' });

/** A coordinator's decision, with the comments the author sees. */
@Entity({ tableName: 'case_reviews' })
@Index({ properties: ['card', 'createdAt'] })
export class CaseReview {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CaseCard, { deleteRule: 'cascade' })
  card!: CaseCard;

  /** Null once the reviewer's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  reviewer: User | null = null;

  @Enum({ items: () => ReviewDecision, nativeEnumName: 'review_decision' })
  decision!: ReviewDecision;

  @Enum({ items: () => ReviewTarget, nativeEnumName: 'review_target' })
  appliesTo!: ReviewTarget;

  @Property({ type: 'text', default: '' })
  comment: string & Opt = '';

  /** Comments on single fields: { title: '…', sdgs: '…' }. */
  @Property({ type: 'json', default: '{}' })
  fieldComments: Record<string, string> & Opt = {};

  /** Set by the database, to the microsecond and in commit order per card, so that ordering by it is exact. */
  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  createdAt!: Date & Opt;
}
