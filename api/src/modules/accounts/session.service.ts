import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, SessionRef, Viewer } from '../../context.js';
import { Session, SessionStage } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';
import type { User } from './user.entity.js';
import { viewerFor } from './viewer.js';

export const SESSION_COOKIE = 'casebook_session';
/** A session waiting for its second factor lives this long. */
const PENDING_MINUTES = 10;
/** lastSeenAt is written at most this often, so that reads stay reads. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Opens a session for the user at the given stage and sets the cookie. */
export async function startSession(ctx: RequestContext, user: User, stage: SessionStage): Promise<Session> {
  const { token, hash } = newToken();
  const minutes = stage === SessionStage.ACTIVE ? ctx.accounts.sessionDays * 24 * 60 : PENDING_MINUTES;
  const session = ctx.em.create(Session, {
    tokenHash: hash,
    user,
    stage,
    expiresAt: new Date(Date.now() + minutes * 60_000),
    userAgent: ctx.http.userAgent.slice(0, 300),
  });
  await ctx.em.flush();
  ctx.http.setSessionCookie(token, session.expiresAt);
  ctx.session = { tokenHash: hash, userId: user.id, stage };
  return session;
}

/** Promotes a pending session once its second factor (or its set-up) is done. */
export async function activateSession(ctx: RequestContext, session: Session): Promise<void> {
  const { token, hash } = newToken();
  // A new token on activation: a token seen before the second factor never becomes a full session.
  const active = ctx.em.create(Session, {
    tokenHash: hash,
    user: session.user,
    stage: SessionStage.ACTIVE,
    expiresAt: new Date(Date.now() + ctx.accounts.sessionDays * 24 * 3600_000),
    userAgent: session.userAgent,
  });
  ctx.em.remove(session);
  await ctx.em.flush();
  ctx.http.setSessionCookie(token, active.expiresAt);
  ctx.session = { tokenHash: hash, userId: session.user.id, stage: SessionStage.ACTIVE };
}

export async function endSession(ctx: RequestContext): Promise<void> {
  if (ctx.session) await ctx.em.nativeDelete(Session, { tokenHash: ctx.session.tokenHash });
  ctx.http.clearSessionCookie();
  ctx.session = null;
  ctx.viewer = null;
}

/** "Sign out everywhere": every session of the user, this one included unless kept. */
export async function endAllSessions(em: EntityManager, userId: string, keepTokenHash?: string): Promise<number> {
  return em.nativeDelete(Session, { user: userId, ...(keepTokenHash ? { tokenHash: { $ne: keepTokenHash } } : {}) });
}

/** Reads the session cookie: the session (any stage) and, for an active one, the viewer. */
export async function resolveSession(em: EntityManager, token: string | undefined): Promise<{ session: SessionRef | null; viewer: Viewer | null }> {
  if (!token || token.length > 100) return { session: null, viewer: null };
  const session = await em.findOne(Session, { tokenHash: hashToken(token), expiresAt: { $gt: new Date() } }, { populate: ['user'] });
  if (!session) return { session: null, viewer: null };
  const ref = { tokenHash: session.tokenHash, userId: session.user.id, stage: session.stage };
  if (session.stage !== SessionStage.ACTIVE) return { session: ref, viewer: null };

  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { lastSeenAt: new Date() });
  }
  return { session: ref, viewer: await viewerFor(em, session.user) };
}
