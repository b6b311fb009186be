import PgBoss from 'pg-boss';
import type { Activity } from './activity.js';
import type { JobDb } from './job-db.js';

export const FAN_OUT_QUEUE = 'notification-fan-out';
export const EMAIL_QUEUE = 'notification-email';
export const DIGEST_QUEUE = 'notification-digest';
export const PGBOSS_SCHEMA = 'pgboss';

/** One activity to turn into notifications; `eventKey` names the event, so that a retry notifies no one twice. */
export interface FanOutJob {
  eventKey: string;
  activity: Activity;
  /** When it happened (ISO 8601): the notifications' time, however late the job runs. */
  occurredAt?: string;
}

export interface EmailJob {
  notificationId: string;
}

/**
 * Queue settings: retried with exponential backoff (1 s, 2 s, 4 s, …). The fan-out of CASE_PUBLISHED
 * retries while the card is not yet in the search index.
 */
export const QUEUE_OPTIONS: Record<string, PgBoss.Queue> = {
  [FAN_OUT_QUEUE]: { name: FAN_OUT_QUEUE, retryLimit: 12, retryDelay: 1, retryBackoff: true, expireInSeconds: 300 },
  [EMAIL_QUEUE]: { name: EMAIL_QUEUE, retryLimit: 10, retryDelay: 1, retryBackoff: true, expireInSeconds: 120 },
  [DIGEST_QUEUE]: { name: DIGEST_QUEUE, retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 1800 },
};

/**
 * Writes jobs through a connection the caller gives (`db`), never its own: a PgBoss that is never started
 * and holds no connection, used only for its job-insert SQL. That is how a job joins the caller's
 * transaction (the same way the search indexing queue does) without a queue object in the request context.
 */
const writer = new PgBoss({
  schema: PGBOSS_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error('the job writer only writes through a given connection')) },
});

async function sendThrough(db: JobDb, queue: string, data: object): Promise<void> {
  const id = await writer.send(queue, data, { db: { executeSql: (text, values) => db.query(text, values) } });
  // pg-boss inserts nothing when the queue does not exist: losing a job silently would lose notifications.
  if (!id) throw new Error(`job queue "${queue}" is missing: the notifications runtime must start before activities are recorded`);
}

export function enqueueFanOut(db: JobDb, job: FanOutJob): Promise<void> {
  return sendThrough(db, FAN_OUT_QUEUE, job);
}

/** One email job per notification, in one statement. */
export async function enqueueEmails(db: JobDb, notificationIds: string[]): Promise<void> {
  if (notificationIds.length === 0) return;
  const jobs = notificationIds.map((notificationId) => ({ name: EMAIL_QUEUE, data: { notificationId } satisfies EmailJob }));
  let inserted = 0;
  // pg-boss's bulk insert returns no ids: the statement's row count tells whether the queue took them.
  await writer.insert(jobs, {
    db: {
      executeSql: async (text, values) => {
        const result = await db.query(text, values);
        inserted = result.rowCount ?? 0;
        return result;
      },
    },
  });
  if (inserted !== jobs.length) throw new Error(`job queue "${EMAIL_QUEUE}" is missing: the notifications runtime must start first`);
}
