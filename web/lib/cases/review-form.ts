/** The review form as plain data, shared by its Server Action and its client form. Pure. */

export type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

/** The choices of the review form, in order; their words are `curation.review.choices.<DECISION>`. */
export const DECISIONS: readonly Decision[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];

export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

export interface ReviewFormState {
  /** A message about the whole form. */
  error?: string;
  /** Messages by input name: `decision`, `comment`, `fieldComment.title`… */
  fieldErrors?: Record<string, string>;
  /** What was typed, shown again. */
  values?: Record<string, string>;
  nonce?: string;
}

/** The textarea of a comment on one field. */
export function fieldCommentName(field: string): string {
  return `fieldComment.${field}`;
}
