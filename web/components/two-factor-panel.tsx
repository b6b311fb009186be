'use client';

import { useActionState } from 'react';
import {
  beginTwoFactorSetupAction,
  confirmTwoFactorSetupAction,
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from '../lib/accounts/actions';
import { EMPTY_FORM_STATE } from '../lib/form-state';
import { StatefulForm } from './forms/action-form';
import { FormSuccess } from './forms/form-field';
import { RecoveryCodes } from './recovery-codes';

/** The base32 secret in groups of four, easier to type. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Two-factor sign-in: set it up (start → secret and otpauth URI → first code → recovery codes, shown
 * once), or, when it is on, renew the recovery codes or turn it off. One component at one place in the page,
 * so that its answers survive the page refreshing around it when the session changes.
 */
export function TwoFactorPanel({
  enabled,
  required,
  continueHref,
}: {
  enabled: boolean;
  required: boolean;
  /** Where "Continue" goes after the recovery codes of a new set-up. */
  continueHref: string;
}) {
  const [begun, begin] = useActionState(beginTwoFactorSetupAction, EMPTY_FORM_STATE);
  const [confirmed, confirm] = useActionState(confirmTwoFactorSetupAction, EMPTY_FORM_STATE);
  const [disabled, disable] = useActionState(disableTwoFactorAction, EMPTY_FORM_STATE);
  const [renewed, renew] = useActionState(regenerateRecoveryCodesAction, EMPTY_FORM_STATE);

  if (confirmed.recoveryCodes) {
    return (
      <>
        <FormSuccess message="Two-factor sign-in is on." />
        <RecoveryCodes codes={confirmed.recoveryCodes} continueHref={continueHref} continueLabel="Continue" />
      </>
    );
  }
  if (renewed.recoveryCodes) {
    return (
      <>
        <FormSuccess message="New recovery codes: the old ones no longer work." />
        <RecoveryCodes codes={renewed.recoveryCodes} continueHref="/account" continueLabel="Back to your account" />
      </>
    );
  }

  if (enabled) {
    return (
      <>
        <p className="two-factor-status">
          <strong>Two-factor sign-in is on.</strong> After your password, you enter a code from your authenticator
          app, or one of your recovery codes.
        </p>
        <section aria-labelledby="renew-codes-title">
          <h2 id="renew-codes-title">Recovery codes</h2>
          <StatefulForm id="renew-codes" state={renewed} formAction={renew} submitLabel="Get new recovery codes">
            <p>New codes replace the ones you have now.</p>
          </StatefulForm>
        </section>
        <section aria-labelledby="disable-two-factor-title">
          <h2 id="disable-two-factor-title">Turn off two-factor sign-in</h2>
          {required ? (
            <p>Platform admins and network coordinators must keep two-factor sign-in on.</p>
          ) : (
            <StatefulForm
              id="disable-two-factor"
              state={disabled}
              formAction={disable}
              fields={[{ name: 'password', label: 'Your password', type: 'password', autoComplete: 'current-password' }]}
              submitLabel="Turn off two-factor sign-in"
              submitClassName="button--danger"
            />
          )}
        </section>
      </>
    );
  }

  const setup = confirmed.setup ?? begun.setup;
  return (
    <>
      {disabled.success && <FormSuccess message={disabled.success} />}
      {!setup ? (
        <StatefulForm id="begin-two-factor" state={begun} formAction={begin} submitLabel="Set up two-factor sign-in">
          <p>
            You will need an authenticator app on your phone or computer, such as FreeOTP, Aegis, Google Authenticator
            or 1Password.
          </p>
        </StatefulForm>
      ) : (
        <section aria-labelledby="two-factor-steps-title">
          <h2 id="two-factor-steps-title">Add Casebook to your authenticator app</h2>
          <ol className="steps">
            <li>
              <p>In your authenticator app, add an account and type in this key:</p>
              <p>
                <code className="secret" id="two-factor-secret">
                  {groupSecret(setup.secret)}
                </code>
              </p>
              <p>
                Or, on this device, <a href={setup.uri}>open the set-up link in your authenticator app</a>. The link is:
              </p>
              <p>
                <code className="uri" id="two-factor-uri">
                  {setup.uri}
                </code>
              </p>
            </li>
            <li>
              <StatefulForm
                id="confirm-two-factor"
                state={confirmed}
                formAction={confirm}
                hidden={{ secret: setup.secret, uri: setup.uri }}
                fields={[
                  {
                    name: 'code',
                    label: 'The 6-digit code your app shows',
                    autoComplete: 'one-time-code',
                    inputMode: 'numeric',
                    maxLength: 12,
                  },
                ]}
                submitLabel="Turn on two-factor sign-in"
              />
            </li>
          </ol>
        </section>
      )}
    </>
  );
}
