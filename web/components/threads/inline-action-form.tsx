'use client';

import { useActionState, type ReactNode } from 'react';
import { EMPTY_FORM_STATE, type FormState } from '../../lib/form-state';
import { FormAlert } from '../forms/form-field';
import type { FormAction } from '../forms/action-form';
import { SubmitButton } from '../forms/submit-button';
import styles from './threads.module.css';

/**
 * A one-button form (follow, hide, lock, delete…) whose Server Action redirects when it worked and answers
 * the API's message when it did not, shown above the button. Works without JavaScript, like every form.
 */
export function InlineActionForm({
  action,
  hidden,
  label,
  pendingLabel,
  className = 'button--small button--secondary',
  children,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: ReactNode;
  pendingLabel?: string;
  className?: string;
  /** Shown before the button, inside the form (a question, a field). */
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState<FormState, FormData>(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className={styles.inlineForm}>
      {state.error && <FormAlert message={state.error.message} />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton className={className} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
