import 'server-only';
import { getTranslations } from 'next-intl/server';
import { ApiUserError } from './api-client';
import type { FormState } from './form-state';

/** A submitted text field, trimmed unless it is a secret (passwords keep their spaces). */
export function formText(formData: FormData, name: string, { trim = true }: { trim?: boolean } = {}): string {
  const value = formData.get(name);
  if (typeof value !== 'string') return '';
  return trim ? value.trim() : value;
}

/**
 * The form state for a failed submission: the API's own message for user-facing errors (next to `field`
 * when the API named one; the API words it in English), a generic one in the interface's language for
 * anything else, which is logged.
 */
export async function failedState(error: unknown, values?: Record<string, string>): Promise<FormState> {
  if (error instanceof ApiUserError) {
    return { error: { message: error.message, ...(error.field ? { field: error.field } : {}) }, ...(values ? { values } : {}) };
  }
  console.error(error);
  const t = await getTranslations('common.error');
  return { error: { message: t('unexpected') }, ...(values ? { values } : {}) };
}
