import 'server-only';
import { ApiUserError } from '../api-client';

/** `message` is the API's refusal; null when the link itself is incomplete (the page words that). */
export type LinkOutcome = { ok: true } | { ok: false; message: string | null };

/**
 * Follows an emailed link's token: runs `redeem`, and answers the API's message when it refuses (an
 * expired or used link). Other failures are thrown, for the error page.
 */
export async function linkOutcome(token: unknown, redeem: (token: string) => Promise<void>): Promise<LinkOutcome> {
  if (typeof token !== 'string' || !token) return { ok: false, message: null };
  try {
    await redeem(token);
    return { ok: true };
  } catch (error) {
    if (error instanceof ApiUserError) return { ok: false, message: error.message };
    throw error;
  }
}
