import 'server-only';
import { ApiUserError } from './api-client';
import type { FormState } from './form-state';

const UNEXPECTED = 'Something went wrong on our side. Please try again in a moment.';

/** A submitted text field, trimmed unless it is a secret (passwords keep their spaces). */
export function formText(formData: FormData, name: string, { trim = true }: { trim?: boolean } = {}): string {
  const value = formData.get(name);
  if (typeof value !== 'string') return '';
  return trim ? value.trim() : value;
}

/**
 * The form state for a failed submission: the API's own message for user-facing errors (next to `field`
 * when the API named one), a generic one for anything else, which is logged.
 */
export function failedState(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof ApiUserError) {
    return { error: { message: error.message, ...(error.field ? { field: error.field } : {}) }, ...(values ? { values } : {}) };
  }
  console.error(error);
  return { error: { message: UNEXPECTED }, ...(values ? { values } : {}) };
}
