import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';

/** Values an audit event may carry: ids, states, field names. Never emails or names. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

/** Who did what to which record of a network, and when. Written by `withAudit` only. */
@Entity({ tableName: 'audit_events' })
@Index({ name: 'audit_events_network_id_created_at_index', expression: 'create index "audit_events_network_id_created_at_index" on "audit_events" ("network_id", "created_at" desc, "id" desc)' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Network, { deleteRule: 'cascade' })
  network!: Network;

  /** Null once the actor's account is deleted. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  actor: User | null = null;

  /** e.g. `case.create`, `case.approve`, `member.invite`. */
  @Property({ type: 'string', length: 60 })
  action!: string;

  /** e.g. `case`, `invitation`, `user`, `network`, `commitment`, `milestone`. */
  @Property({ type: 'string', length: 40 })
  recordType!: string;

  @Property({ type: 'string', length: 64 })
  recordId!: string;

  @Property({ type: 'json', default: '{}' })
  details: AuditDetails & Opt = {};

  /** Set by the database, to the microsecond and in commit order per card, so that ordering by it is exact. */
  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  createdAt!: Date & Opt;
}
