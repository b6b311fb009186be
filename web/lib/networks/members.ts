import { cache } from 'react';
import { mutate, query } from '../api-client';
import { graphql } from '../gql/index';
import type { NetworkRole } from './roles';

export { isNetworkRole, NETWORK_ROLES, type NetworkRole } from './roles';

const NetworkMembersQuery = graphql(`
  query NetworkMembers($network: String!) {
    members(network: $network) {
      user {
        id
        name
        email
      }
      role
      joinedAt
    }
    invitations(network: $network) {
      id
      email
      role
      createdAt
      expiresAt
    }
  }
`);

/**
 * A network's members as the viewer may see them: null for anyone outside the network; `invitations` is
 * null unless the viewer coordinates it. Cached per request.
 */
export const findNetworkMembers = cache(async (network: string) => {
  const data = await query(NetworkMembersQuery, { network });
  if (!data.members) return null;
  return { members: data.members, invitations: data.invitations ?? null };
});

export type NetworkMember = NonNullable<Awaited<ReturnType<typeof findNetworkMembers>>>['members'][number];

const InviteMemberMutation = graphql(`
  mutation InviteMember($network: String!, $email: String!, $role: NetworkRole!) {
    inviteMember(network: $network, email: $email, role: $role) {
      id
      email
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      role
      network {
        slug
        name
      }
    }
  }
`);

const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($network: String!, $userId: ID!, $role: NetworkRole!) {
    changeMemberRole(network: $network, userId: $userId, role: $role) {
      role
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation RemoveMember($network: String!, $userId: ID!) {
    removeMember(network: $network, userId: $userId)
  }
`);

const LeaveNetworkMutation = graphql(`
  mutation LeaveNetwork($network: String!) {
    leaveNetwork(network: $network)
  }
`);

/** Emails an invitation; answers the invited address as the API normalised it. */
export async function inviteMember(network: string, email: string, role: NetworkRole): Promise<string> {
  return (await mutate(InviteMemberMutation, { network, email, role })).inviteMember.email;
}

export async function revokeInvitation(id: string): Promise<boolean> {
  return (await mutate(RevokeInvitationMutation, { id })).revokeInvitation;
}

/** Joins the network of an invitation; answers the network and the role. */
export async function acceptInvitation(token: string) {
  return (await mutate(AcceptInvitationMutation, { token })).acceptInvitation;
}

export async function changeMemberRole(network: string, userId: string, role: NetworkRole): Promise<void> {
  await mutate(ChangeMemberRoleMutation, { network, userId, role });
}

export async function removeMember(network: string, userId: string): Promise<void> {
  await mutate(RemoveMemberMutation, { network, userId });
}

export async function leaveNetwork(network: string): Promise<boolean> {
  return (await mutate(LeaveNetworkMutation, { network })).leaveNetwork;
}
