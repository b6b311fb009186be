/**
 * What happened, as the notifications module hears it. Threads and curation describe their events here;
 * the notifications module decides who hears about them (followers, mentioned members, card authors) and
 * how (in-app, email at once, daily digest). Written inside the change's own transaction.
 */
export type Activity =
  | {
      kind: 'THREAD_STARTED';
      actorId: string;
      networkId: string;
      threadId: string;
      postId: string;
      /** Set when the thread is on a case ("ask this city"); the case's author and followers hear of it. */
      caseId?: string;
      membersOnly: boolean;
      mentionedUserIds: string[];
    }
  | {
      kind: 'POST_CREATED';
      actorId: string;
      networkId: string;
      threadId: string;
      postId: string;
      caseId?: string;
      membersOnly: boolean;
      /** The author of the post this one replies to, if any. */
      parentAuthorId?: string;
      mentionedUserIds: string[];
    }
  | {
      kind: 'CURATION_DECIDED';
      actorId: string;
      networkId: string;
      caseId: string;
      authorId: string;
      decision: 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';
    }
  | {
      kind: 'CASE_PUBLISHED';
      actorId: string;
      networkId: string;
      caseId: string;
    };

/**
 * Records an activity in the caller's open transaction (`tx`): the actor follows what they started or
 * replied to, and one fan-out job is enqueued, so that it commits or rolls back with the change.
 * Implemented by the notifications module.
 */
export { recordActivity } from './activity.record.js';
