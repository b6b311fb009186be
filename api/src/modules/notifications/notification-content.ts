import type { Activity } from './activity.js';
import type { JobDb } from './job-db.js';
import { NotificationKind, NotificationVerb } from './notification.enums.js';

/** What every notification of one event shares: who, where, what about. Loaded once per fan-out. */
export interface Subject {
  actorName: string;
  networkId: string;
  networkName: string;
  membersOnly: boolean;
  threadId: string | null;
  postId: string | null;
  caseId: string | null;
  /** The thread's title, or the card's. */
  headline: string;
  /** The case a thread is on, or the card itself. */
  caseTitle: string | null;
  caseSlug: string | null;
  excerpt: string;
  link: string;
}

/** Who hears of it, why, and (for a saved-search match or a follow) through what. */
export interface Recipient {
  userId: string;
  kind: NotificationKind;
  /** The followed thread, case, network or saved search that made this recipient hear of it. */
  followedTargetId: string | null;
  savedSearch: { id: string; name: string } | null;
}

/** One row to insert. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  actorId: string;
  networkId: string;
  membersOnly: boolean;
  threadId: string | null;
  postId: string | null;
  caseId: string | null;
  savedSearchId: string | null;
  followedTargetId: string | null;
  title: string;
  /** The parts of `title`, for clients that word it in another language. */
  headline: string;
  context: string | null;
  verb: NotificationVerb;
  summary: string;
  link: string;
}

const TITLE_MAX = 300;
const SUMMARY_MAX = 280;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function nullableShortened(text: string | null): string | null {
  return text === null ? null : shorten(text, TITLE_MAX);
}

/** Markdown to one line of plain text, good enough for an excerpt (the email and the bell show text only). */
export function plainExcerpt(markdown: string, max = SUMMARY_MAX): string {
  const text = markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`#>~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(text, max);
}

const quoted = (text: string) => `“${text}”`;

const DECISIONS: Record<string, string> = {
  APPROVE: 'approved your card',
  REQUEST_CHANGES: 'asked for changes to your card',
  REJECT: 'rejected your card',
};

async function actorName(db: JobDb, actorId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('select name from users where id = $1', [actorId]);
  return rows[0]?.name ?? 'Someone';
}

type ThreadActivity = Extract<Activity, { kind: 'THREAD_STARTED' | 'POST_CREATED' }>;

async function threadSubject(db: JobDb, activity: ThreadActivity): Promise<Subject | null> {
  const { rows } = await db.query<{ title: string; members_only: boolean; network_name: string; case_title: string | null; case_slug: string | null; body: string; gone: boolean }>(
    `select t.title, t.members_only, n.name as network_name, c.title as case_title, c.slug as case_slug, p.body,
            (p.deleted_at is not null or p.hidden_at is not null) as gone
       from threads t join networks n on n.id = t.network_id join posts p on p.id = $2 and p.thread_id = t.id
       left join case_cards c on c.id = t.case_id
      where t.id = $1`,
    [activity.threadId, activity.postId],
  );
  const row = rows[0];
  // A post deleted or hidden before its notifications went out is not spread any further.
  if (!row || row.gone) return null;
  return {
    actorName: await actorName(db, activity.actorId),
    networkId: activity.networkId,
    networkName: row.network_name,
    // The thread as it is now: made members-only since, it is members-only for its notifications too.
    membersOnly: row.members_only || activity.membersOnly,
    threadId: activity.threadId,
    postId: activity.postId,
    caseId: activity.caseId ?? null,
    headline: row.title,
    caseTitle: row.case_title,
    caseSlug: row.case_slug,
    excerpt: plainExcerpt(row.body),
    link: `/threads/${activity.threadId}#post-${activity.postId}`,
  };
}

type CaseActivity = Extract<Activity, { kind: 'CURATION_DECIDED' | 'CASE_PUBLISHED' }>;

async function caseSubject(db: JobDb, activity: CaseActivity): Promise<Subject | null> {
  const { rows } = await db.query<{ title: string; slug: string; summary: string; status: string; network_name: string }>(
    `select c.title, c.slug, c.summary, c.status, n.name as network_name from case_cards c join networks n on n.id = c.network_id where c.id = $1`,
    [activity.caseId],
  );
  const card = rows[0];
  if (!card) return null;
  // Only a card that is still published is news for saved searches.
  if (activity.kind === 'CASE_PUBLISHED' && card.status !== 'PUBLISHED') return null;
  const excerpt = activity.kind === 'CURATION_DECIDED' ? await reviewComment(db, activity) : plainExcerpt(card.summary);
  return {
    actorName: await actorName(db, activity.actorId),
    networkId: activity.networkId,
    networkName: card.network_name,
    membersOnly: false,
    threadId: null,
    postId: null,
    caseId: activity.caseId,
    headline: card.title,
    caseTitle: card.title,
    caseSlug: card.slug,
    excerpt,
    // Drafts' slugs follow their titles: a decision links by id, which stays.
    link: activity.kind === 'CURATION_DECIDED' ? `/cases/by-id/${activity.caseId}` : `/cases/${card.slug}`,
  };
}

