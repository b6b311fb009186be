import type { RequestContext } from '../../context.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { membershipPolicy } from '../memberships/membership.policy.js';
import { Network } from '../networks/network.entity.js';
import type { ViewerType } from './account.types.js';

/** The `viewer` query: null when not signed in. */
export async function viewerQuery(ctx: RequestContext): Promise<ViewerType | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  const [user, sessions, networks] = await Promise.all([
    ctx.em.findOneOrFail(User, { id: viewer.userId }),
    ctx.em.find(Session, { user: viewer.userId, expiresAt: { $gt: new Date() } }, { orderBy: { lastSeenAt: 'desc' } }),
    ctx.em.find(Network, { id: { $in: viewer.memberships.map((membership) => membership.networkId) } }),
  ]);
  const networksById = new Map(networks.map((network) => [network.id, network]));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    twoFactorEnabled: !!user.totpEnabledAt,
    twoFactorRequired: membershipPolicy.requiresSecondFactor(viewer) && !user.isDemo,
    memberships: viewer.memberships.map((membership) => ({ role: membership.role, network: networksById.get(membership.networkId)!, cityIds: membership.cityIds })),
    sessions: sessions.map((session) => ({
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      expiresAt: session.expiresAt,
      userAgent: session.userAgent,
      current: session.tokenHash === ctx.session?.tokenHash,
    })),
  };
}
