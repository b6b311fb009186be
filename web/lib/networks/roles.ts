import type { NetworkRole } from '../gql/graphql';

export type { NetworkRole };

/** A member's role in a network, as the forms offer them (no server imports: client forms use it too). */
export const NETWORK_ROLES: { value: NetworkRole; label: string }[] = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'EDITOR', label: 'Editor' },
  { value: 'COORDINATOR', label: 'Coordinator' },
];

export function roleLabel(role: NetworkRole): string {
  return NETWORK_ROLES.find((candidate) => candidate.value === role)?.label ?? role;
}

export function isNetworkRole(value: string): value is NetworkRole {
  return NETWORK_ROLES.some((role) => role.value === value);
}
