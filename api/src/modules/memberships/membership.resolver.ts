import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Network } from '../networks/network.entity.js';
import type { Invitation } from './invitation.entity.js';
import { NetworkRole, type Membership } from './membership.entity.js';
import { membershipPolicy } from './membership.policy.js';
import {
  acceptInvitation,
  changeMemberRole,
  createNetwork,
  inviteMember,
  leaveNetwork,
  listInvitations,
  listMembers,
  removeMember,
  revokeInvitation,
  setMemberCities,
} from './membership.service.js';
import { CreateNetworkInput, InvitationType, MemberType } from './membership.types.js';

function toMember(ctx: RequestContext, membership: Membership): MemberType {
  const showEmail = membershipPolicy.canManageMembers(ctx.viewer, membership.network.id);
  return {
    user: { id: membership.user.id, name: membership.user.name, email: showEmail ? membership.user.email : null },
    role: membership.role,
    joinedAt: membership.createdAt,
    network: membership.network,
    cityIds: membership.cityIds,
  };
}

const toInvitation = (invitation: Invitation): InvitationType => invitation;

@Resolver()
export class MembershipResolver {
  @Query(() => [MemberType], { nullable: true, description: 'A network\'s members; null unless you belong to it.' })
  async members(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string): Promise<MemberType[] | null> {
    return (await listMembers(ctx, network))?.map((membership) => toMember(ctx, membership)) ?? null;
  }

  @Query(() => [InvitationType], { nullable: true, description: 'Open invitations; null unless you coordinate the network.' })
  async invitations(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string): Promise<InvitationType[] | null> {
    return (await listInvitations(ctx, network))?.map(toInvitation) ?? null;
  }

  @Mutation(() => Network, { description: 'Platform admins only.' })
  createNetwork(@Ctx() ctx: RequestContext, @Arg('input', () => CreateNetworkInput) input: CreateNetworkInput): Promise<Network> {
    return createNetwork(ctx, input);
  }

  @Mutation(() => InvitationType)
  async inviteMember(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('email', () => String) email: string,
    @Arg('role', () => NetworkRole) role: NetworkRole,
  ): Promise<InvitationType> {
    return toInvitation(await inviteMember(ctx, network, email, role));
  }

  @Mutation(() => Boolean)
  revokeInvitation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return revokeInvitation(ctx, id);
  }

  @Mutation(() => MemberType)
  async acceptInvitation(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<MemberType> {
    return toMember(ctx, await acceptInvitation(ctx, token));
  }

  @Mutation(() => MemberType)
  async changeMemberRole(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => NetworkRole) role: NetworkRole,
  ): Promise<MemberType> {
    return toMember(ctx, await changeMemberRole(ctx, network, userId, role));
  }

  @Mutation(() => MemberType, { description: 'Coordinators: the cities a member represents (slugs or ids); editors report on these cities\' commitments.' })
  async setMemberCities(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('cities', () => [String]) cities: string[],
  ): Promise<MemberType> {
    return toMember(ctx, await setMemberCities(ctx, network, userId, cities));
  }

  @Mutation(() => Boolean)
  removeMember(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    return removeMember(ctx, network, userId);
  }

  @Mutation(() => Boolean)
  leaveNetwork(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string): Promise<boolean> {
    return leaveNetwork(ctx, network);
  }
}

/** `network { members }`: the same rule as the `members` query, through the nested door. */
@Resolver(() => Network)
export class NetworkMembersResolver {
  @FieldResolver(() => [MemberType], { nullable: true })
  async members(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<MemberType[] | null> {
    return (await listMembers(ctx, network.slug))?.map((membership) => toMember(ctx, membership)) ?? null;
  }
}
