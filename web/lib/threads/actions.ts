'use server';

/*
 * Server Actions of the thread pages: the composer (start a thread, reply, edit, with a "Preview" button
 * that posts nothing), deleting and flagging posts, and the coordinators' moderation. The API decides who
 * may do what; its message is shown on the form. All of them work as plain HTML form posts.
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { redirect } from '../../i18n/navigation';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import type { ComposerState } from './composer-state';
import { postPath, withNotice } from './return-path';
import * as api from './thread-mutations';

/** A composer's answer when something is missing: the message next to the field, what was typed kept. */
async function missing(field: 'title' | 'body' | 'reason', values: Record<string, string>): Promise<ComposerState> {
  const t = await getTranslations('threads.composer');
  return { error: { message: t(`missing.${field}`), field }, values, nonce: randomUUID() };
}

/**
 * "Preview": the API renders the text exactly as it would save it (mentions resolve in `threadId`'s network
 * when there is one); nothing is posted. An empty text needs no API call: there is nothing to show.
 */
async function previewState(values: Record<string, string>, threadId: string | null): Promise<ComposerState> {
  const nonce = randomUUID();
  if (!values.body) return { values, previewHtml: '', nonce };
  try {
    return { values, previewHtml: await api.previewPost(values.body, threadId), nonce };
  } catch (error) {
    return { ...(await failedState(error, values)), nonce };
  }
}

async function go(href: string): Promise<never> {
  redirect({ href, locale: await getLocale() });
}

/** "Ask this city" on a case, or a new thread in a network's space. */
export async function startThreadAction(_previous: ComposerState, formData: FormData): Promise<ComposerState> {
  const caseId = formText(formData, 'caseId');
  const network = formText(formData, 'network');
  const values = { title: formText(formData, 'title'), body: formText(formData, 'body'), membersOnly: formText(formData, 'membersOnly') };
  // No thread yet: mentions preview as text, and resolve once the thread is started in its network.
  if (formText(formData, 'intent') === 'preview') return previewState(values, null);
  if (!values.title) return missing('title', values);
  if (!values.body) return missing('body', values);
  let id: string;
  try {
    id = await api.startThread({ ...(caseId ? { caseId } : { network }), title: values.title, body: values.body, membersOnly: values.membersOnly === 'on' });
  } catch (error) {
    return { ...(await failedState(error, values)), nonce: randomUUID() };
  }
  return go(`/threads/${encodeURIComponent(id)}?notice=thread-started`);
}

/** A reply, answering one post when `parentId` is set. */
export async function replyAction(_previous: ComposerState, formData: FormData): Promise<ComposerState> {
  const threadId = formText(formData, 'threadId');
  const values = { body: formText(formData, 'body'), parentId: formText(formData, 'parentId') };
  if (formText(formData, 'intent') === 'preview') return previewState(values, threadId);
  if (!values.body) return missing('body', values);
  let id: string;
  try {
    id = await api.reply(threadId, values.body, values.parentId || null);
  } catch (error) {
    return { ...(await failedState(error, values)), nonce: randomUUID() };
  }
  return go(withNotice(postPath(threadId, id), 'reply-posted'));
}

/** The author's new text for a post; the old one stays in its history. */
export async function editPostAction(_previous: ComposerState, formData: FormData): Promise<ComposerState> {
  const threadId = formText(formData, 'threadId');
  const postId = formText(formData, 'postId');
  const values = { body: formText(formData, 'body') };
  if (formText(formData, 'intent') === 'preview') return previewState(values, threadId);
  if (!values.body) return missing('body', values);
  try {
    await api.editPost(postId, values.body);
  } catch (error) {
    return { ...(await failedState(error, values)), nonce: randomUUID() };
  }
  return go(withNotice(postPath(threadId, postId), 'post-edited'));
}

export async function deletePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const threadId = formText(formData, 'threadId');
  const postId = formText(formData, 'postId');
  try {
    await api.deletePost(postId);
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(postPath(threadId, postId), 'post-deleted'));
}

/** A reader reports a post to the network's coordinators, with a reason. */
export async function flagPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const threadId = formText(formData, 'threadId');
  const postId = formText(formData, 'postId');
  const values = { reason: formText(formData, 'reason') };
  if (!values.reason) return missing('reason', values);
  try {
    await api.flagPost(postId, values.reason);
  } catch (error) {
    return failedState(error, values);
  }
  return go(withNotice(postPath(threadId, postId), 'post-flagged'));
}

/** Coordinators: hide a post, or restore it (which also dismisses its flags). Back to `returnTo`. */
export async function moderatePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const hide = formText(formData, 'decision') === 'hide';
  try {
    await api.setPostHidden(formText(formData, 'postId'), hide);
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(formText(formData, 'returnTo'), hide ? 'post-hidden' : 'post-restored'));
}

/** Coordinators: lock a thread (no more replies nor edits) or unlock it. */
export async function lockThreadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const lock = formText(formData, 'decision') === 'lock';
  try {
    await api.setThreadLocked(formText(formData, 'threadId'), lock);
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(formText(formData, 'returnTo'), lock ? 'thread-locked' : 'thread-unlocked'));
}

/** Coordinators: block or unblock a user from posting in the network, trust or untrust a new account's links. */
export async function moderateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const decision = formText(formData, 'decision');
  if (decision !== 'block' && decision !== 'unblock' && decision !== 'trust' && decision !== 'untrust') return failedState(new Error(`unknown decision ${decision}`));
  try {
    await api.moderateMember(decision, formText(formData, 'network'), formText(formData, 'userId'));
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(formText(formData, 'returnTo'), `member-${decision}`));
}

/** Coordinators: the network's space for members only, or public. */
export async function spaceVisibilityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  const membersOnly = formText(formData, 'visibility') === 'members';
  try {
    await api.setSpaceVisibility(network, membersOnly);
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(formText(formData, 'returnTo'), membersOnly ? 'space-members-only' : 'space-public'));
}
