import type { FormState } from '../form-state';

/**
 * What the composer's Server Actions answer (start a thread, reply, edit): the usual form state, plus
 * `preview` when "Preview" was pressed (the text is shown rendered, nothing is posted) and a `nonce` that
 * changes with every answer, so that the form shows the answer's values afresh.
 */
export interface ComposerState extends FormState {
  preview?: boolean;
  nonce?: string;
}

export const EMPTY_COMPOSER_STATE: ComposerState = {};
