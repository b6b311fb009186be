'use server';

/*
 * Server Actions of notifications: follow and unfollow, marking read, email preferences, saved searches,
 * and the emailed unsubscribe link's confirmation. They work as plain HTML form posts too.
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from '../../i18n/navigation';
import { ApiUserError } from '../api-client';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import type { NotificationKind } from '../gql/graphql';
import { withNotice } from '../threads/return-path';
import * as api from './notifications-api';
import { savedSearchFromForm } from './saved-search-input';

async function go(href: string): Promise<never> {
  redirect({ href, locale: await getLocale() });
}

/** Follow or unfollow a thread, a case, a network's space or a saved search, then back to `returnTo`. */
export async function followAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const follow = formText(formData, 'follow') === 'true';
  try {
    await api.setFollowing(formText(formData, 'targetId'), follow);
  } catch (error) {
    return failedState(error);
  }
  return go(withNotice(formText(formData, 'returnTo'), follow ? 'followed' : 'unfollowed'));
}

/** "Mark all read" (no `id`), or one notification. */
export async function markReadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const id = formText(formData, 'id');
  try {
    await api.markNotificationsRead(id ? [id] : undefined);
  } catch (error) {
    return failedState(error);
  }
  // The bell is in the layout, which a client-side navigation would otherwise keep as it was.
  revalidatePath('/', 'layout');
  return go(withNotice(formText(formData, 'returnTo') || '/notifications', id ? 'marked-read' : 'all-read'));
}

/** How email reaches you, and which kinds it leaves out (unchecked kinds are muted). */
export async function preferencesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, 'email');
  const emailed = new Set(formData.getAll('emailKinds').filter((value): value is string => typeof value === 'string'));
  const t = await getTranslations('notifications.preferences');
  if (!api.isEmailDelivery(email)) return { error: { message: t('chooseDelivery'), field: 'email' } };
  const mutedKinds: NotificationKind[] = api.NOTIFICATION_KINDS.filter((kind) => !emailed.has(kind));
  try {
    await api.updatePreferences(email, mutedKinds);
  } catch (error) {
    return failedState(error);
  }
  return go('/account/notifications?notice=preferences-saved');
}

/** "Save this search" on the search page: its words and filters, under a name. */
export async function saveSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = savedSearchFromForm(formData);
  const values = { name: input.name };
  if (!input.name) {
    const t = await getTranslations('notifications.saveSearch');
    return { error: { message: t('nameMissing'), field: 'name' }, values };
  }
  try {
    await api.saveSearch(input);
  } catch (error) {
    return failedState(error, values);
  }
  return go('/account/notifications?notice=search-saved');
}

export async function deleteSavedSearchAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await api.deleteSavedSearch(formText(formData, 'id'));
  } catch (error) {
    return failedState(error);
  }
  return go('/account/notifications?notice=search-deleted');
}

/**
 * The emailed unsubscribe link's button. The page never acts on its own (mail scanners open links): only
 * this POST does. Signed out works: the token names the person.
 */
export async function unsubscribeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('notifications.unsubscribe');
  try {
    const result = await api.unsubscribe(formText(formData, 'token'));
    return { success: result.scope === 'ALL' ? t('doneAll') : t('doneFollow') };
  } catch (error) {
    if (error instanceof ApiUserError && error.code === 'BAD_USER_INPUT') return { error: { message: t('invalid') } };
    return failedState(error);
  }
}
