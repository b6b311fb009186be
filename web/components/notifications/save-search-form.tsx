'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { saveSearchAction } from '../../lib/notifications/actions';
import { EMPTY_FORM_STATE } from '../../lib/form-state';
import { FormAlert } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';

/**
 * "Save this search" on the search page: a name, and the current words and filters as hidden fields. Saved
 * searches are followed: new published cards that match them notify you. Saving leads to the list of
 * saved searches (Account → Notifications).
 */
export function SaveSearchForm({ fields, defaultName }: { fields: [string, string][]; defaultName: string }) {
  const t = useTranslations('notifications.saveSearch');
  const common = useTranslations('common.form');
  const [state, formAction] = useActionState(saveSearchAction, EMPTY_FORM_STATE);
  const nameError = state.error?.field === 'name' || state.error?.field === 'input.name' ? state.error.message : undefined;
  return (
    <details className="save-search" open={state.error ? true : undefined}>
      <summary>{t('summary')}</summary>
      <form id="save-search-form" className="form" action={formAction}>
        {state.error && !nameError && <FormAlert message={state.error.message} />}
        {fields.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <div className={nameError ? 'field field--error' : 'field'}>
          <label htmlFor="save-search-form-name">{t('name')}</label>
          <p id="save-search-form-name-hint" className="field__hint">
            {t('hint')}
          </p>
          {nameError && (
            <p id="save-search-form-name-error" className="field__error" role="alert">
              <span className="visually-hidden">{common('error')} </span>
              {nameError}
            </p>
          )}
          <input
            id="save-search-form-name"
            name="name"
            required
            maxLength={120}
            defaultValue={state.values?.name ?? defaultName}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={['save-search-form-name-hint', nameError ? 'save-search-form-name-error' : ''].filter(Boolean).join(' ')}
          />
        </div>
        <p className="form__actions">
          <SubmitButton pendingLabel={t('saving')}>{t('save')}</SubmitButton>
        </p>
      </form>
    </details>
  );
}
