'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('accounts.twoFactor');

  if (confirmed.recoveryCodes) {
    return (
      <>
        <FormSuccess message={t('nowOn')} />
        <RecoveryCodes codes={confirmed.recoveryCodes} continueHref={continueHref} continueLabel={t('continue')} />
      </>
    );
  }
  if (renewed.recoveryCodes) {
    return (
      <>
        <FormSuccess message={t('renewed')} />
        <RecoveryCodes codes={renewed.recoveryCodes} continueHref="/account" continueLabel={t('backToAccount')} />
      </>
    );
  }

  if (enabled) {
    return (
      <>
        <p className="two-factor-status">{t.rich('isOn', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <section aria-labelledby="renew-codes-title">
          <h2 id="renew-codes-title">{t('codesTitle')}</h2>
          <StatefulForm id="renew-codes" state={renewed} formAction={renew} submitLabel={t('renew')}>
            <p>{t('renewBody')}</p>
          </StatefulForm>
        </section>
        <section aria-labelledby="disable-two-factor-title">
          <h2 id="disable-two-factor-title">{t('disableTitle')}</h2>
          {required ? (
            <p>{t('mustKeep')}</p>
          ) : (
            <StatefulForm
              id="disable-two-factor"
              state={disabled}
              formAction={disable}
              fields={[{ name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password' }]}
              submitLabel={t('disable')}
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
        <StatefulForm id="begin-two-factor" state={begun} formAction={begin} submitLabel={t('setUp')}>
          <p>{t('needApp')}</p>
        </StatefulForm>
      ) : (
        <section aria-labelledby="two-factor-steps-title">
          <h2 id="two-factor-steps-title">{t('stepsTitle')}</h2>
          <ol className="steps">
            <li>
              <p>{t('typeKey')}</p>
              <p>
                <code className="secret" id="two-factor-secret">
                  {groupSecret(setup.secret)}
                </code>
              </p>
              <p>{t.rich('orLink', { link: (chunks) => <a href={setup.uri}>{chunks}</a> })}</p>
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
                    label: t('code'),
                    autoComplete: 'one-time-code',
                    inputMode: 'numeric',
                    maxLength: 12,
                  },
                ]}
                submitLabel={t('turnOn')}
              />
            </li>
          </ol>
        </section>
      )}
    </>
  );
}
