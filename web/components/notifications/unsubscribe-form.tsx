'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { unsubscribeAction } from '../../lib/notifications/actions';
import { EMPTY_FORM_STATE } from '../../lib/form-state';
import { FormAlert, FormSuccess } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';

/**
 * The unsubscribe link's confirmation: one button that posts the token. Opening the link does nothing by
 * itself, so mail scanners that fetch links cannot unsubscribe anyone.
 */
export function UnsubscribeForm({ token, scope }: { token: string; scope: 'all' | 'follow' }) {
  const t = useTranslations('notifications.unsubscribe');
  const [state, formAction] = useActionState(unsubscribeAction, EMPTY_FORM_STATE);
  if (state.success) return <FormSuccess message={state.success} />;
  return (
    <form className="form unsubscribe-form" action={formAction}>
      {state.error && <FormAlert message={state.error.message} />}
      <input type="hidden" name="token" value={token} />
      <p className="form__actions">
        <SubmitButton pendingLabel={t('working')}>{scope === 'all' ? t('confirmAll') : t('confirmFollow')}</SubmitButton>
      </p>
    </form>
  );
}
