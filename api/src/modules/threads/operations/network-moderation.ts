import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../../../context.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { Membership, NetworkRole } from '../../memberships/membership.entity.js';
import { Network } from '../../networks/network.entity.js';
import { NetworkBlock, NetworkSpace, TrustedPoster } from '../network-space.entity.js';
import { Thread } from '../thread.entity.js';
import { threadPolicy } from '../thread.policy.js';
import { spaceMembersOnly } from './thread-access.js';

/** The network a coordinator moderates; others are refused (networks are public, so refusing reveals nothing). */
async function moderatedNetwork(tx: EntityManager, viewer: Viewer, slug: string): Promise<Network> {
  const network = await tx.findOne(Network, { slug });
  if (!network) throw new NotFoundError('No such network.');
  if (!threadPolicy.canModerateNetwork(viewer, network.id)) throw new ForbiddenError('Only the network\'s coordinators can do this.');
  return network;
}

async function userNamed(tx: EntityManager, userId: string): Promise<User> {
  if (!isUuid(userId)) throw new BadInputError('userId is not a user id.', 'userId');
  const user = await tx.findOne(User, { id: userId });
  if (!user) throw new NotFoundError('No such user.');
  return user;
}

export type PosterMark = 'block' | 'trust';

/** Adds or removes one mark of a user in a network; true when something changed. */
async function applyMark(tx: EntityManager, mark: PosterMark, on: boolean, refs: { network: Network; user: User; by: User }): Promise<boolean> {
  const entity = mark === 'block' ? NetworkBlock : TrustedPoster;
  const existing = await tx.findOne(entity, { network: refs.network, user: refs.user });
  if (on === !!existing) return false;
  if (existing) tx.remove(existing);
  else if (mark === 'block') tx.create(NetworkBlock, { network: refs.network, user: refs.user, blockedBy: refs.by });
  else tx.create(TrustedPoster, { network: refs.network, user: refs.user, trustedBy: refs.by });
  return true;
}

/**
 * Blocks a user from posting in the network (or trusts them: no new-account link limit there), or lifts
 * the mark. Coordinators only; a coordinator cannot be blocked (change their role first). Any existing
 * user may be marked: public threads take posts from people outside the network.
 */
export async function setPosterMark(ctx: RequestContext, options: { network: string; userId: string; mark: PosterMark; on: boolean }): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const action = `network.${options.on ? '' : 'un'}${options.mark}-user`;
  return withAudit(ctx, { action, recordType: 'user', recordId: options.userId.slice(0, 64) }, async (tx, audit) => {
    const network = await moderatedNetwork(tx, viewer, options.network);
    audit.network = network;
    const user = await userNamed(tx, options.userId);
    if (options.mark === 'block' && options.on && (await tx.count(Membership, { user, network, role: NetworkRole.COORDINATOR })) > 0) {
      throw new BadInputError('Coordinators cannot be blocked: change their role first.', 'userId');
    }
    audit.details = { changed: await applyMark(tx, options.mark, options.on, { network, user, by: tx.getReference(User, viewer.userId) }) };
    return true;
  });
}

/**
 * Coordinators make the network's space members-only or public. Making it members-only also makes every
 * thread already in the space members-only; making it public again opens only threads started afterwards
 * (existing members-only threads stay so: nothing private becomes public by a switch).
 */
export async function setSpaceVisibility(ctx: RequestContext, slug: string, membersOnly: boolean): Promise<Network> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'network.space-visibility', recordType: 'network' }, async (tx, audit) => {
    const network = await moderatedNetwork(tx, viewer, slug);
    audit.network = network;
    audit.recordId = network.id;
    await spaceMembersOnly(tx, network.id, 'exclusive');
    const space = (await tx.findOne(NetworkSpace, { network })) ?? tx.create(NetworkSpace, { network });
    const closed = membersOnly ? await tx.nativeUpdate(Thread, { network, case: null, membersOnly: false }, { membersOnly: true }) : 0;
    audit.details = { membersOnly, was: space.membersOnly, threadsClosed: closed };
    space.membersOnly = membersOnly;
    space.updatedAt = new Date();
    return network;
  });
}
