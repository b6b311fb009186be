'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { updateMemberAction } from '../lib/networks/member-actions';
import { EMPTY_FORM_STATE } from '../lib/form-state';
import { NETWORK_ROLES } from '../lib/networks/roles';
import { FormAlert, FormSuccess } from './forms/form-field';
import { SubmitButton } from './forms/submit-button';

/** A coordinator's controls for one member: a role to change to, and "Remove". */
export function MemberRoleForm({ network, userId, name, role }: { network: string; userId: string; name: string; role: string }) {
  const [state, formAction] = useActionState(updateMemberAction, EMPTY_FORM_STATE);
  const t = useTranslations('networks.members.row');
  const roles = useTranslations('networks.roles');
  const selectId = `member-${userId}-role`;
  const messageId = `member-${userId}-message`;
  return (
    <form className="member-form" action={formAction}>
      <input type="hidden" name="network" value={network} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="name" value={name} />
      <label className="visually-hidden" htmlFor={selectId}>
        {t('roleOf', { name })}
      </label>
      <select id={selectId} name="role" defaultValue={role} aria-describedby={state.error ? messageId : undefined} aria-invalid={state.error ? true : undefined}>
        {NETWORK_ROLES.map((option) => (
          <option key={option} value={option}>
            {roles(option)}
          </option>
        ))}
      </select>{' '}
      <SubmitButton name="intent" value="change" className="button--small" pendingLabel={t('changing')}>
        {t('change')}
        <span className="visually-hidden"> {t('changeWho', { name })}</span>
      </SubmitButton>{' '}
      <SubmitButton name="intent" value="remove" className="button--small button--danger" pendingLabel={t('removing')}>
        {t('remove')}
        <span className="visually-hidden"> {name}</span>
      </SubmitButton>
      <div id={messageId}>
        {state.error && <FormAlert message={state.error.message} />}
        {state.success && <FormSuccess message={state.success} />}
      </div>
    </form>
  );
}
