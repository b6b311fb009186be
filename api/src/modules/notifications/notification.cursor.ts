import { decodeCursor, encodeCursor } from '../cases/case.cursor.js';

/** Keyset position in "newest first" order; opaque to clients, the same encoding as every other list. */
export interface NotificationPosition {
  createdAt: Date;
  id: string;
}

export function encodeNotificationCursor(position: NotificationPosition): string {
  return encodeCursor({ publishedAt: position.createdAt, id: position.id });
}

export function decodeNotificationCursor(cursor: string): NotificationPosition {
  const { publishedAt, id } = decodeCursor(cursor);
  return { createdAt: publishedAt, id };
}
