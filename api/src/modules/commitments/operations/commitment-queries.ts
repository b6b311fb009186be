import { raw, type FilterQuery, type ObjectQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { decodeCursor, encodeCursor } from '../../cases/case.cursor.js';
import { validatePageSize } from '../../cases/case.filter.js';
import { isUuid } from '../../cases/operations/case-access.js';
import type { City } from '../../cities/city.entity.js';
import { findCityBySlugOrId } from '../../cities/city.lookup.js';
import { Network } from '../../networks/network.entity.js';
import { ActionPlan } from '../action-plan.entity.js';
import { COMMITMENT_STATUSES, CommitmentStatus } from '../commitment.enums.js';
import { Commitment } from '../commitment.entity.js';
import { commitmentConditions } from '../commitment.filter.js';
import type { CommitmentConnection, CommitmentFilterInput, CommitmentStatsType } from '../commitment.types.js';
import { todayUtc } from '../commitment.validation.js';
import { Milestone } from '../milestone.entity.js';

/** What lists load with each commitment in the same query: its plan, the plan's city, its network. */
export const COMMITMENT_POPULATE = ['actionPlan', 'actionPlan.city', 'network'] as const;

/** A commitment by id (public), or null when there is none. */
export async function findCommitment(ctx: RequestContext, id: string): Promise<Commitment | null> {
  return isUuid(id) ? ctx.em.findOne(Commitment, { id }, { populate: COMMITMENT_POPULATE }) : null;
}

export async function findActionPlan(ctx: RequestContext, id: string): Promise<ActionPlan | null> {
  return isUuid(id) ? ctx.em.findOne(ActionPlan, { id }, { populate: ['city', 'network'] }) : null;
}

/** Commitments, newest first, as a cursor connection. */
export async function listCommitments(ctx: RequestContext, options: { filter?: CommitmentFilterInput; first: number; after?: string | null }): Promise<CommitmentConnection> {
  validatePageSize(options.first);
  const position = options.after ? decodeCursor(options.after) : null;
  const matching = await commitmentConditions(ctx, options.filter);
  const pageWhere: FilterQuery<Commitment> = position
    ? { $and: [matching, { $or: [{ createdAt: { $lt: position.publishedAt } }, { createdAt: position.publishedAt, id: { $lt: position.id } }] }] }
    : matching;
  const [rows, totalCount] = await Promise.all([
    ctx.em.find(Commitment, pageWhere, { populate: COMMITMENT_POPULATE, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: options.first + 1 }),
    ctx.em.count(Commitment, matching),
  ]);
  const edges = rows.slice(0, options.first).map((node) => ({ node, cursor: encodeCursor({ publishedAt: node.createdAt, id: node.id }) }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A city named by slug or id, or BAD_USER_INPUT naming the argument. */
export async function cityArgument(ctx: RequestContext, value: string, field = 'city'): Promise<City> {
  const city = await findCityBySlugOrId(ctx.em, value);
  if (!city) throw new BadInputError(`Unknown city "${value.slice(0, 80)}": use a city slug (e.g. \`paris-fr\`) or id.`, field);
  return city;
}

async function networkArgument(ctx: RequestContext, slug: string, field = 'network'): Promise<Network> {
  const network = await ctx.em.findOne(Network, { slug });
  if (!network) throw new BadInputError(`Unknown network "${slug.slice(0, 80)}".`, field);
  return network;
}

/** Action plans of a city and/or a network, latest period first. */
export async function listActionPlans(ctx: RequestContext, options: { city?: string | null; network?: string | null }): Promise<ActionPlan[]> {
  const where: FilterQuery<ActionPlan> = {};
  if (options.city) where.city = (await cityArgument(ctx, options.city)).id;
  if (options.network) where.network = (await networkArgument(ctx, options.network)).id;
  return ctx.em.find(ActionPlan, where, { populate: ['city', 'network'], orderBy: [{ periodStart: 'desc' }, { title: 'asc' }, { id: 'asc' }], limit: 500 });
}

/** Counts by status and overdue milestones of the commitments that match; three statements. */
async function statsOf(ctx: RequestContext, where: ObjectQuery<Commitment>): Promise<CommitmentStatsType> {
  const today = todayUtc();
  const [statusRows, overdue] = await Promise.all([
    ctx.em.createQueryBuilder(Commitment, 'c').select(['c.status', raw('count(*)::int as count')]).where(where).groupBy('c.status').execute<{ status: CommitmentStatus; count: number }[]>('all', false),
    ctx.em
      .createQueryBuilder(Milestone, 'm')
      .select([raw('count(*)::int as milestones'), raw('count(distinct m.commitment_id)::int as commitments')])
      .where({ commitment: where, dueDate: { $lt: today }, status: { $ne: CommitmentStatus.COMPLETE } })
      .execute<{ milestones: number; commitments: number }>('get', false),
  ]);
  const counts = new Map(statusRows.map((row) => [row.status, Number(row.count)]));
  const byStatus = COMMITMENT_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  return {
    totalCommitments: byStatus.reduce((sum, entry) => sum + entry.count, 0),
    byStatus,
    overdueMilestones: Number(overdue?.milestones ?? 0),
    overdueCommitments: Number(overdue?.commitments ?? 0),
  };
}

/** A network's dashboard; null for an unknown network. */
export async function networkCommitmentStats(ctx: RequestContext, slug: string): Promise<CommitmentStatsType | null> {
  const network = await ctx.em.findOne(Network, { slug });
  return network ? statsOf(ctx, { network: network.id }) : null;
}

/** A city's progress summary, in every network or in one; null for an unknown city. */
export async function cityCommitmentStats(ctx: RequestContext, city: string, networkSlug?: string | null): Promise<CommitmentStatsType | null> {
  const found = await findCityBySlugOrId(ctx.em, city);
  if (!found) return null;
  const where: ObjectQuery<Commitment> = { actionPlan: { city: found.id } };
  if (networkSlug) where.network = (await networkArgument(ctx, networkSlug)).id;
  return statsOf(ctx, where);
}
