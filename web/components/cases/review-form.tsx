'use client';

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
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function inputIdOf(name: string): string {
  return `${FORM_ID}-${name.replace(/\./g, '-')}`;
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error" role="alert">
      <span className="visually-hidden">Error: </span>
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
                  Comment on {lowerFirst(section.label)} <span className="field__optional">(optional)</span>
                </label>
                <ErrorText id={`${id}-error`} message={error} />
                <textarea id={id} name={name} rows={2} defaultValue={values[name] ?? ''} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
              </div>
            </section>
          );
        })}

        <section className="case__section" aria-labelledby={`${FORM_ID}-decision-title`}>
          <h2 id={`${FORM_ID}-decision-title`}>Your decision</h2>
          <fieldset
            id={inputIdOf('decision')}
            tabIndex={-1}
            className={errors.decision ? 'field fieldset field--error' : 'field fieldset'}
            aria-describedby={errors.decision ? `${inputIdOf('decision')}-error` : undefined}
          >
            <legend>Decision</legend>
            <ErrorText id={`${inputIdOf('decision')}-error`} message={errors.decision} />
            <ul className="checkboxes radios">
              {DECISIONS.map((decision) => (
                <li key={decision.value}>
                  <label>
                    <input type="radio" name="decision" value={decision.value} defaultChecked={values.decision === decision.value} aria-describedby={`${FORM_ID}-${decision.value}-hint`} />{' '}
                    {decision.label}
                  </label>
                  <span id={`${FORM_ID}-${decision.value}-hint`} className="field__hint">
                    {' '}
                    — {decision.hint}
                  </span>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={errors.comment ? 'field field--error' : 'field'}>
            <label htmlFor={inputIdOf('comment')}>Comment to the author</label>
            <p id={`${inputIdOf('comment')}-hint`} className="field__hint">
              Required to request changes or to reject: say what to change, or why.
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
            <SubmitButton pendingLabel="Sending the decision…">Send the decision</SubmitButton>
          </p>
        </section>
      </div>
    </form>
  );
}
