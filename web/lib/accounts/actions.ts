'use server';

/*
 * Server Actions of the account forms. Each reads its form, calls the API through lib/accounts (which
 * forwards the session cookie and hands the API's Set-Cookie on to the browser), and answers a FormState
 * (the API's message next to its field) or redirects. They work as plain HTML form posts too.
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '../../i18n/navigation';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import { forgetSessionCookie } from '../session';
import * as api from './account-api';
import { safeNextPath, withNext } from './next-path';

/** Where a sign-in goes after the password (or the second factor) was accepted, in the same language. */
function afterSignIn(status: api.SignInStatus, next: string, locale: string): never {
  if (status === 'SECOND_FACTOR_REQUIRED') redirect({ href: withNext('/sign-in/second-factor', next), locale });
  if (status === 'SECOND_FACTOR_SETUP_REQUIRED') redirect({ href: withNext('/account/two-factor', next), locale });
  redirect({ href: next, locale });
}

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: formText(formData, 'name'), email: formText(formData, 'email') };
  const next = safeNextPath(formText(formData, 'next'));
  try {
    await api.signUp({ ...values, password: formText(formData, 'password', { trim: false }) });
  } catch (error) {
    return failedState(error, values);
  }
  redirect({ href: withNext('/sign-up/check-email', next), locale: await getLocale() });
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: formText(formData, 'email') };
  const next = safeNextPath(formText(formData, 'next'));
  let status: api.SignInStatus;
  try {
    status = await api.signIn(values.email, formText(formData, 'password', { trim: false }));
  } catch (error) {
    return failedState(error, values);
  }
  afterSignIn(status, next, await getLocale());
}

export async function verifySecondFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const next = safeNextPath(formText(formData, 'next'));
  let status: api.SignInStatus;
  try {
    status = await api.verifySecondFactor(formText(formData, 'code'));
  } catch (error) {
    return failedState(error);
  }
  afterSignIn(status, next, await getLocale());
}

/** The header's "Sign out": ends the session at the API, and forgets the cookie here in any case. */
export async function signOutAction(): Promise<void> {
  try {
    await api.signOut();
  } catch (error) {
    console.error(error);
  }
  await forgetSessionCookie();
  redirect({ href: '/?notice=signed-out', locale: await getLocale() });
}

export async function signOutEverywhereAction(): Promise<void> {
  try {
    await api.signOutEverywhere();
  } catch (error) {
    console.error(error);
  }
  await forgetSessionCookie();
  redirect({ href: '/?notice=signed-out-everywhere', locale: await getLocale() });
}

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const email = formText(formData, 'email');
  try {
    await api.requestPasswordReset(email);
  } catch (error) {
    return failedState(error, { email });
  }
  const t = await getTranslations('accounts.notices');
  return { success: t('resetSent', { email }), values: { email } };
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await api.resetPassword(formText(formData, 'token'), formText(formData, 'password', { trim: false }));
  } catch (error) {
    return failedState(error);
  }
  // The API signed the account out everywhere, this browser included.
  await forgetSessionCookie();
  redirect({ href: '/sign-in?notice=password-reset', locale: await getLocale() });
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await api.changePassword(formText(formData, 'currentPassword', { trim: false }), formText(formData, 'newPassword', { trim: false }));
  } catch (error) {
    return failedState(error);
  }
  return { success: (await getTranslations('accounts.notices'))('passwordChanged') };
}

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const newEmail = formText(formData, 'newEmail');
  try {
    await api.changeEmail(newEmail, formText(formData, 'password', { trim: false }));
  } catch (error) {
    return failedState(error, { newEmail });
  }
  return { success: (await getTranslations('accounts.notices'))('emailLinkSent', { email: newEmail }) };
}

export async function beginTwoFactorSetupAction(): Promise<FormState> {
  try {
    return { setup: await api.beginTwoFactorSetup() };
  } catch (error) {
    return failedState(error);
  }
}

export async function confirmTwoFactorSetupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The set-up being confirmed, sent back with the code so that it can be shown again after a wrong code.
  const setup = { secret: formText(formData, 'secret'), uri: formText(formData, 'uri') };
  try {
    return { recoveryCodes: await api.confirmTwoFactorSetup(formText(formData, 'code')) };
  } catch (error) {
    return { ...(await failedState(error)), ...(setup.secret ? { setup } : {}) };
  }
}

export async function disableTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await api.disableTwoFactor(formText(formData, 'password', { trim: false }));
  } catch (error) {
    return failedState(error);
  }
  return { success: (await getTranslations('accounts.notices'))('twoFactorOff') };
}

export async function regenerateRecoveryCodesAction(): Promise<FormState> {
  try {
    return { recoveryCodes: await api.regenerateRecoveryCodes() };
  } catch (error) {
    return failedState(error);
  }
}

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await api.deleteAccount(formText(formData, 'password', { trim: false }));
  } catch (error) {
    return failedState(error);
  }
  await forgetSessionCookie();
  redirect({ href: '/?notice=account-deleted', locale: await getLocale() });
}
