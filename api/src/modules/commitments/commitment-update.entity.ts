import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import type { CaseLink } from '../cases/case.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import { Commitment } from './commitment.entity.js';
import { Milestone } from './milestone.entity.js';
import { UpdateRevision } from './update-revision.entity.js';

/**
 * A progress report on a commitment. Its body is never changed silently: a correction keeps the replaced
 * text as an `UpdateRevision`, shown with the update.
 */
@ObjectType('CommitmentUpdate', { description: 'A progress report on a commitment, by the city or the network\'s coordinators.' })
@Entity({ tableName: 'commitment_updates' })
@Index({ properties: ['commitment', 'createdAt'] })
export class CommitmentUpdate {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Commitment, { deleteRule: 'cascade' })
  commitment!: Commitment;

  /** Null for imported and demo updates, and once the author's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  author: User | null = null;

  @Field(() => String, { description: 'Markdown; the current text (see revisions for earlier ones).' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => CommitmentStatus, { name: 'status', nullable: true, description: 'The status this update reported, if it changed it.' })
  @Enum({ items: () => CommitmentStatus, nativeEnumName: 'commitment_status', nullable: true })
  newStatus: CommitmentStatus | null = null;

  @ManyToMany(() => Milestone, undefined, { pivotTable: 'commitment_update_milestones' })
  completedMilestones = new Collection<Milestone>(this);

  /** Evidence. */
  @Property({ type: 'json', default: '[]' })
  links: CaseLink[] & Opt = [];

  @OneToMany(() => UpdateRevision, (revision) => revision.update, { orderBy: { createdAt: 'desc', id: 'desc' } })
  revisions = new Collection<UpdateRevision>(this);

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the body was last corrected.' })
  @Property({ type: 'datetime', nullable: true })
  correctedAt: Date | null = null;
}
