import type { NetworkRole } from '../gql/graphql';

export type { NetworkRole };

/**
 * A member's roles in a network, in the order the forms offer them; their words are the messages
 * `networks.roles.<ROLE>`. No server imports: client forms use it too.
 */
export const NETWORK_ROLES: readonly NetworkRole[] = ['MEMBER', 'EDITOR', 'COORDINATOR'];

export function isNetworkRole(value: string): value is NetworkRole {
  return (NETWORK_ROLES as readonly string[]).includes(value);
}
