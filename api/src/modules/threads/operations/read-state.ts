import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/** Moves the user's read marker of a thread forward to `at` (never back), in the caller's transaction. */
export async function markReadUpTo(em: EntityManager, threadId: string, userId: string, at: Date): Promise<void> {
  await em.execute(
    `insert into thread_reads (id, thread_id, user_id, last_read_at) values (?, ?, ?, ?)
     on conflict (thread_id, user_id) do update set last_read_at = greatest(thread_reads.last_read_at, excluded.last_read_at)`,
    [randomUUID(), threadId, userId, at],
  );
}
