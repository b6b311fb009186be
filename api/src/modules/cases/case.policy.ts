import type { Viewer } from '../../context.js';
import { NetworkRole } from '../memberships/membership.entity.js';
import { membershipPolicy } from '../memberships/membership.policy.js';
import { CaseStatus, PendingEditState, type CaseCard } from './case.entity.js';

/** What a viewer may do to a card; `viewerCan` shows the same answers. */
export type CaseAction = 'edit' | 'submit' | 'review' | 'archive' | 'translate';

/**
 * A decision on an action: allowed; `hidden` (the viewer has no standing on the card: answer "not found",
 * so that ids reveal nothing); `forbidden` (the viewer sees the card but lacks the role); `state` (the role
 * is right but the card's state does not allow it now).
 */
export type CaseDecision = { allowed: true } | { allowed: false; reason: 'hidden' | 'forbidden' | 'state'; message: string };

const ALLOWED: CaseDecision = { allowed: true };
const PUBLIC_STATUSES = new Set([CaseStatus.PUBLISHED, CaseStatus.ARCHIVED]);
const AUTHOR_EDITABLE = new Set([CaseStatus.DRAFT, CaseStatus.CHANGES_REQUESTED, CaseStatus.PUBLISHED]);
const SUBMITTABLE = new Set([CaseStatus.DRAFT, CaseStatus.CHANGES_REQUESTED]);
const PENDING_SUBMITTABLE = new Set([PendingEditState.DRAFT, PendingEditState.CHANGES_REQUESTED]);

const networkIdOf = (card: CaseCard): string => card.network.id;

function refuse(reason: 'hidden' | 'forbidden' | 'state', message: string): CaseDecision {
  return { allowed: false, reason, message };
}

/**
 * Who may do what with a case card. Services and field resolvers ask here; nowhere else decides.
 *
 * - Published and archived cards are public (an archived card's page says so; it is never in search).
 * - Drafts, submissions, cards with changes requested and rejected cards are private to their author and to
 *   the editors and coordinators of the card's network (editors see their colleagues' drafts, so that they do
 *   not write the same card twice). The same people see a card's reviews, history and pending edit.
 * - Creating: the network's editors and coordinators.
 * - Editing: the author, while a draft, after changes were requested, or (as a pending edit) once published,
 *   if still an editor or coordinator of the network; the network's coordinators in every state but
 *   ARCHIVED. A rejected card is final for its author; a coordinator's edit reopens it as a DRAFT.
 * - Submitting: the author (still an editor) or a coordinator.
 * - Reviewing: the network's coordinators, their own cards included (a network may have one coordinator).
 * - Archiving: the network's coordinators, for published cards.
 * - Linking a card to its translations (and unlinking it): the network's editors and coordinators, for any
 *   card of the network that is not archived.
 * - Platform admins have no curation rights of their own: they act through memberships.
 */
