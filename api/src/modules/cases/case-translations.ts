import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.js';
import { CaseCard } from './case.entity.js';
import { casePolicy } from './case.policy.js';

/** One loader per request context: a list of cards asks for every group's cards in one query. */
const loaders = new WeakMap<RequestContext['loaders'], DataLoader<string, CaseCard[]>>();

function groupLoader(ctx: RequestContext): DataLoader<string, CaseCard[]> {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader<string, CaseCard[]>(async (groups) => {
      const cards = await ctx.em.find(CaseCard, { translationGroup: { $in: [...groups] } }, { populate: ['network', 'cities'], orderBy: { language: 'asc', id: 'asc' } });
      return groups.map((group) => cards.filter((card) => card.translationGroup === group));
    });
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

/** The card's translations the viewer may see (published ones for everyone), by language. */
export async function translationsOf(ctx: RequestContext, card: CaseCard): Promise<CaseCard[]> {
  if (!card.translationGroup) return [];
  const members = await groupLoader(ctx).load(card.translationGroup);
  return members.filter((member) => member.id !== card.id && casePolicy.canSeeAsTranslation(ctx.viewer, member));
}
