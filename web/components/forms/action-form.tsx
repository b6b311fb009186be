'use client';

import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { EMPTY_FORM_STATE, type FormState } from '../../lib/form-state';
import { FormAlert, FormField, FormSuccess, type FieldSpec } from './form-field';
import { SubmitButton } from './submit-button';

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Moves focus to what needs attention after a submission that JavaScript handled. */
export function useFocusOnError(state: FormState, formId: string, fieldNames: Set<string>) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.error) return;
    const field = state.error.field;
    if (field && fieldNames.has(field)) document.getElementById(`${formId}-${field}`)?.focus();
    else alertRef.current?.focus();
    // Only when a new answer arrives, not on every render.
  }, [state]);
  return alertRef;
}

interface FormProps {
  id: string;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  submitClassName?: string;
  /** Shown above the fields, inside the form. */
  children?: ReactNode;
  /** Shown after the submit button, inside the form. */
  footer?: ReactNode;
}

/**
 * A form for a FormState answer that its parent holds (for parents that read the answer themselves): the
 * API's message goes next to the field it names, or at the top; a success message shows above the form.
 */
export function StatefulForm({
  id,
  state,
  formAction,
  fields = [],
  hidden = {},
  submitLabel,
  pendingLabel,
  submitClassName,
  children,
  footer,
}: FormProps & { state: FormState; formAction: (formData: FormData) => void }) {
  const fieldNames = new Set(fields.map((field) => field.name));
  const fieldError = state.error?.field && fieldNames.has(state.error.field) ? state.error : undefined;
  const alertRef = useFocusOnError(state, id, fieldNames);

  return (
    <form id={id} className="form" action={formAction}>
      {state.error && !fieldError && <FormAlert focusRef={alertRef} message={state.error.message} />}
      {state.success && <FormSuccess message={state.success} />}
      {children}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <FormField
          key={field.name}
          formId={id}
          field={field}
          error={fieldError?.field === field.name ? fieldError.message : undefined}
          value={state.values?.[field.name]}
        />
      ))}
      <p className="form__actions">
        <SubmitButton className={submitClassName} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        {footer}
      </p>
    </form>
  );
}

/**
 * A form whose Server Action answers a FormState (see StatefulForm). Without JavaScript it posts as plain
 * HTML and the page comes back with the same messages (React's useActionState with Next.js).
 */
export function ActionForm({ action, ...props }: FormProps & { action: FormAction }) {
  const [state, formAction] = useActionState(action, EMPTY_FORM_STATE);
  return <StatefulForm {...props} state={state} formAction={formAction} />;
}
