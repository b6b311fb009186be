import type { Viewer } from '../../context.js';
import { casePolicy } from '../cases/case.policy.js';
import { NetworkRole } from '../memberships/membership.entity.js';
import { membershipPolicy } from '../memberships/membership.policy.js';
import type { Post } from './post.entity.js';
import type { Thread } from './thread.entity.js';

/** What a viewer may do in a thread; `viewerCan` shows the same answers. */
export type ThreadDecision = { allowed: true } | { allowed: false; reason: 'hidden' | 'forbidden' | 'state'; message: string };

const ALLOWED: ThreadDecision = { allowed: true };
const refuse = (reason: 'hidden' | 'forbidden' | 'state', message: string): ThreadDecision => ({ allowed: false, reason, message });
export const LOCKED_MESSAGE = 'This thread is locked: it takes no new replies or edits.';
export const BLOCKED_MESSAGE = 'You have been blocked from posting in this network.';

/** What the policy needs to know about the viewer beyond the session: set per network by the services. */
export interface PosterStanding {
  blocked: boolean;
}

/**
 * Who may do what with threads and posts. Services and field resolvers ask here; nowhere else decides.
 *
 * - Reading: a public thread (on a case the viewer may read, or in a public network space) is readable by
 *   everyone, signed in or not; a members-only thread only by members (any role) of its network. Others get
 *   "not found": the thread does not exist for them.
 * - Starting a thread: any signed-in user on a published case or in a public space; members-only threads
 *   (and every thread of a members-only space) only members of the network.
 * - Replying: anyone signed in who may read the thread, unless the thread is locked or the network blocked them.
 * - Editing: the post's author only, while the thread is unlocked, the post is neither hidden nor deleted and
 *   the author is not blocked. Deleting: the author, or the network's coordinators.
 * - Flagging: anyone signed in who reads the post, once per post, not their own.
 * - Moderation (hide, restore, lock, block, trust, the space's visibility, the moderation queue, the list of
 *   blocked and trusted users): the network's coordinators. They also read hidden posts' text.
 * - Platform admins have no rights of their own here: they act through memberships.
 */
export const threadPolicy = {
  isMember(viewer: Viewer | null, networkId: string): boolean {
    return membershipPolicy.roleIn(viewer, networkId) !== null;
  },

  isCoordinator(viewer: Viewer | null, networkId: string): boolean {
    return membershipPolicy.roleIn(viewer, networkId) === NetworkRole.COORDINATOR;
  },

  /** The thread's case must be loaded for a case thread. */
  canRead(viewer: Viewer | null, thread: Thread): boolean {
    if (thread.case && !casePolicy.canRead(viewer, thread.case)) return false;
    return !thread.membersOnly || this.isMember(viewer, thread.network.id);
  },

  /** Hidden posts' text: the network's coordinators. */
  canSeeHidden(viewer: Viewer | null, thread: Thread): boolean {
    return this.isCoordinator(viewer, thread.network.id);
  },

  decideStart(viewer: Viewer, target: { networkId: string; membersOnly: boolean; spaceMembersOnly: boolean }, standing: PosterStanding): ThreadDecision {
    if (target.membersOnly && !this.isMember(viewer, target.networkId)) {
      return refuse('forbidden', target.spaceMembersOnly ? 'This network\'s space is for its members only.' : 'Only members of the network can start members-only threads.');
    }
    return standing.blocked ? refuse('forbidden', BLOCKED_MESSAGE) : ALLOWED;
  },

  decideReply(viewer: Viewer | null, thread: Thread, standing: PosterStanding): ThreadDecision {
    if (!this.canRead(viewer, thread)) return refuse('hidden', 'No such thread.');
    if (!viewer) return refuse('forbidden', 'Sign in to reply.');
    if (thread.lockedAt) return refuse('forbidden', LOCKED_MESSAGE);
    return standing.blocked ? refuse('forbidden', BLOCKED_MESSAGE) : ALLOWED;
  },

  decideEdit(viewer: Viewer | null, thread: Thread, post: Post, standing: PosterStanding): ThreadDecision {
    if (!this.canRead(viewer, thread)) return refuse('hidden', 'No such post.');
    if (!viewer || post.author?.id !== viewer.userId) return refuse('forbidden', 'Only the post\'s author can edit it.');
    if (post.deletedAt) return refuse('state', 'This post was deleted.');
    if (post.hiddenAt) return refuse('forbidden', 'This post was hidden by the network\'s coordinators and can no longer be edited.');
    if (thread.lockedAt) return refuse('forbidden', LOCKED_MESSAGE);
    return standing.blocked ? refuse('forbidden', BLOCKED_MESSAGE) : ALLOWED;
  },

  decideDelete(viewer: Viewer | null, thread: Thread, post: Post): ThreadDecision {
    if (!this.canRead(viewer, thread)) return refuse('hidden', 'No such post.');
    const author = !!viewer && post.author?.id === viewer.userId;
    if (!author && !this.isCoordinator(viewer, thread.network.id)) return refuse('forbidden', 'Only the post\'s author and the network\'s coordinators can delete it.');
    return ALLOWED;
  },

  decideFlag(viewer: Viewer | null, thread: Thread, post: Post, alreadyFlagged: boolean): ThreadDecision {
    if (!this.canRead(viewer, thread)) return refuse('hidden', 'No such post.');
    if (!viewer) return refuse('forbidden', 'Sign in to flag a post.');
    if (post.deletedAt || post.hiddenAt) return refuse('state', 'This post is already out of view.');
    if (post.author?.id === viewer.userId) return refuse('state', 'You cannot flag your own post.');
    return alreadyFlagged ? refuse('state', 'You already flagged this post.') : ALLOWED;
  },

  /** Hiding, restoring, locking: the thread must be readable (coordinators read all of their network's). */
  decideModerate(viewer: Viewer | null, thread: Thread): ThreadDecision {
    if (!this.canRead(viewer, thread)) return refuse('hidden', 'No such thread.');
    return this.isCoordinator(viewer, thread.network.id) ? ALLOWED : refuse('forbidden', 'Only the network\'s coordinators can moderate its threads.');
  },

  /** Blocking, trusting (and listing both), the space's visibility and the moderation queue. */
  canModerateNetwork(viewer: Viewer | null, networkId: string): boolean {
    return this.isCoordinator(viewer, networkId);
  },
};
