import { query } from '../api-client';
import { graphql } from '../gql/index';

const ModerationQueueQuery = graphql(`
  query ModerationQueue($network: String!) {
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
  }
`);

/** The network's flagged posts, longest waiting first; null unless the viewer coordinates the network. */
export async function findModerationQueue(network: string) {
  return (await query(ModerationQueueQuery, { network })).moderationQueue ?? null;
}

export type ModerationItem = NonNullable<Awaited<ReturnType<typeof findModerationQueue>>>[number];
