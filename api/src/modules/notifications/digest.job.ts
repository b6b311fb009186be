import { EmailDelivery } from './notification.enums.js';
import type { MailDeps } from './email.job.js';
import { digestEmail } from './notification-email.js';
import { footerLinks, MAIL_ROW_SQL, recipientOf, toMailable, type MailRow } from './notification-mail.data.js';

/** A digest covers at most this far back: after a long OFF spell, switching to the digest does not send a backlog. */
const LOOKBACK_DAYS = 7;

export interface DigestOutcome {
  /** Digest emails sent. */
  sent: number;
  /** Notifications they carried. */
  notifications: number;
  /** Recipients whose email failed (their notifications are left for the retry). */
  failed: number;
}

/** Recipients on the daily digest with something not yet emailed nor digested. */
async function digestRecipients(deps: MailDeps, now: Date): Promise<string[]> {
  const { rows } = await deps.pool.query<{ recipient_id: string }>(
    `select distinct n.recipient_id
       from notifications n join notification_preferences p on p.user_id = n.recipient_id and p.email = $1
      where n.digested_at is null and n.emailed_at is null and n.created_at <= $2 and n.created_at > $2::timestamptz - make_interval(days => $3)`,
    [EmailDelivery.DAILY_DIGEST, now, LOOKBACK_DAYS],
  );
  return rows.map((row) => row.recipient_id);
}

/**
 * Claims (marks digested) everything this recipient has not had by email yet, up to `now`, and returns it;
 * muted kinds and members-only items they can no longer read are claimed too, and left out of the email.
 */
async function claimForDigest(deps: MailDeps, recipientId: string, now: Date): Promise<MailRow[]> {
  const { rows: claimed } = await deps.pool.query<{ id: string }>(
    `update notifications set digested_at = $2
      where recipient_id = $1 and digested_at is null and emailed_at is null and created_at <= $2 and created_at > $2::timestamptz - make_interval(days => $3)
      returning id`,
    [recipientId, now, LOOKBACK_DAYS],
  );
  if (claimed.length === 0) return [];
  const { rows } = await deps.pool.query<MailRow>(`${MAIL_ROW_SQL} where n.id = any($1::uuid[]) order by n.created_at, n.id`, [claimed.map((row) => row.id)]);
  return rows;
}

async function release(deps: MailDeps, rows: MailRow[]): Promise<void> {
  await deps.pool.query('update notifications set digested_at = null where id = any($1::uuid[])', [rows.map((row) => row.id)]);
}

/** One recipient's digest: 0 when there was nothing to tell, else the count; throws (after releasing) when sending fails. */
async function sendDigestTo(deps: MailDeps, recipientId: string, now: Date): Promise<number> {
  const claimed = await claimForDigest(deps, recipientId, now);
  const rows = claimed.filter((row) => row.delivery === EmailDelivery.DAILY_DIGEST && row.readable && !row.muted_kinds.includes(row.kind));
  if (rows.length === 0) return 0;
  const message = digestEmail(deps.webUrl, recipientOf(rows[0]!), rows.map(toMailable), await footerLinks(deps.pool, deps.webUrl, recipientId, rows));
  try {
    await deps.mailer.send(message);
  } catch (error) {
    await release(deps, claimed);
    throw error;
  }
  return rows.length;
}

/**
 * The daily digest: one email per DAILY_DIGEST user with everything created up to `now` that was neither
 * emailed nor digested. Each user's items are claimed before sending, so running it twice (or a retry after a
 * partial failure) sends no one the same notification twice. The scheduled job calls it with the job's time;
 * tests call it directly.
 */
export async function sendDailyDigests(deps: MailDeps, now: Date = new Date()): Promise<DigestOutcome> {
  const outcome: DigestOutcome = { sent: 0, notifications: 0, failed: 0 };
  let lastError: unknown = null;
  for (const recipientId of await digestRecipients(deps, now)) {
    try {
      const count = await sendDigestTo(deps, recipientId, now);
      if (count > 0) {
        outcome.sent += 1;
        outcome.notifications += count;
      }
    } catch (error) {
      outcome.failed += 1;
      lastError = error;
    }
  }
  // Fail the job so that pg-boss retries it: only the recipients whose email failed are still undigested.
  if (lastError) throw new Error(`${outcome.failed} digest email(s) failed; the job will be retried`, { cause: lastError });
  return outcome;
}
