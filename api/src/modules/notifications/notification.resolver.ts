import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { markNotificationsRead, notificationPreferences, notificationsOf, updateNotificationPreferences } from './notification.service.js';
import { NotificationConnection, NotificationPreferencesInput, NotificationPreferencesType, UnsubscribeResultType } from './notification.types.js';
import { unsubscribe } from './unsubscribe.service.js';

/** The bell, the notifications page and email preferences: the viewer's own, never anyone else's. */
@Resolver()
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first, with the unread count (first: 0 for the count alone: no edges, hasNextPage false).' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
  ): Promise<NotificationConnection> {
    return notificationsOf(ctx, { first, after });
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (these ids, or all when none are given); returns the unread count left.' })
  markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID], { nullable: true }) ids: string[] | undefined): Promise<number> {
    return markNotificationsRead(ctx, ids);
  }

  @Query(() => NotificationPreferencesType)
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferencesType> {
    return notificationPreferences(ctx);
  }

  @Mutation(() => NotificationPreferencesType, { description: 'Changes the fields given.' })
  updateNotificationPreferences(@Ctx() ctx: RequestContext, @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput): Promise<NotificationPreferencesType> {
    return updateNotificationPreferences(ctx, input);
  }

  @Mutation(() => UnsubscribeResultType, { description: 'The unsubscribe link of an email, without signing in: turns email off, or unfollows what the link names.' })
  unsubscribe(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<UnsubscribeResultType> {
    return unsubscribe(ctx.em, token);
  }
}
