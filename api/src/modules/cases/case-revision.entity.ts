import { ArrayType, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { CaseCard, type CaseSnapshot } from './case.entity.js';

/** What a revision records. */
export enum RevisionKind {
  /** The card was written. */
  CREATED = 'CREATED',
  /** The card itself changed (while it was not published). */
  EDITED = 'EDITED',
  /** A proposed edit of the published card changed; the published version did not. */
  EDIT_PROPOSED = 'EDIT_PROPOSED',
  /** A coordinator approved the proposed edit: the published card changed. */
  EDIT_APPLIED = 'EDIT_APPLIED',
}
registerEnumType(RevisionKind, { name: 'RevisionKind', description: 'What a revision records.' });

/** One change of a card's content: the whole new version and the names of the fields that changed. */
@Entity({ tableName: 'case_revisions' })
@Index({ properties: ['card', 'createdAt'] })
export class CaseRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => CaseCard, { deleteRule: 'cascade' })
  card!: CaseCard;

  /** Null once the author's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null = null;

  @Enum({ items: () => RevisionKind, nativeEnumName: 'revision_kind' })
  kind!: RevisionKind;

  @Property({ type: 'json' })
  snapshot!: CaseSnapshot;

  @Property({ type: new ArrayType(), columnType: 'text[]', default: '{}' })
  changedFields: string[] & Opt = [];

  /** Set by the database, to the microsecond and in commit order per card, so that ordering by it is exact. */
  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  createdAt!: Date & Opt;
}
