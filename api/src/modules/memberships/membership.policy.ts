import type { Viewer } from '../../context.js';
import { NetworkRole } from './membership.entity.js';

/** Who may do what inside a network. Everything about members and invitations asks here. */
export const membershipPolicy = {
  roleIn(viewer: Viewer | null, networkId: string): NetworkRole | null {
    return viewer?.memberships.find((membership) => membership.networkId === networkId)?.role ?? null;
  },

  /** Members and invitations are private to the network (and visible to platform admins). */
  canSeeMembers(viewer: Viewer | null, networkId: string): boolean {
    return !!viewer && (viewer.isPlatformAdmin || this.roleIn(viewer, networkId) !== null);
  },

  /** Inviting, changing roles and removing members: the network's coordinators. */
  canManageMembers(viewer: Viewer | null, networkId: string): boolean {
    return this.roleIn(viewer, networkId) === NetworkRole.COORDINATOR;
  },

  canCreateNetwork(viewer: Viewer | null): boolean {
    return !!viewer?.isPlatformAdmin;
  },

  /** Two-factor sign-in is required of platform admins and coordinators. */
  requiresSecondFactor(viewer: Viewer | null): boolean {
    return !!viewer && (viewer.isPlatformAdmin || viewer.memberships.some((membership) => membership.role === NetworkRole.COORDINATOR));
  },
};
