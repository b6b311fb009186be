import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { Network } from './network.entity.js';

export function listNetworks(ctx: RequestContext): Promise<Network[]> {
  return ctx.em.find(Network, {}, { orderBy: { name: 'asc' } });
}

export function findNetworkBySlug(ctx: RequestContext, slug: string): Promise<Network | null> {
  return ctx.em.findOne(Network, { slug });
}

/** Published case counts for many networks in one query (used by a DataLoader). */
export async function countPublishedCasesByNetwork(ctx: RequestContext, networkIds: readonly string[]): Promise<number[]> {
  const rows: { network_id: string; count: number }[] = await ctx.em
    .createQueryBuilder(CaseCard, 'c')
    .select(['c.network_id', raw('count(*)::int as count')])
    .where({ network: { $in: [...networkIds] }, status: CaseStatus.PUBLISHED })
    .groupBy('c.network_id')
    .execute('all', false);
  const counts = new Map(rows.map((row) => [row.network_id, Number(row.count)]));
  return networkIds.map((id) => counts.get(id) ?? 0);
}
