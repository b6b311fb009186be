import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Activity } from './activity.js';
import { transactionDb, type JobDb } from './job-db.js';
import { FollowTargetKind } from './notification.enums.js';
import { enqueueFanOut } from './notification.queue.js';

/**
 * The event's name, unique per event: a post or a thread names itself; a curation decision or a publication
 * gets a fresh id, since one card may be decided on (or published) more than once.
 */
export function eventKeyOf(activity: Activity): string {
  switch (activity.kind) {
    case 'THREAD_STARTED':
      return `thread:${activity.threadId}`;
    case 'POST_CREATED':
      return `post:${activity.postId}`;
    case 'CURATION_DECIDED':
      return `curation:${activity.caseId}:${randomUUID()}`;
    case 'CASE_PUBLISHED':
      return `published:${activity.caseId}:${randomUUID()}`;
  }
}

/** Starting or replying to a thread follows it: later posts in it notify the actor. */
async function followThread(db: JobDb, userId: string, threadId: string): Promise<void> {
  await db.query(
    `insert into follows (id, user_id, target_kind, target_id) values ($1, $2, $3, $4) on conflict (user_id, target_id) do nothing`,
    [randomUUID(), userId, FollowTargetKind.THREAD, threadId],
  );
}

/**
 * Records an activity in the caller's open transaction (`tx`): the actor follows the thread they started or
 * replied to, and one fan-out job is enqueued; both commit or roll back with the change. The job (see
 * fan-out.job.ts) decides who hears of it, after the commit.
 */
export async function recordActivity(tx: EntityManager, activity: Activity): Promise<void> {
  const db = await transactionDb(tx);
  if (activity.kind === 'THREAD_STARTED' || activity.kind === 'POST_CREATED') await followThread(db, activity.actorId, activity.threadId);
  await enqueueFanOut(db, { eventKey: eventKeyOf(activity), activity, occurredAt: new Date().toISOString() });
}
