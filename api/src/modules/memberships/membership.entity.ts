import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Network } from '../networks/network.entity.js';

export enum NetworkRole {
  COORDINATOR = 'COORDINATOR',
  EDITOR = 'EDITOR',
  MEMBER = 'MEMBER',
}
registerEnumType(NetworkRole, { name: 'NetworkRole', description: 'A member\'s role in one network.' });

/** A user's place in a network, with one role. */
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['user', 'network'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: User;

  @ManyToOne(() => Network, { deleteRule: 'cascade', index: true })
  network!: Network;

  @Enum({ items: () => NetworkRole, nativeEnumName: 'network_role' })
  role!: NetworkRole;

  /**
   * The cities this member represents in the network (ids of the shared city directory): an editor posts
   * updates and maintains milestones on these cities' commitments only. Coordinators act for every city.
   */
  @Property({ type: 'json', default: '[]' })
  cityIds: string[] & Opt = [];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
