import { findViewer } from '../accounts/viewer';
import { UserInputError } from '../api-client';
import { isFollowing } from '../notifications/notifications-api';
import { quoteBody } from './compose';
import { findThread, markThreadRead, mentionableMembers, pageCursorOfPost } from './threads-api';

type Params = Record<string, string | string[] | undefined>;

const one = (params: Params, key: string): string | null => {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
};

/** The page to show: `post` (a link to one post) wins over `after`; null is the first page. */
async function pageCursor(threadId: string, params: Params): Promise<string | null> {
  const post = one(params, 'post');
  if (post) {
    const cursor = await pageCursorOfPost(threadId, post);
    if (cursor !== undefined) return cursor;
  }
  return one(params, 'after');
}

/** The thread at that page; a cursor the API rejects (an edited address) falls back to the first page. */
async function threadAt(id: string, after: string | null) {
  try {
    return { thread: await findThread(id, after), after };
  } catch (error) {
    if (!(error instanceof UserInputError) || !after) throw error;
    return { thread: await findThread(id, null), after: null };
  }
}

/**
 * Everything the thread page shows: the thread at the page asked for, the viewer, whether they follow it,
 * the members they may mention, and what the composer answers (`replyTo`, or `quote` with its text). A
 * signed-in viewer's thread is marked read. Null when the thread does not exist for the viewer.
 */
export async function loadThreadPage(id: string, params: Params) {
  const viewer = await findViewer();
  const { thread, after } = await threadAt(id, await pageCursor(id, params));
  if (!thread) return null;
  const [following, members] = await Promise.all([
    viewer ? isFollowing(thread.id) : false,
    viewer && thread.viewerCan.reply ? mentionableMembers(thread.network.slug) : [],
    viewer ? markThreadRead(thread.id) : undefined,
  ]);
  const quoteId = one(params, 'quote');
  const answered = thread.posts.find((post) => post.id === (quoteId ?? one(params, 'replyTo')));
  const quoted = quoteId && answered?.body ? quoteBody(answered.body) : '';
  return { thread, after, viewer, following, members, answering: answered ?? null, initialBody: quoted };
}

export type ThreadPageData = NonNullable<Awaited<ReturnType<typeof loadThreadPage>>>;
