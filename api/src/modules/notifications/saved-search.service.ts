import type { RequestContext } from '../../context.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { requireViewer } from '../accounts/account.guards.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../cases/operations/case-access.js';
import { Follow } from './follow.entity.js';
import { FollowTargetKind } from './notification.enums.js';
import type { SaveSearchInput, SavedSearchType } from './notification.types.js';
import { SavedSearch } from './saved-search.entity.js';
import { savedFiltersOf, savedSearchLinks } from './saved-search.link.js';
import { validSavedFilters, validSearchName, validSearchQuery } from './saved-search.validation.js';

/** Saved searches one person may keep. */
export const SAVED_SEARCHES_MAX = 50;

function viewOf(search: SavedSearch, following: boolean, links: Map<string, string>): SavedSearchType {
  return { id: search.id, name: search.name, query: search.query, filters: savedFiltersOf(search), following, link: links.get(search.id)!, createdAt: search.createdAt };
}

/**
 * Keeps a search (text and the same filters as `searchCases`, checked the same way) and follows it, so that
 * new published cards that match it notify its owner. Saved searches are private to their owner.
 */
export async function saveSearch(ctx: RequestContext, input: SaveSearchInput): Promise<SavedSearchType> {
  const viewer = requireViewer(ctx);
  const name = validSearchName(input.name);
  const query = validSearchQuery(input);
  const filters = await validSavedFilters(ctx, input.filters ?? {});
  return ctx.em.transactional(async (tx) => {
    if ((await tx.count(SavedSearch, { user: viewer.userId })) >= SAVED_SEARCHES_MAX) {
      throw new BadInputError(`You have ${SAVED_SEARCHES_MAX} saved searches, the most there can be: delete one first.`, 'name');
    }
    const user = tx.getReference(User, viewer.userId);
    const search = tx.create(SavedSearch, { user, name, query, filters });
    tx.create(Follow, { user, targetKind: FollowTargetKind.SAVED_SEARCH, targetId: search.id });
    await tx.flush();
    return viewOf(search, true, await savedSearchLinks(tx, [search]));
  });
}

/** The viewer's saved searches, newest first. */
export async function mySavedSearches(ctx: RequestContext): Promise<SavedSearchType[]> {
  const viewer = requireViewer(ctx);
  const searches = await ctx.em.find(SavedSearch, { user: viewer.userId }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  const followed = searches.length
    ? new Set((await ctx.em.find(Follow, { user: viewer.userId, targetId: { $in: searches.map((search) => search.id) } }, { fields: ['targetId'] })).map((follow) => follow.targetId))
    : new Set<string>();
  const links = await savedSearchLinks(ctx.em, searches);
  return searches.map((search) => viewOf(search, followed.has(search.id), links));
}

/** Deletes the viewer's saved search and its follow; past notifications stay (without the link to it). */
export async function deleteSavedSearch(ctx: RequestContext, id: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  return ctx.em.transactional(async (tx) => {
    const search = isUuid(id) ? await tx.findOne(SavedSearch, { id, user: viewer.userId }) : null;
    if (!search) throw new NotFoundError('No such saved search.');
    await tx.nativeDelete(Follow, { targetId: search.id });
    tx.remove(search);
    await tx.flush();
    return true;
  });
}
