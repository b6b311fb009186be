import { BadInputError } from '../../errors.js';

/** Keyset position in "newest published first" order; opaque to clients. */
export interface CasePosition {
  publishedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(position: CasePosition): string {
  return Buffer.from(JSON.stringify([position.publishedAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CasePosition {
  const malformed = new BadInputError(`Malformed cursor "${cursor.slice(0, 60)}": pass an endCursor from a previous page.`, 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw malformed;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw malformed;
  const [iso, id] = parsed as unknown[];
  const publishedAt = typeof iso === 'string' ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(publishedAt.getTime()) || typeof id !== 'string' || !UUID.test(id)) throw malformed;
  return { publishedAt, id };
}
