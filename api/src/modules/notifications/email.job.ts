import type pg from 'pg';
import type { Mailer } from '../mail/mailer.js';
import { immediateEmail } from './notification-email.js';
import { footerLinks, MAIL_ROW_SQL, recipientOf, toMailable, type MailRow } from './notification-mail.data.js';
import { EmailDelivery } from './notification.enums.js';

export interface MailDeps {
  pool: pg.Pool;
  mailer: Mailer;
  /** The web app's address, without a trailing slash. */
  webUrl: string;
}

export type EmailOutcome = 'sent' | 'already sent' | 'not wanted' | 'gone';

/** Whether the recipient still wants this one emailed at once, and may still read it. */
function wanted(row: MailRow): boolean {
  return row.delivery === EmailDelivery.IMMEDIATE && !row.muted_kinds.includes(row.kind) && row.readable;
}

/**
 * The email job: sends one notification's email at most once. `emailed_at` is claimed (set, if still null)
 * before sending, so that a retry after a successful send finds it taken; a failed send releases the claim and
 * throws, and pg-boss retries the job with backoff.
 */
export async function deliverEmail(deps: MailDeps, notificationId: string): Promise<EmailOutcome> {
  const { rows } = await deps.pool.query<MailRow>(`${MAIL_ROW_SQL} where n.id = $1`, [notificationId]);
  const row = rows[0];
  if (!row) return 'gone';
  if (row.emailed_at) return 'already sent';
  if (!wanted(row)) return 'not wanted';
  const message = immediateEmail(deps.webUrl, recipientOf(row), toMailable(row), await footerLinks(deps.pool, deps.webUrl, row.recipient_id, [row]));

  const claimed = await deps.pool.query('update notifications set emailed_at = now() where id = $1 and emailed_at is null and digested_at is null returning id', [notificationId]);
  if (!claimed.rowCount) return 'already sent';
  try {
    await deps.mailer.send(message);
  } catch (error) {
    await deps.pool.query('update notifications set emailed_at = null where id = $1', [notificationId]);
    throw error;
  }
  return 'sent';
}
