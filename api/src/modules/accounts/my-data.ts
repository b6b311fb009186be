import type { RequestContext } from '../../context.js';
import { AppError, ErrorCode } from '../../errors.js';
import { CaseCard } from '../cases/case.entity.js';
import { Invitation } from '../memberships/invitation.entity.js';
import { Membership, NetworkRole } from '../memberships/membership.entity.js';
import { Follow } from '../notifications/follow.entity.js';
import { SavedSearch } from '../notifications/saved-search.entity.js';
import { Post } from '../threads/post.entity.js';
import { requireViewer } from './account.guards.js';
import { passwordMatches } from './password.js';
import { Session } from './session.entity.js';
import { endSession } from './session.service.js';
import { User } from './user.entity.js';

/** "Download my data": everything the account holds and everything its owner wrote, as JSON. */
export async function myData(ctx: RequestContext): Promise<Record<string, unknown>> {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
  const [memberships, sessions, invitationsSent, cases, posts, follows, savedSearches] = await Promise.all([
    ctx.em.find(Membership, { user }, { populate: ['network'] }),
    ctx.em.find(Session, { user }),
    ctx.em.find(Invitation, { invitedBy: user }, { populate: ['network'] }),
    ctx.em.find(CaseCard, { author: user }, { populate: ['network'], orderBy: { createdAt: 'asc' } }),
    ctx.em.find(Post, { author: user }, { orderBy: { createdAt: 'asc' } }),
    ctx.em.find(Follow, { user }, { orderBy: { createdAt: 'asc' } }),
    ctx.em.find(SavedSearch, { user }, { orderBy: { createdAt: 'asc' } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt,
      twoFactorEnabledAt: user.totpEnabledAt,
      isPlatformAdmin: user.isPlatformAdmin,
    },
    memberships: memberships.map((membership) => ({ network: membership.network.slug, role: membership.role, since: membership.createdAt })),
    sessions: sessions.map((session) => ({ createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, expiresAt: session.expiresAt, userAgent: session.userAgent, stage: session.stage })),
    cases: cases.map((card) => ({ id: card.id, network: card.network.slug, slug: card.slug, title: card.title, status: card.status, createdAt: card.createdAt })),
    posts: posts.map((post) => ({ id: post.id, thread: post.thread.id, body: post.body, createdAt: post.createdAt, editedAt: post.editedAt, deletedAt: post.deletedAt })),
    follows: follows.map((follow) => ({ kind: follow.targetKind, targetId: follow.targetId, since: follow.createdAt })),
    savedSearches: savedSearches.map((search) => ({ name: search.name, query: search.query, filters: search.filters, createdAt: search.createdAt })),
    invitationsSent: invitationsSent.map((invitation) => ({ network: invitation.network.slug, email: invitation.email, role: invitation.role, createdAt: invitation.createdAt, acceptedAt: invitation.acceptedAt })),
  };
}

/**
 * Deletes the account: its row, sessions, memberships, tokens, invitations to its address and its rate-limit
 * counters. What it wrote stays, unattributed ("a deleted user"); cards stay with their networks.
 */
export async function deleteAccount(ctx: RequestContext, password: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
  if (!(await passwordMatches(user.passwordHash, password))) throw new AppError(ErrorCode.BadUserInput, 'The password is incorrect.', { field: 'password' });

  const coordinated = await ctx.em.find(Membership, { user, role: NetworkRole.COORDINATOR }, { populate: ['network'] });
  for (const membership of coordinated) {
    const others = await ctx.em.count(Membership, { network: membership.network, role: NetworkRole.COORDINATOR, user: { $ne: user } });
    if (others === 0) {
      throw new AppError(ErrorCode.BadUserInput, `You are the last coordinator of ${membership.network.name}: appoint another coordinator first.`);
    }
  }

  await ctx.em.transactional(async (tx) => {
    await tx.nativeDelete(Invitation, { email: user.email });
    await tx.getConnection().execute(`delete from rate_limits where key like ? or key like ?`, [`%:account:${user.email}`, `%:account:${user.id}`]);
    await tx.nativeDelete(User, { id: user.id });
  });
  await endSession(ctx);
  return true;
}
