import { registerEnumType } from 'type-graphql';

/** Why someone hears of an event; one event gives one recipient one notification, of the strongest kind. */
export enum NotificationKind {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  NEW_THREAD_ON_CASE = 'NEW_THREAD_ON_CASE',
  NEW_POST_IN_FOLLOWED = 'NEW_POST_IN_FOLLOWED',
  CURATION_DECISION = 'CURATION_DECISION',
  SAVED_SEARCH_MATCH = 'SAVED_SEARCH_MATCH',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'MENTION (@you), REPLY (to your post), NEW_THREAD_ON_CASE (your card or a followed case), NEW_POST_IN_FOLLOWED (a followed thread or network space), CURATION_DECISION (on your card), SAVED_SEARCH_MATCH (a new published card matches a saved search).',
});

/** What the actor did, so that a client can word the notification in its reader's language. */
export enum NotificationVerb {
  THREAD_STARTED = 'THREAD_STARTED',
  POSTED = 'POSTED',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(NotificationVerb, {
  name: 'NotificationVerb',
  description: 'What the actor did: THREAD_STARTED, POSTED (in a thread), APPROVED, CHANGES_REQUESTED, REJECTED (a card, by curation), PUBLISHED (a card).',
});

/** Strongest first: a mention that is also a reply is a MENTION. */
export const KIND_STRENGTH: NotificationKind[] = [
  NotificationKind.MENTION,
  NotificationKind.REPLY,
  NotificationKind.CURATION_DECISION,
  NotificationKind.NEW_THREAD_ON_CASE,
  NotificationKind.SAVED_SEARCH_MATCH,
  NotificationKind.NEW_POST_IN_FOLLOWED,
];

export enum FollowTargetKind {
  THREAD = 'THREAD',
  CASE = 'CASE',
  NETWORK_SPACE = 'NETWORK_SPACE',
  SAVED_SEARCH = 'SAVED_SEARCH',
}
registerEnumType(FollowTargetKind, { name: 'FollowTargetKind', description: 'What a follow is of: a thread, a case, a network\'s space or one of your saved searches.' });

export enum EmailDelivery {
  IMMEDIATE = 'IMMEDIATE',
  DAILY_DIGEST = 'DAILY_DIGEST',
  OFF = 'OFF',
}
registerEnumType(EmailDelivery, { name: 'EmailDelivery', description: 'IMMEDIATE: one email per notification; DAILY_DIGEST: one email a day; OFF: in-app only.' });
