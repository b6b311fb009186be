import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { PageInfo } from '../cases/case.types.js';
import { Post } from './post.entity.js';
import { Thread } from './thread.entity.js';

@InputType('StartThreadInput', { description: 'Give either caseId (a published case) or network (its space).' })
export class StartThreadInput {
  @Field(() => ID, { nullable: true, description: 'A published case: "ask this city".' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'A network slug: a thread in its space.' })
  network?: string | null;

  @Field(() => String, { description: '3 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'Markdown, 1 to 20,000 characters. Mentions: `@[Display Name](user:USER_ID)`.' })
  body!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only the network\'s members read it. Always so in a members-only space.' })
  membersOnly?: boolean;
}

@ObjectType('ThreadEdge')
export class ThreadEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Thread) node!: Thread;
}

@ObjectType('ThreadConnection')
export class ThreadConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ThreadEdge]) edges!: ThreadEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PostEdge')
export class PostEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Post) node!: Post;
}

@ObjectType('PostConnection')
export class PostConnection {
  @Field(() => Int, { description: 'Every post of the thread, deleted placeholders included.' }) totalCount!: number;
  @Field(() => [PostEdge]) edges!: PostEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('PostRevision', { description: 'A post\'s text before one of its edits.' })
export class PostRevisionType {
  @Field(() => String, { description: 'The Markdown as it was.' }) body!: string;
  @Field(() => User, { nullable: true, description: 'Null once the editor\'s account is deleted.' }) editedBy!: User | null;
  @Field(() => Date, { description: 'When this text was replaced.' }) replacedAt!: Date;
}

@ObjectType('PostViewerCan', { description: 'What you may do with this post.' })
export class PostViewerCanType {
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) delete!: boolean;
  @Field(() => Boolean, { description: 'Hide or restore (coordinators).' }) hide!: boolean;
  @Field(() => Boolean) flag!: boolean;
}

@ObjectType('ThreadViewerCan', { description: 'What you may do in this thread.' })
export class ThreadViewerCanType {
  @Field(() => Boolean) reply!: boolean;
  @Field(() => Boolean, { description: 'Lock, unlock, hide and restore posts (coordinators).' }) moderate!: boolean;
}

@ObjectType('PostFlag', { description: 'A report of a post to the network\'s coordinators.' })
export class PostFlagType {
  @Field(() => String) reason!: string;
  @Field(() => User, { nullable: true, description: 'Null once the account is deleted.' }) flagger!: User | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('ModerationItem', { description: 'A flagged post waiting for a coordinator\'s decision.' })
export class ModerationItemType {
  @Field(() => Post) post!: Post;
  @Field(() => Thread) thread!: Thread;
  @Field(() => [PostFlagType], { description: 'Open flags, oldest first.' }) flags!: PostFlagType[];
  @Field(() => Date) firstFlaggedAt!: Date;
}

@ObjectType('PosterStanding', { description: 'A user blocked or trusted in a network, as its coordinators see them.' })
export class PosterStandingType {
  @Field(() => User) user!: User;
  @Field(() => Boolean, { description: 'May no longer post in the network\'s threads.' }) blocked!: boolean;
  @Field(() => Boolean, { description: 'Exempt from the new-account link limit in the network.' }) trusted!: boolean;
  @Field(() => Date, { description: 'When the most recent of these marks was set.' }) since!: Date;
  @Field(() => User, { nullable: true, description: 'The coordinator who set the most recent mark; null once their account is deleted.' }) by!: User | null;
}
