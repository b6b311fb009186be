import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { inTransaction, type JobDb } from './job-db.js';
import { draftFor, loadSubject, type NotificationDraft } from './notification-content.js';
import { EmailDelivery } from './notification.enums.js';
import { enqueueEmails, type FanOutJob } from './notification.queue.js';
import { recipientsFor } from './recipients.js';

/**
 * Inserts the event's notifications; a recipient who already has one for this event (the job ran before)
 * gets nothing new. Returns the rows actually inserted.
 */
async function insertNotifications(db: JobDb, job: FanOutJob, drafts: NotificationDraft[]): Promise<{ id: string; recipient_id: string; kind: string }[]> {
  const rows = drafts.map((draft) => ({
    id: randomUUID(),
    recipient_id: draft.recipientId,
    kind: draft.kind,
    event_key: job.eventKey,
    actor_id: draft.actorId,
    network_id: draft.networkId,
    members_only: draft.membersOnly,
    thread_id: draft.threadId,
    post_id: draft.postId,
    case_id: draft.caseId,
    saved_search_id: draft.savedSearchId,
    followed_target_id: draft.followedTargetId,
    title: draft.title,
    headline: draft.headline,
    context: draft.context,
    verb: draft.verb,
    summary: draft.summary,
    link: draft.link,
  }));
  const { rows: inserted } = await db.query<{ id: string; recipient_id: string; kind: string }>(
    `insert into notifications (id, recipient_id, kind, event_key, actor_id, network_id, members_only, thread_id, post_id, case_id,
                                saved_search_id, followed_target_id, title, headline, context, verb, summary, link, created_at)
     select r.id, r.recipient_id, r.kind::notification_kind, r.event_key, r.actor_id, r.network_id, r.members_only, r.thread_id, r.post_id,
            r.case_id, r.saved_search_id, r.followed_target_id, r.title, r.headline, r.context, r.verb::notification_verb, r.summary, r.link,
            date_trunc('milliseconds', coalesce($2::timestamptz, now()))
       from jsonb_to_recordset($1::jsonb) as r(id uuid, recipient_id uuid, kind text, event_key text, actor_id uuid, network_id uuid,
            members_only boolean, thread_id uuid, post_id uuid, case_id uuid, saved_search_id uuid, followed_target_id uuid,
            title text, headline text, context text, verb text, summary text, link text)
       join users u on u.id = r.recipient_id
     on conflict (recipient_id, event_key) do nothing
     returning id, recipient_id, kind`,
    [JSON.stringify(rows), job.occurredAt ?? null],
  );
  return inserted;
}

/** Of the new rows, those whose recipient wants each notification emailed at once (no row: IMMEDIATE). */
async function emailedAtOnce(db: JobDb, rows: { id: string; recipient_id: string; kind: string }[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const { rows: preferences } = await db.query<{ user_id: string; email: EmailDelivery; muted_kinds: string[] }>(
    'select user_id, email, muted_kinds from notification_preferences where user_id = any($1::uuid[])',
    [rows.map((row) => row.recipient_id)],
  );
  const byUser = new Map(preferences.map((preference) => [preference.user_id, preference]));
  return rows
    .filter((row) => {
      const preference = byUser.get(row.recipient_id);
      return !preference || (preference.email === EmailDelivery.IMMEDIATE && !preference.muted_kinds.includes(row.kind));
    })
    .map((row) => row.id);
}

/**
 * The fan-out job: who hears of the activity, one notification each, and an email job for each new one
 * whose recipient wants it at once — the rows and their email jobs in one transaction, so that a retry
 * after a crash neither loses emails nor sends them twice.
 */
export async function fanOut(pool: pg.Pool, job: FanOutJob): Promise<number> {
  const subject = await loadSubject(pool, job.activity);
  if (!subject) return 0;
  const recipients = await recipientsFor(pool, job.activity, subject);
  if (recipients.length === 0) return 0;
  const drafts = recipients.map((recipient) => draftFor(job.activity, subject, recipient));
  return inTransaction(pool, async (db) => {
    const inserted = await insertNotifications(db, job, drafts);
    await enqueueEmails(db, await emailedAtOnce(db, inserted));
    return inserted.length;
  });
}