export const casePolicy = {
  roleIn(viewer: Viewer | null, card: CaseCard): NetworkRole | null {
    return membershipPolicy.roleIn(viewer, networkIdOf(card));
  },

  isAuthor(viewer: Viewer | null, card: CaseCard): boolean {
    return !!viewer && !!card.author && card.author.id === viewer.userId;
  },

  isCoordinator(viewer: Viewer | null, card: CaseCard): boolean {
    return this.roleIn(viewer, card) === NetworkRole.COORDINATOR;
  },

  /** Editors and coordinators write cards; members only read them. */
  canCreateIn(viewer: Viewer | null, networkId: string): boolean {
    const role = membershipPolicy.roleIn(viewer, networkId);
    return role === NetworkRole.EDITOR || role === NetworkRole.COORDINATOR;
  },

  /** The author and the network's editors and coordinators: they see drafts, reviews, history, pending edits. */
  canReadPrivate(viewer: Viewer | null, card: CaseCard): boolean {
    return this.isAuthor(viewer, card) || this.canCreateIn(viewer, networkIdOf(card));
  },

  canRead(viewer: Viewer | null, card: CaseCard): boolean {
    return PUBLIC_STATUSES.has(card.status) || this.canReadPrivate(viewer, card);
  },

  /** The network's audit log and curation queue: its coordinators. */
  canCurateNetwork(viewer: Viewer | null, networkId: string): boolean {
    return membershipPolicy.roleIn(viewer, networkId) === NetworkRole.COORDINATOR;
  },

  decide(viewer: Viewer | null, action: CaseAction, card: CaseCard): CaseDecision {
    if (!this.canReadPrivate(viewer, card)) return refuse('hidden', 'No such case.');
    const coordinator = this.isCoordinator(viewer, card);
    const activeAuthor = this.isAuthor(viewer, card) && this.canCreateIn(viewer, networkIdOf(card));
    const pending = card.pendingEditState;
    switch (action) {
      case 'edit':
        if (!coordinator && !activeAuthor) return refuse('forbidden', 'Only the card\'s author and the network\'s coordinators can edit it.');
        if (card.status === CaseStatus.ARCHIVED) return refuse('state', 'This card is archived and can no longer be edited.');
        if (coordinator) return ALLOWED;
        if (!AUTHOR_EDITABLE.has(card.status)) {
          return refuse('state', card.status === CaseStatus.SUBMITTED ? 'This card is waiting for review: it can be edited again once a coordinator has decided.' : 'This card was rejected: it can no longer be edited.');
        }
        if (card.status === CaseStatus.PUBLISHED && pending === PendingEditState.SUBMITTED) {
          return refuse('state', 'Your edit is waiting for review: it can be changed again once a coordinator has decided.');
        }
        return ALLOWED;
      case 'submit':
        if (!coordinator && !activeAuthor) return refuse('forbidden', 'Only the card\'s author and the network\'s coordinators can submit it.');
        if (card.status === CaseStatus.PUBLISHED) {
          return pending && PENDING_SUBMITTABLE.has(pending) ? ALLOWED : refuse('state', pending === PendingEditState.SUBMITTED ? 'This edit is already waiting for review.' : 'This card is published and has no edit to submit.');
        }
        return SUBMITTABLE.has(card.status) ? ALLOWED : refuse('state', `A ${describe(card.status)} card cannot be submitted.`);
      case 'review':
        if (!coordinator) return refuse('forbidden', 'Only the network\'s coordinators can review cards.');
        return card.status === CaseStatus.SUBMITTED || (card.status === CaseStatus.PUBLISHED && pending === PendingEditState.SUBMITTED)
          ? ALLOWED
          : refuse('state', 'This card is not waiting for review.');
      case 'archive':
        if (!coordinator) return refuse('forbidden', 'Only the network\'s coordinators can archive cards.');
        return card.status === CaseStatus.PUBLISHED ? ALLOWED : refuse('state', 'Only published cards can be archived.');
      case 'translate':
        if (!this.canCreateIn(viewer, networkIdOf(card))) return refuse('forbidden', 'Only the network\'s editors and coordinators can link translations.');
        return card.status === CaseStatus.ARCHIVED ? refuse('state', 'This card is archived: its translations can no longer change.') : ALLOWED;
    }
  },

  can(viewer: Viewer | null, action: CaseAction, card: CaseCard): boolean {
    return this.decide(viewer, action, card).allowed;
  },

  /** A translation is offered to everyone once published; drafts and archived ones only to those who see drafts. */
  canSeeAsTranslation(viewer: Viewer | null, card: CaseCard): boolean {
    return card.status === CaseStatus.PUBLISHED || this.canReadPrivate(viewer, card);
  },

  /** Contact emails are personal data: never shown to anonymous visitors. */
  canSeeContactEmails(viewer: Viewer | null, _card: CaseCard): boolean {
    return viewer !== null;
  },
};

function describe(status: CaseStatus): string {
  return status.toLowerCase().replace('_', ' ');
}
