import type { RequestContext } from '../../../context.js';
import type { User } from '../../accounts/user.entity.js';
import { Network } from '../../networks/network.entity.js';
import { NetworkBlock, TrustedPoster } from '../network-space.entity.js';
import { threadPolicy } from '../thread.policy.js';
import type { PosterStandingType } from '../thread.types.js';

interface Mark {
  user: User;
  by: User | null;
  createdAt: Date;
}

/** Adds one mark to the user's standing; `since` and `by` follow the most recent mark. */
function addMark(standings: Map<string, PosterStandingType>, mark: Mark, kind: 'blocked' | 'trusted'): void {
  const standing = standings.get(mark.user.id) ?? { user: mark.user, blocked: false, trusted: false, since: mark.createdAt, by: mark.by };
  standing[kind] = true;
  if (mark.createdAt > standing.since) Object.assign(standing, { since: mark.createdAt, by: mark.by });
  standings.set(mark.user.id, standing);
}

/**
 * The users blocked or trusted in a network, one entry per user, the most recently marked first. For the
 * network's coordinators; null for anyone else. Three statements (the network, its blocks, its trusted
 * posters, each with the users joined) whatever the number of marks.
 */
export async function networkStandings(ctx: RequestContext, slug: string): Promise<PosterStandingType[] | null> {
  const network = await ctx.em.findOne(Network, { slug });
  if (!network || !threadPolicy.canModerateNetwork(ctx.viewer, network.id)) return null;
  const [blocks, trusted] = await Promise.all([
    ctx.em.find(NetworkBlock, { network }, { populate: ['user', 'blockedBy'], strategy: 'joined' }),
    ctx.em.find(TrustedPoster, { network }, { populate: ['user', 'trustedBy'], strategy: 'joined' }),
  ]);
  const standings = new Map<string, PosterStandingType>();
  for (const block of blocks) addMark(standings, { user: block.user, by: block.blockedBy, createdAt: block.createdAt }, 'blocked');
  for (const trust of trusted) addMark(standings, { user: trust.user, by: trust.trustedBy, createdAt: trust.createdAt }, 'trusted');
  return [...standings.values()].sort((x, y) => y.since.getTime() - x.since.getTime() || x.user.id.localeCompare(y.user.id));
}
