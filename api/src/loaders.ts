import DataLoader from 'dataloader';
import type { RequestContext } from './context.js';
import { User } from './modules/accounts/user.entity.js';
import { CaseReview } from './modules/cases/case-review.entity.js';
import { City } from './modules/cities/city.entity.js';
import { createCommitmentLoaders } from './modules/commitments/commitment.loaders.js';
import { countPublishedCasesByNetwork } from './modules/networks/network.service.js';

/** Per-request batch loaders, so that list fields cost one query per field, not one per row. */
export function createLoaders(ctx: Omit<RequestContext, 'loaders'>) {
  return {
    publishedCaseCount: new DataLoader<string, number>((ids) => countPublishedCasesByNetwork(ctx as RequestContext, ids)),
    /** Users by id (null once deleted): authors, reviewers, proposers. */
    user: new DataLoader<string, User | null>(async (ids) => {
      const users = await ctx.em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((user) => [user.id, user]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Cities by id (null when unknown): the cities a membership represents. */
    city: new DataLoader<string, City | null>(async (ids) => {
      const cities = await ctx.em.find(City, { id: { $in: [...ids] } });
      const byId = new Map(cities.map((city) => [city.id, city]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Reviews of each card, newest first. */
    reviews: new DataLoader<string, CaseReview[]>(async (ids) => {
      const reviews = await ctx.em.find(CaseReview, { card: { $in: [...ids] } }, { populate: ['reviewer'], orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      return ids.map((id) => reviews.filter((review) => review.card.id === id));
    }),
    commitments: createCommitmentLoaders(ctx.em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
