import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context.js';
import { Membership } from '../memberships/membership.entity.js';
import type { User } from './user.entity.js';

/** The viewer for a signed-in user: who they are and their role in each network. */
export async function viewerFor(em: EntityManager, user: User): Promise<Viewer> {
  const memberships = await em.find(Membership, { user }, { populate: ['network'] });
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: memberships.map((membership) => ({ networkId: membership.network.id, networkSlug: membership.network.slug, role: membership.role, cityIds: [...membership.cityIds] })),
  };
}
