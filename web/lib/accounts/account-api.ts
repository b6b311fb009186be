import { mutate, mutateWhileRendering, query } from '../api-client';
import { graphql } from '../gql/index';

/*
 * The account operations of the API. Mutations that may change the session run through `mutate` (Server
 * Actions only), so the API's Set-Cookie reaches the browser; the two that follow an emailed link while a
 * page renders run through `mutateWhileRendering`.
 */

const SignUpMutation = graphql(`
  mutation SignUp($email: String!, $password: String!, $name: String!) {
    signUp(email: $email, password: $password, name: $name)
  }
`);

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      status
    }
  }
`);

const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($code: String!) {
    verifySecondFactor(code: $code) {
      status
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const ChangeEmailMutation = graphql(`
  mutation ChangeEmail($newEmail: String!, $password: String!) {
    changeEmail(newEmail: $newEmail, password: $password)
  }
`);

const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);

const BeginTwoFactorSetupMutation = graphql(`
  mutation BeginTwoFactorSetup {
    beginTwoFactorSetup {
      secret
      uri
    }
  }
`);

const ConfirmTwoFactorSetupMutation = graphql(`
  mutation ConfirmTwoFactorSetup($code: String!) {
    confirmTwoFactorSetup(code: $code)
  }
`);

const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($password: String!) {
    disableTwoFactor(password: $password)
  }
`);

const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes
  }
`);

const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($password: String!) {
    deleteAccount(password: $password)
  }
`);

const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

export type SignInStatus = 'SIGNED_IN' | 'SECOND_FACTOR_REQUIRED' | 'SECOND_FACTOR_SETUP_REQUIRED';

export async function signUp(input: { email: string; password: string; name: string }): Promise<void> {
  await mutate(SignUpMutation, input);
}

/** Follows a verification link (while its page renders). */
export async function verifyEmail(token: string): Promise<void> {
  await mutateWhileRendering(VerifyEmailMutation, { token });
}

export async function signIn(email: string, password: string): Promise<SignInStatus> {
  return (await mutate(SignInMutation, { email, password })).signIn.status;
}

export async function verifySecondFactor(code: string): Promise<SignInStatus> {
  return (await mutate(VerifySecondFactorMutation, { code })).verifySecondFactor.status;
}

export async function signOut(): Promise<void> {
  await mutate(SignOutMutation, {});
}

export async function signOutEverywhere(): Promise<void> {
  await mutate(SignOutEverywhereMutation, {});
}

export async function requestPasswordReset(email: string): Promise<void> {
  await mutate(RequestPasswordResetMutation, { email });
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await mutate(ResetPasswordMutation, { token, password });
}

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await mutate(ChangePasswordMutation, { currentPassword, newPassword });
}

export async function changeEmail(newEmail: string, password: string): Promise<void> {
  await mutate(ChangeEmailMutation, { newEmail, password });
}

/** Follows an email-change confirmation link (while its page renders). */
export async function confirmEmailChange(token: string): Promise<void> {
  await mutateWhileRendering(ConfirmEmailChangeMutation, { token });
}

export async function beginTwoFactorSetup(): Promise<{ secret: string; uri: string }> {
  return (await mutate(BeginTwoFactorSetupMutation, {})).beginTwoFactorSetup;
}

/** Turns two-factor on; answers the recovery codes, which are shown only this once. */
export async function confirmTwoFactorSetup(code: string): Promise<string[]> {
  return (await mutate(ConfirmTwoFactorSetupMutation, { code })).confirmTwoFactorSetup;
}

export async function disableTwoFactor(password: string): Promise<void> {
  await mutate(DisableTwoFactorMutation, { password });
}

export async function regenerateRecoveryCodes(): Promise<string[]> {
  return (await mutate(RegenerateRecoveryCodesMutation, {})).regenerateRecoveryCodes;
}

export async function deleteAccount(password: string): Promise<void> {
  await mutate(DeleteAccountMutation, { password });
}

/** "Download my data": everything the account holds, as the API's JSON object. */
export async function myData(): Promise<Record<string, unknown>> {
  return (await query(MyDataQuery, {})).myData as Record<string, unknown>;
}
