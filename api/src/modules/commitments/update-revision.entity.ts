import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import type { CommitmentUpdate } from './commitment-update.entity.js';

/** The text an update had before a correction, who replaced it and when. Never changed. */
@Entity({ tableName: 'update_revisions' })
@Index({ properties: ['update', 'createdAt'] })
export class UpdateRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('CommitmentUpdate', { deleteRule: 'cascade' })
  update!: CommitmentUpdate;

  /** The body as it was before this correction. */
  @Property({ type: 'text' })
  body!: string;

  /** Who corrected it; null once their account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  editedBy: User | null = null;

  /** When the body was replaced. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
