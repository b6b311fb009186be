import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MemberUserType } from '../accounts/account.types.js';
import { Network } from '../networks/network.entity.js';
import { NetworkRole } from './membership.entity.js';

@ObjectType('Member')
export class MemberType {
  @Field(() => MemberUserType) user!: MemberUserType;
  @Field(() => NetworkRole) role!: NetworkRole;
  @Field(() => Date) joinedAt!: Date;
  @Field(() => Network) network!: Network;
  /** Resolved to `cities` by MemberCitiesResolver. */
  cityIds!: string[];
}

@ObjectType('Invitation')
export class InvitationType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => NetworkRole) role!: NetworkRole;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Network) network!: Network;
}

@InputType('CreateNetworkInput')
export class CreateNetworkInput {
  @Field(() => String, { description: 'a-z, 0-9 and hyphens; used in addresses and demo account emails.' }) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => [String], { nullable: true }) languages?: string[];
  @Field(() => String, { description: 'Invited as the network\'s first coordinator.' }) coordinatorEmail!: string;
}
