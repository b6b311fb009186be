import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { requireViewer } from '../accounts/account.guards.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../cases/operations/case-access.js';
import { decodeNotificationCursor, encodeNotificationCursor } from './notification.cursor.js';
import { Notification } from './notification.entity.js';
import { EmailDelivery } from './notification.enums.js';
import { NotificationPreference } from './notification-preference.entity.js';
import type { NotificationConnection, NotificationPreferencesInput, NotificationPreferencesType } from './notification.types.js';

const PAGE_MAX = 50;
const MARK_MAX = 100;

/**
 * The viewer's notifications that they may still read: those about members-only threads only while they are
 * members of the thread's network.
 */
function visibleTo(viewer: Viewer): FilterQuery<Notification> {
  const networks = viewer.memberships.map((membership) => membership.networkId);
  return { recipient: viewer.userId, $or: [{ membersOnly: false }, { network: { $in: networks } }] };
}

async function unreadCount(ctx: RequestContext, viewer: Viewer): Promise<number> {
  return ctx.em.count(Notification, { $and: [visibleTo(viewer), { readAt: null }] });
}

/** The viewer's notifications, newest first, with the unread count (first: 0 gives the count alone). */
export async function notificationsOf(ctx: RequestContext, options: { first: number; after?: string | null }): Promise<NotificationConnection> {
  const viewer = requireViewer(ctx);
  if (!Number.isInteger(options.first) || options.first < 0 || options.first > PAGE_MAX) {
    throw new BadInputError(`first must be between 0 and ${PAGE_MAX}; got ${options.first}.`, 'first');
  }
  const position = options.after ? decodeNotificationCursor(options.after) : null;
  const before: FilterQuery<Notification> = position
    ? { $or: [{ createdAt: { $lt: position.createdAt } }, { createdAt: position.createdAt, id: { $lt: position.id } }] }
    : {};
  const rows = options.first
    ? await ctx.em.find(Notification, { $and: [visibleTo(viewer), before] }, {
        populate: ['actor', 'network'],
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: options.first + 1,
      })
    : [];
  const page = rows.slice(0, options.first);
  return {
    unreadCount: await unreadCount(ctx, viewer),
    edges: page.map((node) => ({ cursor: encodeNotificationCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > options.first, endCursor: page.length ? encodeNotificationCursor(page.at(-1)!) : null },
  };
}

/** Marks the viewer's notifications read: these ids (others' ids are ignored), or all. Returns the unread count left. */
export async function markNotificationsRead(ctx: RequestContext, ids?: string[] | null): Promise<number> {
  const viewer = requireViewer(ctx);
  if (ids) {
    if (ids.length > MARK_MAX) throw new BadInputError(`Mark at most ${MARK_MAX} notifications at once, or pass no ids to mark all.`, 'ids');
    const bad = ids.find((id) => !isUuid(id));
    if (bad !== undefined) throw new BadInputError(`"${bad.slice(0, 60)}" is not a notification id.`, 'ids');
  }
  await ctx.em.nativeUpdate(Notification, { recipient: viewer.userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: new Date() });
  return unreadCount(ctx, viewer);
}

/** A user's preferences; the defaults (IMMEDIATE, nothing muted) until they change them. */
export async function notificationPreferencesOf(em: EntityManager, userId: string): Promise<NotificationPreferencesType> {
  const found = await em.findOne(NotificationPreference, { user: userId });
  return { email: found?.email ?? EmailDelivery.IMMEDIATE, mutedKinds: found?.mutedKinds ?? [] };
}

export async function notificationPreferences(ctx: RequestContext): Promise<NotificationPreferencesType> {
  return notificationPreferencesOf(ctx.em, requireViewer(ctx).userId);
}

/** Writes a user's preferences whole (insert or update: two concurrent first saves do not collide). */
export async function savePreferences(em: EntityManager, userId: string, values: NotificationPreferencesType): Promise<NotificationPreferencesType> {
  const saved = await em.upsert(NotificationPreference, { user: em.getReference(User, userId), email: values.email, mutedKinds: values.mutedKinds, updatedAt: new Date() });
  return { email: saved.email, mutedKinds: saved.mutedKinds };
}

/** Changes what is given, keeps the rest. */
export async function updateNotificationPreferences(ctx: RequestContext, input: NotificationPreferencesInput): Promise<NotificationPreferencesType> {
  const viewer = requireViewer(ctx);
  const current = await notificationPreferencesOf(ctx.em, viewer.userId);
  return savePreferences(ctx.em, viewer.userId, {
    email: input.email ?? current.email,
    mutedKinds: input.mutedKinds ? [...new Set(input.mutedKinds)] : current.mutedKinds,
  });
}
