import type { FormState } from '../form-state';

/**
 * What the composer's Server Actions answer (start a thread, reply, edit): the usual form state, plus
 * `previewHtml` when "Preview" was pressed (the API's sanitised rendering of the text, nothing posted; empty
 * when there is nothing to show) and a `nonce` that changes with every answer, so that the form shows the
 * answer's values afresh.
 */
export interface ComposerState extends FormState {
  previewHtml?: string;
  nonce?: string;
}

export const EMPTY_COMPOSER_STATE: ComposerState = {};
