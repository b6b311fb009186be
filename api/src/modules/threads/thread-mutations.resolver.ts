import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Network } from '../networks/network.entity.js';
import { deletePost } from './operations/delete-post.js';
import { editPost } from './operations/edit-post.js';
import { flagPost } from './operations/flag-post.js';
import { markThreadRead } from './operations/mark-thread-read.js';
import { setPostHidden, setThreadLocked } from './operations/moderate-thread.js';
import { setPosterMark, setSpaceVisibility } from './operations/network-moderation.js';
import { reply } from './operations/reply.js';
import { startThread } from './operations/start-thread.js';
import { Post } from './post.entity.js';
import { Thread } from './thread.entity.js';
import { StartThreadInput } from './thread.types.js';

/** Posting (signed-in readers), flagging (members), and moderation (the network's coordinators). */
@Resolver()
export class ThreadMutationResolver {
  @Mutation(() => Thread, { description: 'A thread with its opening post, on a published case or in a network\'s space. Rate-limited.' })
  startThread(@Ctx() ctx: RequestContext, @Arg('input', () => StartThreadInput) input: StartThreadInput): Promise<Thread> {
    return startThread(ctx, input);
  }

  @Mutation(() => Post, { description: 'A post in a thread you may read, optionally answering one of its posts. Rate-limited.' })
  reply(
    @Ctx() ctx: RequestContext,
    @Arg('threadId', () => ID) threadId: string,
    @Arg('body', () => String) body: string,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | undefined,
  ): Promise<Post> {
    return reply(ctx, { threadId, body, parentId });
  }

  @Mutation(() => Post, { description: 'The author changes their post; the replaced text stays in `revisions`.' })
  editPost(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('body', () => String) body: string): Promise<Post> {
    return editPost(ctx, id, body);
  }

  @Mutation(() => Post, { description: 'The author or a coordinator deletes a post; it stays as a "deleted" placeholder.' })
  deletePost(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Post> {
    return deletePost(ctx, id);
  }

  @Mutation(() => Post, { description: 'Report a post to the network\'s coordinators (once per post).' })
  flagPost(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Post> {
    return flagPost(ctx, id, reason);
  }

  @Mutation(() => Post, { description: 'Coordinators: hide a post from everyone but coordinators; closes its flags.' })
  hidePost(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Post> {
    return setPostHidden(ctx, id, true);
  }

  @Mutation(() => Post, { description: 'Coordinators: show a hidden post again, or keep a flagged one; closes its flags.' })
  restorePost(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Post> {
    return setPostHidden(ctx, id, false);
  }

  @Mutation(() => Thread, { description: 'Coordinators: no more replies or edits.' })
  lockThread(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Thread> {
    return setThreadLocked(ctx, id, true);
  }

  @Mutation(() => Thread, { description: 'Coordinators.' })
  unlockThread(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Thread> {
    return setThreadLocked(ctx, id, false);
  }

  @Mutation(() => Boolean, { description: 'Coordinators: the user may no longer post in the network\'s threads.' })
  blockUser(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    return setPosterMark(ctx, { network, userId, mark: 'block', on: true });
  }

  @Mutation(() => Boolean, { description: 'Coordinators.' })
  unblockUser(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    return setPosterMark(ctx, { network, userId, mark: 'block', on: false });
  }

  @Mutation(() => Boolean, { description: 'Coordinators: lifts the new-account link limit for this user in the network.' })
  trustMember(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    return setPosterMark(ctx, { network, userId, mark: 'trust', on: true });
  }

  @Mutation(() => Boolean, { description: 'Coordinators.' })
  untrustMember(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('userId', () => ID) userId: string): Promise<boolean> {
    return setPosterMark(ctx, { network, userId, mark: 'trust', on: false });
  }

  @Mutation(() => Network, { description: 'Coordinators: make the network\'s space members-only (its threads too) or public (for new threads).' })
  setNetworkSpaceVisibility(@Ctx() ctx: RequestContext, @Arg('network', () => String) network: string, @Arg('membersOnly', () => Boolean) membersOnly: boolean): Promise<Network> {
    return setSpaceVisibility(ctx, network, membersOnly);
  }

  @Mutation(() => Thread, { description: 'Marks the thread read up to its last activity, for you.' })
  markThreadRead(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Thread> {
    return markThreadRead(ctx, id);
  }
}