/** The comment of the decision: the reviewer's newest review of this card with this decision. */
async function reviewComment(db: JobDb, activity: Extract<Activity, { kind: 'CURATION_DECIDED' }>): Promise<string> {
  const { rows } = await db.query<{ comment: string }>(
    `select comment from case_reviews where card_id = $1 and reviewer_id = $2 and decision = $3 order by created_at desc limit 1`,
    [activity.caseId, activity.actorId, activity.decision],
  );
  return plainExcerpt(rows[0]?.comment ?? '');
}

/** What the event is about, or null when there is nothing left to tell (a deleted post, an unpublished card). */
export function loadSubject(db: JobDb, activity: Activity): Promise<Subject | null> {
  return activity.kind === 'THREAD_STARTED' || activity.kind === 'POST_CREATED' ? threadSubject(db, activity) : caseSubject(db, activity);
}

function titleFor(activity: Activity, subject: Subject, recipient: Recipient): string {
  const { actorName: actor, headline } = subject;
  switch (recipient.kind) {
    case NotificationKind.MENTION:
      return `${actor} mentioned you in ${quoted(headline)}`;
    case NotificationKind.REPLY:
      return `${actor} replied to your post in ${quoted(headline)}`;
    case NotificationKind.NEW_THREAD_ON_CASE:
      return `${actor} started a thread on ${quoted(subject.caseTitle ?? '')}: ${quoted(headline)}`;
    case NotificationKind.NEW_POST_IN_FOLLOWED:
      return activity.kind === 'THREAD_STARTED'
        ? `${actor} started a thread in ${subject.networkName}: ${quoted(headline)}`
        : `${actor} posted in ${quoted(headline)}`;
    case NotificationKind.CURATION_DECISION:
      return `${actor} ${activity.kind === 'CURATION_DECIDED' ? DECISIONS[activity.decision] : 'decided on your card'} ${quoted(headline)}`;
    case NotificationKind.SAVED_SEARCH_MATCH:
      return `New card for your saved search ${quoted(recipient.savedSearch?.name ?? '')}: ${quoted(headline)}`;
  }
}

const VERBS_OF_DECISIONS: Record<Extract<Activity, { kind: 'CURATION_DECIDED' }>['decision'], NotificationVerb> = {
  APPROVE: NotificationVerb.APPROVED,
  REQUEST_CHANGES: NotificationVerb.CHANGES_REQUESTED,
  REJECT: NotificationVerb.REJECTED,
};

function verbOf(activity: Activity): NotificationVerb {
  switch (activity.kind) {
    case 'THREAD_STARTED':
      return NotificationVerb.THREAD_STARTED;
    case 'POST_CREATED':
      return NotificationVerb.POSTED;
    case 'CURATION_DECIDED':
      return VERBS_OF_DECISIONS[activity.decision];
    case 'CASE_PUBLISHED':
      return NotificationVerb.PUBLISHED;
  }
}

/** The "where" that the title names besides the headline, if any (the same cases as `titleFor`). */
function contextOf(activity: Activity, subject: Subject, recipient: Recipient): string | null {
  switch (recipient.kind) {
    case NotificationKind.NEW_THREAD_ON_CASE:
      return subject.caseTitle;
    case NotificationKind.NEW_POST_IN_FOLLOWED:
      return activity.kind === 'THREAD_STARTED' ? subject.networkName : null;
    case NotificationKind.SAVED_SEARCH_MATCH:
      return recipient.savedSearch?.name ?? null;
    default:
      return null;
  }
}

export function draftFor(activity: Activity, subject: Subject, recipient: Recipient): NotificationDraft {
  return {
    recipientId: recipient.userId,
    kind: recipient.kind,
    actorId: activity.actorId,
    networkId: subject.networkId,
    membersOnly: subject.membersOnly,
    threadId: subject.threadId,
    postId: subject.postId,
    caseId: subject.caseId,
    savedSearchId: recipient.savedSearch?.id ?? null,
    followedTargetId: recipient.followedTargetId,
    title: shorten(titleFor(activity, subject, recipient), TITLE_MAX),
    headline: shorten(subject.headline, TITLE_MAX),
    context: nullableShortened(contextOf(activity, subject, recipient)),
    verb: verbOf(activity),
    summary: subject.excerpt,
    link: subject.link,
  };
}
