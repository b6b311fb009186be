/** The review form as plain data, shared by its Server Action and its client form. Pure. */

export type Decision = 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT';

export const DECISIONS: { value: Decision; label: string; hint: string }[] = [
  { value: 'APPROVE', label: 'Approve', hint: 'Publish the card, or apply the edit to the published card.' },
  { value: 'REQUEST_CHANGES', label: 'Request changes', hint: 'Send it back to the author with your comments.' },
  { value: 'REJECT', label: 'Reject', hint: 'Close the submission. The author sees your comment.' },
];

export function isDecision(value: string): value is Decision {
  return DECISIONS.some((decision) => decision.value === value);
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
