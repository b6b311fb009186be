import { isOgpValueSlug, isSdgNumber, isThemeSlug } from '@casebook/taxonomy';
import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { checkCount, rejectUnknown } from '../cases/case.filter.js';
import { isUuid } from '../cases/operations/case-access.js';
import { findCitiesBySlugOrId } from '../cities/city.lookup.js';
import { Network } from '../networks/network.entity.js';
import { CommitmentStatus } from './commitment.enums.js';
import type { Commitment } from './commitment.entity.js';
import type { CommitmentFilterInput } from './commitment.types.js';
import { todayUtc } from './commitment.validation.js';
import { Milestone } from './milestone.entity.js';

/** Names every unknown value of a commitment filter, and answers the conditions of the list. */
export async function commitmentConditions(ctx: RequestContext, filter: CommitmentFilterInput = {}): Promise<FilterQuery<Commitment>> {
  const { cities = [], networks = [], statuses = [], ogpValues = [], sdgs = [], themes = [] } = filter;
  for (const [field, values] of Object.entries({ cities, networks, statuses, ogpValues, sdgs, themes })) checkCount(`filter.${field}`, values);
  rejectUnknown('filter.sdgs', sdgs, isSdgNumber, 'SDGs are numbered 1 to 17.');
  rejectUnknown('filter.ogpValues', ogpValues, isOgpValueSlug, 'See the `ogpValues` query for the list.');
  rejectUnknown('filter.themes', themes, isThemeSlug, 'See the `themes` query for the list.');
  if (filter.actionPlanId != null && !isUuid(filter.actionPlanId)) throw new BadInputError('Not an action plan id.', 'filter.actionPlanId');

  const [foundCities, foundNetworks] = await Promise.all([
    cities.length ? findCitiesBySlugOrId(ctx.em, cities) : new Map(),
    networks.length ? ctx.em.find(Network, { slug: { $in: networks } }, { fields: ['id', 'slug'] }) : [],
  ]);
  rejectUnknown('filter.cities', cities, (value) => foundCities.has(value), 'Use city slugs (e.g. `paris-fr`) or ids.');
  const networkSlugs = new Set(foundNetworks.map((network) => network.slug));
  rejectUnknown('filter.networks', networks, (slug) => networkSlugs.has(slug), 'See the `networks` query for the list.');

  const where: FilterQuery<Commitment>[] = [];
  if (cities.length) where.push({ actionPlan: { city: { $in: [...new Set([...foundCities.values()].map((city) => city.id))] } } });
  if (networks.length) where.push({ network: { $in: foundNetworks.map((network) => network.id) } });
  if (statuses.length) where.push({ status: { $in: statuses } });
  if (ogpValues.length) where.push({ ogpValues: { $overlap: ogpValues } });
  if (sdgs.length) where.push({ sdgs: { $overlap: sdgs } });
  if (themes.length) where.push({ themes: { $overlap: themes } });
  if (filter.actionPlanId) where.push({ actionPlan: filter.actionPlanId });
  if (filter.overdue != null) where.push({ id: { [filter.overdue ? '$in' : '$nin']: overdueCommitmentIds(ctx) } });
  return where.length ? { $and: where } : {};
}

/** A sub-query: ids of commitments with a milestone past due (before today, UTC) and not COMPLETE. */
export function overdueCommitmentIds(ctx: RequestContext) {
  return ctx.em
    .createQueryBuilder(Milestone, 'overdue')
    .select('overdue.commitment_id')
    .where({ dueDate: { $lt: todayUtc() }, status: { $ne: CommitmentStatus.COMPLETE } })
    .getKnexQuery();
}
