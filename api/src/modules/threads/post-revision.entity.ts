import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Post } from './post.entity.js';

/** The text a post had before an edit: its edit history. Removed with the post's text when it is deleted. */
@Entity({ tableName: 'post_revisions' })
@Index({ properties: ['post', 'createdAt'] })
export class PostRevision {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Post, { deleteRule: 'cascade' })
  post!: Post;

  /** The Markdown as it was before this edit. */
  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  editedBy: User | null = null;

  /** When the body was replaced. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
