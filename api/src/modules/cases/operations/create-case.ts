import type { RequestContext } from '../../../context.js';
import { BadInputError, ForbiddenError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { User } from '../../accounts/user.entity.js';
import { withAudit } from '../../audit/audit.js';
import { Network } from '../../networks/network.entity.js';
import { CaseCard, CaseStatus } from '../case.entity.js';
import { RevisionKind } from '../case-revision.entity.js';
import { casePolicy } from '../case.policy.js';
import { uniqueSlug } from '../case.slug.js';
import { applySnapshot, canonicalCities, changedFields, EMPTY_SNAPSHOT, snapshotOf } from '../case.snapshot.js';
import { validateCaseInput } from '../case.validation.js';
import type { CaseInput } from '../curation.types.js';
import { recordRevision } from './case-access.js';

/** An editor or coordinator starts a card in their network, as a draft; nothing but the network is required. */
export async function createCase(ctx: RequestContext, input: CaseInput): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  const slug = input.network?.trim();
  if (!slug) throw new BadInputError('Choose the network the card belongs to.', 'input.network');
  const network = await ctx.em.findOne(Network, { slug });
  if (!network) throw new BadInputError(`Unknown network "${slug.slice(0, 80)}".`, 'input.network');
  if (!casePolicy.canCreateIn(viewer, network.id)) throw new ForbiddenError('Only the network\'s editors and coordinators can add cards to it.');
  const values = validateCaseInput(input);

  return withAudit(ctx, { network, action: 'case.create', recordType: 'case' }, async (tx, audit) => {
    const wanted = { ...EMPTY_SNAPSHOT, ...values };
    wanted.cities = await canonicalCities(tx, wanted.cities);
    const card = tx.create(CaseCard, { network, title: '', slug: await uniqueSlug(tx, wanted.title), author: tx.getReference(User, viewer.userId), status: CaseStatus.DRAFT, cities: [] });
    await applySnapshot(tx, card, wanted);
    const snapshot = snapshotOf(card);
    recordRevision(tx, card, viewer.userId, RevisionKind.CREATED, snapshot, changedFields(null, snapshot));
    audit.recordId = card.id;
    audit.details = { status: card.status };
    return card;
  });
}
