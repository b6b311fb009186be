'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { reviewCaseAction } from '../../lib/cases/curation-actions';
import { DECISIONS, fieldCommentName, type ReviewFormState } from '../../lib/cases/review-form';
import { SubmitButton } from '../forms/submit-button';

const FORM_ID = 'review-form';

export interface ReviewSection {
  field: string;
  label: string;
  /** The field's value, or its before/after diff, rendered on the server. */
  content: ReactNode;
}

/** "Title" → "title", but "OGP values" stays. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
}

function inputIdOf(name: string): string {
  return `${FORM_ID}-${name.replace(/\./g, '-')}`;
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  const common = useTranslations('common.form');
  if (!message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      <span className="visually-hidden">{common('error')} </span>
      {message}
    </p>
  );
}

/**
 * A coordinator's decision on a submission: each field shown with a box for an optional comment on it,
 * then the decision (approve, request changes, reject) and the overall comment, which the API requires for
 * the last two. Its messages go next to their inputs; it works without JavaScript.
 */
export function ReviewForm({ caseId, sections }: { caseId: string; sections: ReviewSection[] }) {
  const [state, formAction] = useActionState(reviewCaseAction, {} as ReviewFormState);
  const t = useTranslations('curation.review');
  const common = useTranslations('common.form');
  const alertRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  useEffect(() => {
    if (!state.error) return;
    const first = Object.keys(errors)[0];
    const target = first ? document.getElementById(inputIdOf(first)) : null;
    (target ?? alertRef.current)?.focus();
    // Only when a new answer arrives.
  }, [state]);

  return (
    <form id={FORM_ID} className="review-form" action={formAction}>
      <input type="hidden" name="id" value={caseId} />
      {state.error && (
        <div ref={alertRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{state.error}</p>
        </div>
      )}
      <div key={state.nonce ?? 'initial'}>
        {sections.map((section) => {
          const name = fieldCommentName(section.field);
          const id = inputIdOf(name);
          const error = errors[name];
          return (
            <section key={section.field} className="case__section review-section" aria-labelledby={`${id}-heading`}>
              <h2 id={`${id}-heading`}>{section.label}</h2>
              {section.content}
              <div className={error ? 'field field--error' : 'field'}>
                <label htmlFor={id}>
                  {t('commentOn', { field: lowerFirst(section.label) })} <span className="field__optional">{common('optional')}</span>
                </label>
                <ErrorText id={`${id}-error`} message={error} />
                <textarea id={id} name={name} rows={2} defaultValue={values[name] ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
              </div>
            </section>
          );
        })}

        <section className="case__section" aria-labelledby={`${FORM_ID}-decision-title`}>
          <h2 id={`${FORM_ID}-decision-title`}>{t('decisionTitle')}</h2>
          <fieldset
            id={inputIdOf('decision')}
            tabIndex={-1}
            className={errors.decision ? 'field fieldset field--error' : 'field fieldset'}
            aria-describedby={errors.decision ? `${inputIdOf('decision')}-error` : undefined}
          >
            <legend>{t('decision')}</legend>
            <ErrorText id={`${inputIdOf('decision')}-error`} message={errors.decision} />
            <ul className="checkboxes radios">
              {DECISIONS.map((decision) => (
                <li key={decision}>
                  <label>
                    <input type="radio" name="decision" value={decision} defaultChecked={values.decision === decision} aria-describedby={`${FORM_ID}-${decision}-hint`} />{' '}
                    {t(`choices.${decision}.label`)}
                  </label>
                  <span id={`${FORM_ID}-${decision}-hint`} className="field__hint">
                    {' '}
                    — {t(`choices.${decision}.hint`)}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={errors.comment ? 'field field--error' : 'field'}>
            <label htmlFor={inputIdOf('comment')}>{t('comment')}</label>
            <p id={`${inputIdOf('comment')}-hint`} className="field__hint">
              {t('commentHint')}
            </p>
            <ErrorText id={`${inputIdOf('comment')}-error`} message={errors.comment} />
            <textarea
              id={inputIdOf('comment')}
              name="comment"
              rows={4}
              defaultValue={values.comment ?? ''}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={[`${inputIdOf('comment')}-hint`, errors.comment && `${inputIdOf('comment')}-error`].filter(Boolean).join(' ')}
            />
          </div>
          <p className="form__actions">
            <SubmitButton pendingLabel={t('sending')}>{t('send')}</SubmitButton>
          </p>
        </section>
      </div>
    </form>
  );
}
