'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { spaceVisibilityAction } from '../../lib/threads/actions';
import { EMPTY_FORM_STATE } from '../../lib/form-state';
import { FormAlert } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';

/** Coordinators: whether the network's space (and its threads) is public or for members only. */
export function SpaceVisibilityForm({ network, membersOnly, returnTo }: { network: string; membersOnly: boolean; returnTo: string }) {
  const t = useTranslations('threads.visibility');
  const [state, formAction] = useActionState(spaceVisibilityAction, EMPTY_FORM_STATE);
  return (
    <form className="form space-visibility" action={formAction}>
      {state.error && <FormAlert message={state.error.message} />}
      <input type="hidden" name="network" value={network} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <fieldset className="fieldset">
        <legend>{t('legend')}</legend>
        <div>
          <input type="radio" id="space-public" name="visibility" value="public" defaultChecked={!membersOnly} />{' '}
          <label htmlFor="space-public">{t('public')}</label>
        </div>
        <div>
          <input type="radio" id="space-members" name="visibility" value="members" defaultChecked={membersOnly} />{' '}
          <label htmlFor="space-members">{t('members')}</label>
        </div>
        <p className="field__hint">{t('hint')}</p>
      </fieldset>
      <p className="form__actions">
        <SubmitButton className="button--secondary" pendingLabel={t('saving')}>
          {t('save')}
        </SubmitButton>
      </p>
    </form>
  );
}
