import { createHmac, timingSafeEqual } from 'node:crypto';
import type { JobDb } from './job-db.js';

/**
 * Unsubscribe links work without signing in, so the link itself must prove who it is for: an HMAC (SHA-256)
 * over the user id and the scope, keyed by a per-database secret (`notification_settings`, made by the
 * migration). Scope `all` turns email off; a UUID scope unfollows that thread, case, network or saved search.
 * The links do not expire: an old email's link keeps working, and all it can do is send less email.
 */
export type UnsubscribeScope = 'all' | { targetId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function unsubscribeKey(db: JobDb): Promise<string> {
  const { rows } = await db.query<{ unsubscribe_key: string }>('select unsubscribe_key from notification_settings where id = 1');
  if (!rows[0]) throw new Error('notification_settings has no unsubscribe key: run the migrations');
  return rows[0].unsubscribe_key;
}

function signature(key: string, payload: string): string {
  return createHmac('sha256', key).update(`unsubscribe:${payload}`).digest('base64url');
}

export function signUnsubscribeToken(key: string, userId: string, scope: UnsubscribeScope): string {
  const payload = `${userId}.${scope === 'all' ? 'all' : scope.targetId}`;
  return `${payload}.${signature(key, payload)}`;
}

/** The user and scope the token was signed for, or null for anything else (malformed, altered, foreign). */
export function verifyUnsubscribeToken(key: string, token: string): { userId: string; scope: UnsubscribeScope } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [userId, scope, given, ...rest] = token.split('.');
  if (rest.length || !userId || !scope || !given || !UUID.test(userId) || (scope !== 'all' && !UUID.test(scope))) return null;
  const expected = Buffer.from(signature(key, `${userId}.${scope}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, scope: scope === 'all' ? 'all' : { targetId: scope } };
}

/** The unsubscribe address carried by emails: the same path on the web app (which forwards it) and the API. */
export function unsubscribeUrl(webUrl: string, token: string): string {
  return `${webUrl}/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
}
