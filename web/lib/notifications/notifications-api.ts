import { mutate, query } from '../api-client';
import type { EmailDelivery, NotificationKind, SavedSearchFiltersInput } from '../gql/graphql';
import { graphql } from '../gql/index';

export const NOTIFICATIONS_PER_PAGE = 20;

/** Every kind, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = ['MENTION', 'REPLY', 'NEW_THREAD_ON_CASE', 'NEW_POST_IN_FOLLOWED', 'CURATION_DECISION', 'SAVED_SEARCH_MATCH'];
export const EMAIL_DELIVERIES: readonly EmailDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isEmailDelivery(value: string): value is EmailDelivery {
  return (EMAIL_DELIVERIES as readonly string[]).includes(value);
}

const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    notifications(first: 0) {
      unreadCount
    }
  }
`);

/** The bell's number: the signed-in viewer's unread notifications. */
export async function unreadNotificationCount(): Promise<number> {
  return (await query(UnreadCountQuery, {})).notifications.unreadCount;
}

const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          read
          createdAt
          title
          verb
          headline
          context
          summary
          link
          threadId
          postId
          actor {
            name
          }
          network {
            name
          }
        }
      }
    }
  }
`);

/** One page of the viewer's notifications, newest first, with the unread count. */
export async function listNotifications(after: string | null) {
  const data = await query(NotificationsQuery, { first: NOTIFICATIONS_PER_PAGE, after });
  const { unreadCount, pageInfo, edges } = data.notifications;
  return { unreadCount, pageInfo, notifications: edges.map((edge) => edge.node) };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>['notifications'][number];

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** Marks these notifications read, or all of them when no ids are given. */
export async function markNotificationsRead(ids?: string[]): Promise<void> {
  await mutate(MarkNotificationsReadMutation, ids?.length ? { ids } : {});
}

const PreferencesQuery = graphql(`
  query NotificationSettings {
    notificationPreferences {
      email
      mutedKinds
    }
    myFollows {
      id
      targetId
      targetKind
      title
      link
      createdAt
    }
    savedSearches {
      id
      name
      query
      link
      following
      createdAt
    }
  }
`);

/** What the preferences page shows: email delivery, muted kinds, follows and saved searches. */
export async function findNotificationSettings() {
  return query(PreferencesQuery, {});
}

export type NotificationSettings = Awaited<ReturnType<typeof findNotificationSettings>>;

const UpdatePreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      mutedKinds
    }
  }
`);

export async function updatePreferences(email: EmailDelivery, mutedKinds: NotificationKind[]): Promise<void> {
  await mutate(UpdatePreferencesMutation, { input: { email, mutedKinds } });
}

const FollowingQuery = graphql(`
  query Following($targetId: ID!) {
    following(targetId: $targetId)
  }
`);

/** Whether the viewer follows this thread, case, network or saved search (false when signed out). */
export async function isFollowing(targetId: string): Promise<boolean> {
  return (await query(FollowingQuery, { targetId })).following;
}

const FollowMutation = graphql(`
  mutation Follow($targetId: ID!) {
    follow(targetId: $targetId) {
      id
    }
  }
`);

const UnfollowMutation = graphql(`
  mutation Unfollow($targetId: ID!) {
    unfollow(targetId: $targetId)
  }
`);

export async function setFollowing(targetId: string, following: boolean): Promise<void> {
  if (following) await mutate(FollowMutation, { targetId });
  else await mutate(UnfollowMutation, { targetId });
}

const SaveSearchMutation = graphql(`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
    }
  }
`);

export async function saveSearch(input: { name: string; query?: string; filters?: SavedSearchFiltersInput }): Promise<void> {
  await mutate(SaveSearchMutation, { input });
}

const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

export async function deleteSavedSearch(id: string): Promise<void> {
  await mutate(DeleteSavedSearchMutation, { id });
}

const UnsubscribeMutation = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token) {
      scope
      message
    }
  }
`);

/** Acts on an emailed unsubscribe link (no session needed). Only from a form's POST, never on a GET. */
export async function unsubscribe(token: string) {
  return (await mutate(UnsubscribeMutation, { token })).unsubscribe;
}
