import type { RequestContext } from '../../context.js';
import { BadInputError, ForbiddenError } from '../../errors.js';
import { requireViewer } from '../accounts/account.guards.js';
import { withAudit } from '../audit/audit.js';
import { membershipPolicy } from '../memberships/membership.policy.js';
import { isLicenceId, LICENCES } from '../opendata/licence.js';
import { Network } from './network.entity.js';

/** A network's coordinators choose the licence its published cards are exported under. */
export async function setNetworkLicence(ctx: RequestContext, slug: string, licenceId: string): Promise<Network> {
  const viewer = requireViewer(ctx);
  const network = await ctx.em.findOne(Network, { slug });
  if (!network) throw new BadInputError(`Unknown network "${slug.slice(0, 80)}".`, 'network');
  if (!membershipPolicy.canManageMembers(viewer, network.id)) throw new ForbiddenError('Only the network\'s coordinators can choose its licence.');
  const id = licenceId.trim();
  if (!isLicenceId(id)) {
    throw new BadInputError(`Unknown licence "${licenceId.slice(0, 40)}". Licences are ${LICENCES.map((licence) => licence.id).join(', ')}.`, 'licence');
  }
  return withAudit(ctx, { network, action: 'network.licence', recordType: 'network', recordId: network.id }, async (tx, audit) => {
    const locked = await tx.findOneOrFail(Network, { id: network.id });
    audit.details = { from: locked.licence, to: id };
    locked.licence = id;
    return locked;
  });
}
