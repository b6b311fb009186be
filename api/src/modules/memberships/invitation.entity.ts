import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';
import { NetworkRole } from './membership.entity.js';

/** An emailed invitation to join a network; the link's token is stored as its SHA-256. */
@Entity({ tableName: 'invitations' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade', index: true })
  network!: Network;

  @Property({ type: 'string', length: 320 })
  email!: string;

  @Enum({ items: () => NetworkRole, nativeEnumName: 'network_role' })
  role!: NetworkRole;

  @Index()
  @Property({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy: User | null = null;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
