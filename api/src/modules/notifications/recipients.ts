import type { Activity } from './activity.js';
import type { JobDb } from './job-db.js';
import type { Recipient, Subject } from './notification-content.js';
import { KIND_STRENGTH, NotificationKind } from './notification.enums.js';
import { savedSearchesMatching } from './saved-search.match.js';

/** Recipients by user: adding one who is already there keeps the stronger kind (a mention beats a reply). */
class RecipientSet {
  private readonly byUser = new Map<string, Recipient>();

  add(userId: string | null | undefined, kind: NotificationKind, via: Partial<Pick<Recipient, 'followedTargetId' | 'savedSearch'>> = {}): void {
    if (!userId) return;
    const current = this.byUser.get(userId);
    if (current && KIND_STRENGTH.indexOf(current.kind) <= KIND_STRENGTH.indexOf(kind)) return;
    this.byUser.set(userId, { userId, kind, followedTargetId: via.followedTargetId ?? null, savedSearch: via.savedSearch ?? null });
  }

  addAll(userIds: string[], kind: NotificationKind, via: Partial<Pick<Recipient, 'followedTargetId' | 'savedSearch'>> = {}): void {
    for (const userId of userIds) this.add(userId, kind, via);
  }

  without(userId: string): Recipient[] {
    return [...this.byUser.values()].filter((recipient) => recipient.userId !== userId);
  }
}

async function followersOf(db: JobDb, targetId: string): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>('select user_id from follows where target_id = $1', [targetId]);
  return rows.map((row) => row.user_id);
}

async function caseAuthor(db: JobDb, caseId: string): Promise<string | null> {
  const { rows } = await db.query<{ author_id: string | null }>('select author_id from case_cards where id = $1', [caseId]);
  return rows[0]?.author_id ?? null;
}

/** Of these users, those who are members of the network now (any role): the readers of members-only threads. */
async function membersAmong(db: JobDb, networkId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const { rows } = await db.query<{ user_id: string }>('select user_id from memberships where network_id = $1 and user_id = any($2::uuid[])', [networkId, userIds]);
  return new Set(rows.map((row) => row.user_id));
}

async function collect(db: JobDb, activity: Activity, recipients: RecipientSet): Promise<void> {
  switch (activity.kind) {
    case 'THREAD_STARTED':
      recipients.addAll(activity.mentionedUserIds, NotificationKind.MENTION);
      if (activity.caseId) {
        recipients.add(await caseAuthor(db, activity.caseId), NotificationKind.NEW_THREAD_ON_CASE);
        recipients.addAll(await followersOf(db, activity.caseId), NotificationKind.NEW_THREAD_ON_CASE, { followedTargetId: activity.caseId });
      } else {
        // A thread in the network's space: the space's followers.
        recipients.addAll(await followersOf(db, activity.networkId), NotificationKind.NEW_POST_IN_FOLLOWED, { followedTargetId: activity.networkId });
      }
      return;
    case 'POST_CREATED':
      recipients.addAll(activity.mentionedUserIds, NotificationKind.MENTION);
      recipients.add(activity.parentAuthorId, NotificationKind.REPLY);
      recipients.addAll(await followersOf(db, activity.threadId), NotificationKind.NEW_POST_IN_FOLLOWED, { followedTargetId: activity.threadId });
      return;
    case 'CURATION_DECIDED':
      recipients.add(activity.authorId, NotificationKind.CURATION_DECISION);
      return;
    case 'CASE_PUBLISHED':
      for (const search of await savedSearchesMatching(db, activity.caseId)) {
        recipients.add(search.followerId, NotificationKind.SAVED_SEARCH_MATCH, { followedTargetId: search.id, savedSearch: { id: search.id, name: search.name } });
      }
      return;
  }
}

/**
 * Who hears of an activity, each once, with the strongest reason: never the actor; for a members-only
 * thread, only those who are members of its network now (a follower who left hears nothing). Blocked
 * users still hear: a block stops posting, not reading.
 */
export async function recipientsFor(db: JobDb, activity: Activity, subject: Subject): Promise<Recipient[]> {
  const recipients = new RecipientSet();
  await collect(db, activity, recipients);
  const candidates = recipients.without(activity.actorId);
  if (!subject.membersOnly) return candidates;
  const members = await membersAmong(db, subject.networkId, candidates.map((recipient) => recipient.userId));
  return candidates.filter((recipient) => members.has(recipient.userId));
}
