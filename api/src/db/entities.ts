import { EmailToken } from '../modules/accounts/email-token.entity.js';
import { Session } from '../modules/accounts/session.entity.js';
import { User } from '../modules/accounts/user.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { CaseCard } from '../modules/cases/case.entity.js';
import { CaseReview } from '../modules/cases/case-review.entity.js';
import { CaseRevision } from '../modules/cases/case-revision.entity.js';
import { City } from '../modules/cities/city.entity.js';
import { ActionPlan } from '../modules/commitments/action-plan.entity.js';
import { Assessment } from '../modules/commitments/assessment.entity.js';
import { CommitmentUpdate } from '../modules/commitments/commitment-update.entity.js';
import { Commitment } from '../modules/commitments/commitment.entity.js';
import { Milestone } from '../modules/commitments/milestone.entity.js';
import { UpdateRevision } from '../modules/commitments/update-revision.entity.js';
import { Invitation } from '../modules/memberships/invitation.entity.js';
import { Membership } from '../modules/memberships/membership.entity.js';
import { Network } from '../modules/networks/network.entity.js';
import { Follow } from '../modules/notifications/follow.entity.js';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { SavedSearch } from '../modules/notifications/saved-search.entity.js';
import { NetworkBlock, NetworkSpace, TrustedPoster } from '../modules/threads/network-space.entity.js';
import { PostFlag } from '../modules/threads/post-flag.entity.js';
import { PostRevision } from '../modules/threads/post-revision.entity.js';
import { Post } from '../modules/threads/post.entity.js';
import { ThreadRead } from '../modules/threads/thread-read.entity.js';
import { Thread } from '../modules/threads/thread.entity.js';

/** Every entity, listed once so that the ORM, the CLI and tests agree. */
export const entities = [
  Network, City, CaseCard, User, Session, EmailToken, Membership, Invitation, CaseRevision, CaseReview, AuditEvent,
  ActionPlan, Commitment, Milestone, CommitmentUpdate, UpdateRevision, Assessment,
  Notification, Follow, SavedSearch, NotificationPreference,
  Thread, Post, PostRevision, PostFlag, ThreadRead, NetworkSpace, NetworkBlock, TrustedPoster,
];
