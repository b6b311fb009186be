import { LIMITS } from '@casebook/taxonomy';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { CaseCard } from '../cases/case.entity.js';
import { casePolicy } from '../cases/case.policy.js';
import { Network } from '../networks/network.entity.js';
import { moderationQueue } from './operations/moderation-queue.js';
import { networkStandings } from './operations/network-standings.js';
import { previewPost } from './operations/preview-post.js';
import { findThread, listPosts, listThreads } from './operations/thread-queries.js';
import { Thread } from './thread.entity.js';
import { THREAD_LIMITS } from './thread.limits.js';
import { threadLoaders } from './thread.loaders.js';
import { threadPolicy } from './thread.policy.js';
import { ModerationItemType, PostConnection, PosterStandingType, ThreadConnection, ThreadViewerCanType } from './thread.types.js';

/** Threads, their posts, the moderation queue and the network's blocked and trusted users. Thread lists and pages load their parts in batches. */
@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => Thread, { nullable: true, description: 'A thread by id; null when unknown or members-only and you are not a member.' })
  thread(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Thread | null> {
    return findThread(ctx, id);
  }

  @Query(() => ThreadConnection, { nullable: true, description: 'Threads of a case or of a network\'s space, most recently active first; null for an unknown network or a case you may not read.' })
  threads(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID, { nullable: true }) caseId: string | undefined,
    @Arg('network', () => String, { nullable: true, description: 'A network slug: the threads of its space.' }) network: string | undefined,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<ThreadConnection | null> {
    return listThreads(ctx, { caseId, network, first, after });
  }

  @Query(() => [ModerationItemType], { nullable: true, description: 'Flagged posts waiting for a decision, oldest first; null unless you coordinate the network.' })
  moderationQueue(
    @Ctx() ctx: RequestContext,
    @Arg('network', () => String) network: string,
    @Arg('first', () => Int, { defaultValue: THREAD_LIMITS.moderationQueueMax }) first: number,
  ): Promise<ModerationItemType[] | null> {
    return moderationQueue(ctx, network, first);
  }

  @Query(() => [PosterStandingType], { nullable: true, description: 'Users blocked or trusted in the network, most recently marked first; null unless you coordinate the network.' })
  networkStandings(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string): Promise<PosterStandingType[] | null> {
    return networkStandings(ctx, network);
  }

  @Query(() => String, {
    description: 'The sanitised HTML a post with this body would be saved with. Signed in only. Mentions resolve to the members of the network of `threadId` (a thread you read); without it they stay plain text.',
  })
  previewPost(
    @Ctx() ctx: RequestContext,
    @Arg('body', () => String) body: string,
    @Arg('threadId', () => ID, { nullable: true, description: 'The thread the post would go to, when replying or editing.' }) threadId: string | undefined,
  ): Promise<string> {
    return previewPost(ctx, body, threadId);
  }

  @FieldResolver(() => Boolean, { description: 'Locked threads take no replies and no edits.' })
  locked(@Root() thread: Thread): boolean {
    return !!thread.lockedAt;
  }

  @FieldResolver(() => Network)
  network(@Root() thread: Thread): Network {
    return thread.network;
  }

  @FieldResolver(() => CaseCard, { name: 'case', nullable: true, description: 'The case the thread is on; null in a network\'s space.' })
  caseCard(@Ctx() ctx: RequestContext, @Root() thread: Thread): CaseCard | null {
    return thread.case && casePolicy.canRead(ctx.viewer, thread.case) ? thread.case : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for demo threads and deleted accounts.' })
  async createdBy(@Ctx() ctx: RequestContext, @Root() thread: Thread): Promise<User | null> {
    return thread.createdBy ? ctx.loaders.user.load(thread.createdBy.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Activity since you last read it; always false when signed out.' })
  async unread(@Ctx() ctx: RequestContext, @Root() thread: Thread): Promise<boolean> {
    if (!ctx.viewer) return false;
    const lastReadAt = await threadLoaders(ctx).lastReadAt.load(thread.id);
    return !lastReadAt || lastReadAt < thread.lastActivityAt;
  }

  @FieldResolver(() => ThreadViewerCanType)
  async viewerCan(@Ctx() ctx: RequestContext, @Root() thread: Thread): Promise<ThreadViewerCanType> {
    const standing = await threadLoaders(ctx).standing.load(thread.network.id);
    return { reply: threadPolicy.decideReply(ctx.viewer, thread, standing).allowed, moderate: threadPolicy.decideModerate(ctx.viewer, thread).allowed };
  }

  @FieldResolver(() => PostConnection, { description: 'Posts in the order they were written; replies name their parent.' })
  posts(
    @Ctx() ctx: RequestContext,
    @Root() thread: Thread,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<PostConnection> {
    return listPosts(ctx, thread, { first, after });
  }
}

/** The network's discussion space, as the threads module sees it. */
@Resolver(() => Network)
export class NetworkSpaceResolver {
  @FieldResolver(() => Boolean, { description: 'Only members read the threads of the network\'s space and start new ones.' })
  spaceMembersOnly(@Ctx() ctx: RequestContext, @Root() network: Network): Promise<boolean> {
    return threadLoaders(ctx).spaceMembersOnly.load(network.id);
  }
}
