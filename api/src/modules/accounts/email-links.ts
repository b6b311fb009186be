import type { EntityManager } from '@mikro-orm/postgresql';
import { EmailToken, EmailTokenPurpose } from './email-token.entity.js';
import { hashToken, newToken } from './tokens.js';
import type { User } from './user.entity.js';

const LIFETIME_MINUTES: Record<EmailTokenPurpose, number> = {
  [EmailTokenPurpose.VERIFY_EMAIL]: 48 * 60,
  [EmailTokenPurpose.RESET_PASSWORD]: 60,
  [EmailTokenPurpose.CHANGE_EMAIL]: 24 * 60,
};

const PATHS: Record<EmailTokenPurpose, string> = {
  [EmailTokenPurpose.VERIFY_EMAIL]: '/verify-email',
  [EmailTokenPurpose.RESET_PASSWORD]: '/reset-password',
  [EmailTokenPurpose.CHANGE_EMAIL]: '/confirm-email',
};

/** Creates a single-use token and returns the web link that carries it. */
export async function issueEmailLink(em: EntityManager, webUrl: string, user: User, purpose: EmailTokenPurpose, newEmail: string | null = null): Promise<string> {
  const { token, hash } = newToken();
  em.create(EmailToken, { tokenHash: hash, user, purpose, newEmail, expiresAt: new Date(Date.now() + LIFETIME_MINUTES[purpose] * 60_000) });
  await em.flush();
  return `${webUrl}${PATHS[purpose]}?token=${token}`;
}

/** Uses a token once: the live token for that purpose, marked used, or null. */
export async function redeemEmailLink(em: EntityManager, token: string, purpose: EmailTokenPurpose): Promise<EmailToken | null> {
  if (!token || token.length > 100) return null;
  const found = await em.findOne(EmailToken, { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
  if (!found) return null;
  found.usedAt = new Date();
  await em.flush();
  return found;
}
