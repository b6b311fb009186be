import type { Viewer } from '../../context.js';
import { NetworkRole } from '../memberships/membership.entity.js';
import { membershipPolicy } from '../memberships/membership.policy.js';

/** What a viewer may do with a commitment; `viewerCan` shows the same answers. */
export type CommitmentAction = 'edit' | 'report' | 'assess';

/** A commitment as the policy sees it: its network and its plan's city. */
export interface CommitmentScope {
  networkId: string;
  cityId: string;
}

export type CommitmentDecision = { allowed: true } | { allowed: false; message: string };

const ALLOWED: CommitmentDecision = { allowed: true };

/**
 * Who may do what with action plans, commitments, milestones, updates and assessments. Services and field
 * resolvers ask here; nowhere else decides.
 *
 * - Reading: everyone, signed in or not — plans, commitments, milestones, updates (with their revisions) and
 *   assessments are open government data.
 * - Action plans and commitments (create, edit, link cases): the network's coordinators.
 * - Reporting (posting updates, adding and editing milestones, setting their status): the network's
 *   coordinators, and its editors for the cities their membership represents. Editors of other cities,
 *   members, and people of other networks are refused (FORBIDDEN: the records are public, so refusing reveals
 *   nothing).
 * - Correcting an update: its author while still allowed to report on the commitment, and the coordinators.
 * - Independent assessments: the network's coordinators record them.
 * - Platform admins have no rights of their own here: they act through memberships.
 */
export const commitmentPolicy = {
  isCoordinator(viewer: Viewer | null, networkId: string): boolean {
    return membershipPolicy.roleIn(viewer, networkId) === NetworkRole.COORDINATOR;
  },

  /** An editor whose membership in the network lists the city. */
  represents(viewer: Viewer | null, scope: CommitmentScope): boolean {
    const membership = viewer?.memberships.find((candidate) => candidate.networkId === scope.networkId);
    return membership?.role === NetworkRole.EDITOR && membership.cityIds.includes(scope.cityId);
  },

  /** Creating and editing action plans and commitments. */
  canPlan(viewer: Viewer | null, networkId: string): boolean {
    return this.isCoordinator(viewer, networkId);
  },

  decide(viewer: Viewer | null, action: CommitmentAction, scope: CommitmentScope): CommitmentDecision {
    const coordinator = this.isCoordinator(viewer, scope.networkId);
    switch (action) {
      case 'edit':
        return coordinator ? ALLOWED : { allowed: false, message: 'Only the network\'s coordinators can edit action plans and commitments.' };
      case 'assess':
        return coordinator ? ALLOWED : { allowed: false, message: 'Only the network\'s coordinators can record assessments.' };
      case 'report':
        return coordinator || this.represents(viewer, scope)
          ? ALLOWED
          : { allowed: false, message: 'Only editors representing this city, and the network\'s coordinators, can report on its commitments.' };
    }
  },

  can(viewer: Viewer | null, action: CommitmentAction, scope: CommitmentScope): boolean {
    return this.decide(viewer, action, scope).allowed;
  },

  /** Corrections: the author (while still allowed to report) or a coordinator. */
  canCorrect(viewer: Viewer | null, scope: CommitmentScope, authorId: string | null): boolean {
    if (this.isCoordinator(viewer, scope.networkId)) return true;
    return !!viewer && authorId === viewer.userId && this.represents(viewer, scope);
  },
};
