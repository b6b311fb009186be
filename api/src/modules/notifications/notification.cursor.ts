import { BadInputError } from '../../errors.js';

/** Keyset position in "newest first" order; opaque to clients. */
export interface NotificationPosition {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeNotificationCursor(position: NotificationPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

export function decodeNotificationCursor(cursor: string): NotificationPosition {
  const malformed = new BadInputError(`Malformed cursor "${cursor.slice(0, 60)}": pass an endCursor from a previous page.`, 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw malformed;
  const [iso, id] = parsed as unknown[];
  const createdAt = typeof iso === 'string' ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !UUID.test(id)) throw malformed;
  return { createdAt, id };
}
