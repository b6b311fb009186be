'use server';

/*
 * Server Actions of the network members page and of accepting an invitation. The API decides who may do
 * what; these read the form, call it, and refresh the page (or redirect).
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { redirect } from '../../i18n/navigation';
import { routing } from '../../i18n/routing';
import { UserInputError } from '../api-client';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import * as api from './members';

function membersPath(network: string): string {
  return `/networks/${encodeURIComponent(network)}/members`;
}

async function roleFrom(formData: FormData): Promise<api.NetworkRole> {
  const role = formText(formData, 'role');
  if (!api.isNetworkRole(role)) throw new UserInputError((await getTranslations('networks.members'))('chooseRole'), 'role');
  return role;
}

/** The network's members page, in every language, shown again with the change. */
function revalidateMembers(network: string): void {
  for (const locale of routing.locales) revalidatePath(`/${locale}${membersPath(network)}`);
}

export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  const values = { email: formText(formData, 'email'), role: formText(formData, 'role') };
  let invited: string;
  try {
    invited = await api.inviteMember(network, values.email, await roleFrom(formData));
  } catch (error) {
    return failedState(error, values);
  }
  revalidateMembers(network);
  return { success: (await getTranslations('networks.members'))('invitationSent', { email: invited }) };
}

/** "Withdraw" on an open invitation. */
export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const network = formText(formData, 'network');
  await api.revokeInvitation(formText(formData, 'id'));
  revalidateMembers(network);
}

/** One member's row: "Change role" or "Remove", by the button pressed (`intent`). */
export async function updateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  const userId = formText(formData, 'userId');
  const [t, roles] = await Promise.all([getTranslations('networks.members'), getTranslations('networks.roles')]);
  const name = formText(formData, 'name') || t('theMember');
  let success: string;
  try {
    if (formText(formData, 'intent') === 'remove') {
      await api.removeMember(network, userId);
      success = t('removed', { name });
    } else {
      const role = await roleFrom(formData);
      await api.changeMemberRole(network, userId, role);
      success = t('roleChanged', { name, role: roles(role).toLocaleLowerCase() });
    }
  } catch (error) {
    return failedState(error);
  }
  revalidateMembers(network);
  return { success };
}

export async function leaveNetworkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  try {
    await api.leaveNetwork(network);
  } catch (error) {
    return failedState(error);
  }
  redirect({ href: `/networks/${encodeURIComponent(network)}?notice=left`, locale: await getLocale() });
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let network: string;
  try {
    network = (await api.acceptInvitation(formText(formData, 'token'))).network.slug;
  } catch (error) {
    return failedState(error);
  }
  redirect({ href: `/networks/${encodeURIComponent(network)}?notice=joined`, locale: await getLocale() });
}
