import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { follow, isFollowing, myFollows, unfollow } from './follow.service.js';
import { FollowType, SaveSearchInput, SavedSearchType } from './notification.types.js';
import { deleteSavedSearch, mySavedSearches, saveSearch } from './saved-search.service.js';

/** Follows and saved searches: the viewer's own. */
@Resolver()
export class FollowResolver {
  @Mutation(() => FollowType, { description: 'Follows a thread, a case, a network\'s space or one of your saved searches, by its id. Idempotent.' })
  follow(@Ctx() ctx: RequestContext, @Arg('targetId', () => ID) targetId: string): Promise<FollowType> {
    return follow(ctx, targetId);
  }

  @Mutation(() => Boolean, { description: 'Stops following; true when you were following it.' })
  unfollow(@Ctx() ctx: RequestContext, @Arg('targetId', () => ID) targetId: string): Promise<boolean> {
    return unfollow(ctx, targetId);
  }

  @Query(() => Boolean, { description: 'Whether you follow this thread, case, network or saved search (false when signed out).' })
  following(@Ctx() ctx: RequestContext, @Arg('targetId', () => ID) targetId: string): Promise<boolean> {
    return isFollowing(ctx, targetId);
  }

  @Query(() => [FollowType], { description: 'What you follow, newest first.' })
  myFollows(@Ctx() ctx: RequestContext): Promise<FollowType[]> {
    return myFollows(ctx);
  }

  @Mutation(() => SavedSearchType, { description: 'Keeps a search and follows it: new published cards that match it notify you.' })
  saveSearch(@Ctx() ctx: RequestContext, @Arg('input', () => SaveSearchInput) input: SaveSearchInput): Promise<SavedSearchType> {
    return saveSearch(ctx, input);
  }

  @Query(() => [SavedSearchType], { description: 'Your saved searches, newest first.' })
  savedSearches(@Ctx() ctx: RequestContext): Promise<SavedSearchType[]> {
    return mySavedSearches(ctx);
  }

  @Mutation(() => Boolean, { description: 'Deletes one of your saved searches (and its follow).' })
  deleteSavedSearch(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return deleteSavedSearch(ctx, id);
  }
}
