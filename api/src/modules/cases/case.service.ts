import type { FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from '../../context.js';
import { CaseCard, CaseStatus } from './case.entity.js';
import { decodeCursor, encodeCursor } from './case.cursor.js';
import { validateCaseFilter, validatePageSize, type ValidCaseFilter } from './case.filter.js';
import { casePolicy } from './case.policy.js';
import type { CaseConnection, CaseFilterInput } from './case.types.js';

const LIST_POPULATE = ['network', 'cities'] as const;

/** A card by slug, or null when it does not exist or the viewer may not read it. */
export async function findCaseBySlug(ctx: RequestContext, slug: string): Promise<CaseCard | null> {
  const card = await ctx.em.findOne(CaseCard, { slug }, { populate: LIST_POPULATE });
  return card && casePolicy.canRead(ctx.viewer, card) ? card : null;
}

/** The published cards a validated filter selects (the `cases` list, exports and feeds). */
export function publishedCardsMatching(filter: ValidCaseFilter): FilterQuery<CaseCard> {
  const where: FilterQuery<CaseCard>[] = [{ status: CaseStatus.PUBLISHED }];
  if (filter.sdgs.length) where.push({ sdgs: { $overlap: filter.sdgs } });
  if (filter.themes.length) where.push({ themes: { $overlap: filter.themes } });
  if (filter.networkIds.length) where.push({ network: { $in: filter.networkIds } });
  if (filter.regions.length) where.push({ cities: { region: { $in: filter.regions } } });
  if (filter.countries.length) where.push({ cities: { country: { $in: filter.countries } } });
  return { $and: where };
}

/** Published cards, newest first, as a cursor connection. */
export async function listPublishedCases(
  ctx: RequestContext,
  options: { filter?: CaseFilterInput; first: number; after?: string | null },
): Promise<CaseConnection> {
  validatePageSize(options.first);
  const position = options.after ? decodeCursor(options.after) : null;
  const filter = await validateCaseFilter(ctx, options.filter);

  const matching = publishedCardsMatching(filter);

  const pageWhere: FilterQuery<CaseCard> = position
    ? { $and: [matching, { $or: [{ publishedAt: { $lt: position.publishedAt } }, { publishedAt: position.publishedAt, id: { $lt: position.id } }] }] }
    : matching;

  const [rows, totalCount] = await Promise.all([
    ctx.em.find(CaseCard, pageWhere, {
      populate: LIST_POPULATE,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      limit: options.first + 1,
    }),
    ctx.em.count(CaseCard, matching),
  ]);

  const page = rows.slice(0, options.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ publishedAt: node.publishedAt!, id: node.id }) }));
  return {
    totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
