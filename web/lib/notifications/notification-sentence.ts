import type { NotificationKind, NotificationVerb } from '../gql/graphql';

/** What a notification's sentence is made of, as the API gives it (verb, headline and context are null on old rows). */
export interface NotificationParts {
  kind: NotificationKind;
  verb?: NotificationVerb | null;
  headline?: string | null;
  context?: string | null;
}

const DECISIONS: readonly NotificationVerb[] = ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED'];

/**
 * The key under `notifications.sentence` that words this notification, or null when its parts do not say
 * enough (a notification from before the API stored them): the caller then shows the API's English title.
 */
export function sentenceKey({ kind, verb, headline, context }: NotificationParts): string | null {
  if (!verb || !headline) return null;
  switch (kind) {
    case 'MENTION':
    case 'REPLY':
      return kind;
    case 'NEW_THREAD_ON_CASE':
    case 'SAVED_SEARCH_MATCH':
      return context ? kind : null;
    case 'NEW_POST_IN_FOLLOWED':
      if (verb === 'POSTED') return 'NEW_POST_IN_FOLLOWED.POSTED';
      return verb === 'THREAD_STARTED' && context ? 'NEW_POST_IN_FOLLOWED.THREAD_STARTED' : null;
    case 'CURATION_DECISION':
      return DECISIONS.includes(verb) ? `CURATION_DECISION.${verb}` : null;
    default:
      return null;
  }
}
