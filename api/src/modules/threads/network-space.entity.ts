import { Entity, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';

/**
 * A network's discussion space settings, set by its coordinators. A network without a row has a public
 * space. Kept apart from `networks` so that the threads module owns everything about threads.
 */
@Entity({ tableName: 'network_spaces' })
export class NetworkSpace {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade', unique: true })
  network!: Network;

  /** Members-only: only members read the space's threads and start new ones. */
  @Property({ type: 'boolean', default: false })
  membersOnly: boolean & Opt = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}

/** A user who may no longer post in a network's threads (case threads included). */
@Entity({ tableName: 'network_blocks' })
@Unique({ properties: ['network', 'user'] })
export class NetworkBlock {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  blockedBy: User | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** A poster a coordinator trusts in a network: exempt from the new-account link limit there. */
@Entity({ tableName: 'trusted_posters' })
@Unique({ properties: ['network', 'user'] })
export class TrustedPoster {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  trustedBy: User | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
