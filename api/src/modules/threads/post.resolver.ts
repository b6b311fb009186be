import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { Post } from './post.entity.js';
import { threadLoaders } from './thread.loaders.js';
import { threadPolicy } from './thread.policy.js';
import { PostRevisionType, PostViewerCanType } from './thread.types.js';

/** The post's text is out of view when deleted, or hidden to anyone but the network's coordinators. */
function textVisible(ctx: RequestContext, post: Post): boolean {
  return !post.deletedAt && (!post.hiddenAt || threadPolicy.canSeeHidden(ctx.viewer, post.thread));
}

/** Posts are reached through a readable thread (or the coordinators' queue); these fields show what the viewer may see. */
@Resolver(() => Post)
export class PostResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Markdown; null when deleted, or hidden (except for the network\'s coordinators).' })
  body(@Ctx() ctx: RequestContext, @Root() post: Post): string | null {
    return textVisible(ctx, post) ? post.body : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Sanitised HTML of the body, rendered when written; null like body.' })
  bodyHtml(@Ctx() ctx: RequestContext, @Root() post: Post): string | null {
    return textVisible(ctx, post) ? post.bodyHtml : null;
  }

  @FieldResolver(() => Boolean, { description: 'Hidden by the network\'s coordinators.' })
  hidden(@Root() post: Post): boolean {
    return !!post.hiddenAt;
  }

  @FieldResolver(() => Boolean, { description: 'Deleted: a placeholder that keeps the thread\'s shape.' })
  deleted(@Root() post: Post): boolean {
    return !!post.deletedAt;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for deleted posts, demo posts and deleted accounts.' })
  async author(@Ctx() ctx: RequestContext, @Root() post: Post): Promise<User | null> {
    return post.author && !post.deletedAt ? ctx.loaders.user.load(post.author.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The post this one replies to.' })
  parentId(@Root() post: Post): string | null {
    return post.parent?.id ?? null;
  }

  @FieldResolver(() => ID)
  threadId(@Root() post: Post): string {
    return post.thread.id;
  }

  @FieldResolver(() => [PostRevisionType], { description: 'Earlier texts, newest first (edit history); empty when the text is out of view.' })
  async revisions(@Ctx() ctx: RequestContext, @Root() post: Post): Promise<PostRevisionType[]> {
    if (!textVisible(ctx, post)) return [];
    const revisions = await threadLoaders(ctx).revisions.load(post.id);
    return Promise.all(
      revisions.map(async (revision) => ({ body: revision.body, replacedAt: revision.createdAt, editedBy: revision.editedBy ? await ctx.loaders.user.load(revision.editedBy.id) : null })),
    );
  }

  @FieldResolver(() => PostViewerCanType)
  async viewerCan(@Ctx() ctx: RequestContext, @Root() post: Post): Promise<PostViewerCanType> {
    if (!ctx.viewer) return { edit: false, delete: false, hide: false, flag: false };
    const loaders = threadLoaders(ctx);
    const [standing, flagged] = await Promise.all([loaders.standing.load(post.thread.network.id), loaders.flaggedByViewer.load(post.id)]);
    return {
      edit: threadPolicy.decideEdit(ctx.viewer, post.thread, post, standing).allowed,
      delete: !post.deletedAt && threadPolicy.decideDelete(ctx.viewer, post.thread, post).allowed,
      hide: !post.deletedAt && threadPolicy.decideModerate(ctx.viewer, post.thread).allowed,
      flag: threadPolicy.decideFlag(ctx.viewer, post.thread, post, flagged).allowed,
    };
  }
}
