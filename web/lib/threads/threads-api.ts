import { cache } from 'react';
import { mutateWhileRendering, query } from '../api-client';
import type { PostCursorsQuery as PostCursorsQueryData } from '../gql/graphql';
import { graphql } from '../gql/index';

/** Posts per page of a thread page, and threads per page of a list. */
export const POSTS_PER_PAGE = 20;
export const THREADS_PER_PAGE = 20;
/** The API's largest page: used to find which page holds a post, with few calls. */
const LOCATE_PAGE_SIZE = 100;

const ThreadListQuery = graphql(`
  query ThreadList($caseId: ID, $network: String, $first: Int!, $after: String) {
    threads(caseId: $caseId, network: $network, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          lastActivityAt
          replyCount
          unread
          membersOnly
          locked
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`);

/** Threads of a case or of a network's space, most recently active first; null when the API shows none. */
export async function listThreads(scope: { caseId: string } | { network: string }, after: string | null = null, first = THREADS_PER_PAGE) {
  const data = await query(ThreadListQuery, { ...scope, first, after });
  if (!data.threads) return null;
  return { totalCount: data.threads.totalCount, pageInfo: data.threads.pageInfo, threads: data.threads.edges.map((edge) => edge.node) };
}

export type ThreadSummary = NonNullable<Awaited<ReturnType<typeof listThreads>>>['threads'][number];

const ThreadPageQuery = graphql(`
  query ThreadPage($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      title
      locked
      membersOnly
      createdAt
      lastActivityAt
      replyCount
      createdBy {
        id
        name
      }
      case {
        id
        slug
        title
      }
      network {
        id
        slug
        name
      }
      viewerCan {
        reply
        moderate
      }
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            body
            bodyHtml
            hidden
            deleted
            parentId
            createdAt
            editedAt
            author {
              id
              name
            }
            viewerCan {
              edit
              delete
              flag
              hide
            }
            revisions {
              body
              replacedAt
              editedBy {
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** A thread with one page of its posts (from `after`); null when unknown or not visible to the viewer. */
export const findThread = cache(async (id: string, after: string | null) => {
  const data = await query(ThreadPageQuery, { id, first: POSTS_PER_PAGE, after });
  if (!data.thread) return null;
  const { posts, ...thread } = data.thread;
  return { ...thread, totalPosts: posts.totalCount, pageInfo: posts.pageInfo, posts: posts.edges.map((edge) => edge.node) };
});

export type ThreadDetail = NonNullable<Awaited<ReturnType<typeof findThread>>>;
export type ThreadPost = ThreadDetail['posts'][number];

const PostCursorsQuery = graphql(`
  query PostCursors($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      posts(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
          }
        }
      }
    }
  }
`);

/**
 * The `after` cursor of the thread page that shows `postId` (null: the first page), or undefined when the
 * thread has no such post. Walks the thread's post ids a hundred at a time: a link to a post (from a
 * notification, after a reply) opens the page it is on, though the API pages by cursor.
 */
export async function pageCursorOfPost(threadId: string, postId: string): Promise<string | null | undefined> {
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: PostCursorsQueryData = await query(PostCursorsQuery, { id: threadId, first: LOCATE_PAGE_SIZE, after });
    const posts = data.thread?.posts;
    if (!posts) return undefined;
    for (const edge of posts.edges) {
      if (edge.node.id === postId) {
        const pageStart = Math.floor(cursors.length / POSTS_PER_PAGE) * POSTS_PER_PAGE;
        return pageStart === 0 ? null : cursors[pageStart - 1]!;
      }
      cursors.push(edge.cursor);
    }
    if (!posts.pageInfo.hasNextPage || !posts.pageInfo.endCursor) return undefined;
    after = posts.pageInfo.endCursor;
  }
}

const MarkThreadReadMutation = graphql(`
  mutation MarkThreadRead($id: ID!) {
    markThreadRead(id: $id) {
      id
      unread
    }
  }
`);

/**
 * Marks the thread read for the signed-in viewer while its page renders. A failure only leaves the thread
 * unread: the page shows anyway.
 */
export async function markThreadRead(id: string): Promise<void> {
  try {
    await mutateWhileRendering(MarkThreadReadMutation, { id });
  } catch (error) {
    console.error(error);
  }
}

const NetworkSpaceQuery = graphql(`
  query NetworkSpace($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      spaceMembersOnly
    }
  }
`);

/** A network with its space's visibility, or null when unknown. Cached per request. */
export const findNetworkSpace = cache(async (slug: string) => (await query(NetworkSpaceQuery, { slug })).network ?? null);

const MentionableMembersQuery = graphql(`
  query MentionableMembers($network: String!) {
    members(network: $network) {
      user {
        id
        name
      }
    }
  }
`);

/**
 * The network's members the viewer may mention (the composer's helper): empty for anyone outside the
 * network, who still may type the mention syntax.
 */
export async function mentionableMembers(network: string): Promise<{ id: string; name: string }[]> {
  const data = await query(MentionableMembersQuery, { network });
  return (data.members ?? []).map((member) => member.user).sort((a, b) => a.name.localeCompare(b.name));
}
