import { query } from '../api-client';
import { graphql } from '../gql/index';

/** The queue and the network's blocked and trusted users in one request: the page needs both. */
const ModerationPageQuery = graphql(`
  query ModerationPage($network: String!) {
    moderationQueue(network: $network) {
      firstFlaggedAt
      flags {
        reason
        createdAt
        flagger {
          name
        }
      }
      thread {
        id
        title
        locked
      }
      post {
        id
        body
        bodyHtml
        hidden
        deleted
        createdAt
        author {
          id
          name
        }
      }
    }
    networkStandings(network: $network) {
      user {
        id
        name
      }
      blocked
      trusted
      since
      by {
        name
      }
    }
  }
`);

/**
 * The network's flagged posts (longest waiting first) and its blocked and trusted users (most recently
 * marked first); null unless the viewer coordinates the network.
 */
export async function findModerationPage(network: string) {
  const { moderationQueue, networkStandings } = await query(ModerationPageQuery, { network });
  return moderationQueue && networkStandings ? { queue: moderationQueue, standings: networkStandings } : null;
}

type ModerationPageData = NonNullable<Awaited<ReturnType<typeof findModerationPage>>>;
export type ModerationItem = ModerationPageData['queue'][number];
export type PosterStanding = ModerationPageData['standings'][number];

/** What the coordinators decided about a user in the network; unmarked users are neither. */
export interface StandingMarks {
  blocked: boolean;
  trusted: boolean;
}

export const UNMARKED: StandingMarks = { blocked: false, trusted: false };

/** The marks of each listed user, by user id, for the queue's author actions. */
export function marksByUser(standings: PosterStanding[]): Map<string, StandingMarks> {
  return new Map(standings.map((standing) => [standing.user.id, { blocked: standing.blocked, trusted: standing.trusted }]));
}
