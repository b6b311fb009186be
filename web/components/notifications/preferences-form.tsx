'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { EmailDelivery, NotificationKind } from '../../lib/gql/graphql';
import { preferencesAction } from '../../lib/notifications/actions';
import { EMPTY_FORM_STATE } from '../../lib/form-state';
import { FormAlert } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';

/** How email reaches you (at once, a daily digest, or never) and which kinds of notification it brings. */
export function PreferencesForm({
  email,
  mutedKinds,
  deliveries,
  kinds,
}: {
  email: EmailDelivery;
  mutedKinds: NotificationKind[];
  deliveries: readonly EmailDelivery[];
  kinds: readonly NotificationKind[];
}) {
  const t = useTranslations('notifications.preferences');
  const kindWords = useTranslations('notifications.kinds');
  const [state, formAction] = useActionState(preferencesAction, EMPTY_FORM_STATE);
  const muted = new Set(mutedKinds);
  return (
    <form id="preferences-form" className="form" action={formAction}>
      {state.error && <FormAlert message={state.error.message} />}
      <fieldset className="fieldset">
        <legend>{t('delivery')}</legend>
        {deliveries.map((delivery) => (
          <div key={delivery}>
            <input type="radio" id={`email-${delivery}`} name="email" value={delivery} defaultChecked={delivery === email} />{' '}
            <label htmlFor={`email-${delivery}`}>{t(`deliveries.${delivery}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('kinds')}</legend>
        <p className="field__hint">{t('kindsHint')}</p>
        {kinds.map((kind) => (
          <div key={kind}>
            <input type="checkbox" id={`kind-${kind}`} name="emailKinds" value={kind} defaultChecked={!muted.has(kind)} />{' '}
            <label htmlFor={`kind-${kind}`}>{kindWords(kind)}</label>
          </div>
        ))}
      </fieldset>
      <p className="form__actions">
        <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
      </p>
    </form>
  );
}
