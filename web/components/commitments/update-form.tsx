'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { postUpdateAction } from '../../lib/commitments/actions';
import { EMPTY_FORM_STATE } from '../../lib/form-state';
import { FormAlert } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';

const FORM_ID = 'update-form';

/** "Post a progress update": body, an optional new status, the milestones it completes, evidence links. */
export function UpdateForm({
  commitmentId,
  statuses,
  milestones,
}: {
  commitmentId: string;
  statuses: readonly string[];
  milestones: { id: string; title: string }[];
}) {
  const [state, formAction] = useActionState(postUpdateAction, EMPTY_FORM_STATE);
  const t = useTranslations('commitments.updateForm');
  const scale = useTranslations('commitments.scale');
  const common = useTranslations('common.form');
  const values = state.values ?? {};
  const bodyError = state.error?.field === 'body' ? state.error.message : undefined;
  return (
    <form id={FORM_ID} className="form" action={formAction}>
      {state.error && !bodyError && <FormAlert message={state.error.message} />}
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <div className={bodyError ? 'field field--error' : 'field'}>
        <label htmlFor={`${FORM_ID}-body`}>{t('body')}</label>
        <p id={`${FORM_ID}-body-hint`} className="field__hint">
          {t('bodyHint')}
        </p>
        {bodyError && (
          <p id={`${FORM_ID}-body-error`} className="field__error" role="alert">
            <span className="visually-hidden">{common('error')} </span>
            {bodyError}
          </p>
        )}
        <textarea
          id={`${FORM_ID}-body`}
          name="body"
          rows={6}
          required
          defaultValue={values.body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={[`${FORM_ID}-body-hint`, bodyError ? `${FORM_ID}-body-error` : ''].filter(Boolean).join(' ')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${FORM_ID}-status`}>{t('status')}</label>
        <select id={`${FORM_ID}-status`} name="status" defaultValue={values.status ?? ''}>
          <option value="">{t('unchanged')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {scale(status)}
            </option>
          ))}
        </select>
      </div>
      {milestones.length > 0 && (
        <fieldset className="field">
          <legend>{t('milestones')}</legend>
          {milestones.map((milestone) => (
            <div key={milestone.id}>
              <input type="checkbox" id={`${FORM_ID}-milestone-${milestone.id}`} name="completedMilestoneIds" value={milestone.id} />{' '}
              <label htmlFor={`${FORM_ID}-milestone-${milestone.id}`}>{milestone.title}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${FORM_ID}-links`}>{t('links')}</label>
        <p id={`${FORM_ID}-links-hint`} className="field__hint">
          {t('linksHint')}
        </p>
        <textarea id={`${FORM_ID}-links`} name="links" rows={3} defaultValue={values.links} aria-describedby={`${FORM_ID}-links-hint`} />
      </div>
      <SubmitButton pendingLabel={t('posting')}>{t('post')}</SubmitButton>
    </form>
  );
}
