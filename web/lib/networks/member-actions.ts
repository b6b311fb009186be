'use server';

/*
 * Server Actions of the network members page and of accepting an invitation. The API decides who may do
 * what; these read the form, call it, and refresh the page (or redirect).
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { UserInputError } from '../api-client';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import * as api from './members';

function membersPath(network: string): string {
  return `/networks/${encodeURIComponent(network)}/members`;
}

function roleFrom(formData: FormData): api.NetworkRole {
  const role = formText(formData, 'role');
  if (!api.isNetworkRole(role)) throw new UserInputError('Choose a role.', 'role');
  return role;
}

export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  const values = { email: formText(formData, 'email'), role: formText(formData, 'role') };
  let invited: string;
  try {
    invited = await api.inviteMember(network, values.email, roleFrom(formData));
  } catch (error) {
    return failedState(error, values);
  }
  revalidatePath(membersPath(network));
  return { success: `Invitation sent to ${invited}.` };
}

/** "Withdraw" on an open invitation. */
export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const network = formText(formData, 'network');
  await api.revokeInvitation(formText(formData, 'id'));
  revalidatePath(membersPath(network));
}

/** One member's row: "Change role" or "Remove", by the button pressed (`intent`). */
export async function updateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  const userId = formText(formData, 'userId');
  const name = formText(formData, 'name') || 'The member';
  let success: string;
  try {
    if (formText(formData, 'intent') === 'remove') {
      await api.removeMember(network, userId);
      success = `${name} was removed from the network.`;
    } else {
      const role = roleFrom(formData);
      await api.changeMemberRole(network, userId, role);
      success = `${name} is now ${api.roleLabel(role).toLowerCase()}.`;
    }
  } catch (error) {
    return failedState(error);
  }
  revalidatePath(membersPath(network));
  return { success };
}

export async function leaveNetworkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const network = formText(formData, 'network');
  try {
    await api.leaveNetwork(network);
  } catch (error) {
    return failedState(error);
  }
  redirect(`/networks/${encodeURIComponent(network)}?notice=left`);
}

export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let network: string;
  try {
    network = (await api.acceptInvitation(formText(formData, 'token'))).network.slug;
  } catch (error) {
    return failedState(error);
  }
  redirect(`/networks/${encodeURIComponent(network)}?notice=joined`);
}
