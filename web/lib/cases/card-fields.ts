/**
 * The fields of a case card and the states of its curation, as codes. Their words are messages, in each
 * language: `cases.fields.<field>`, `curation.status.<STATUS>`, `curation.pendingEdit.<STATE>`,
 * `curation.decisions.<DECISION>`. Pure (no server imports): client components use it too.
 */

/** A translator for one of those namespaces (next-intl's `t`). */
export type Translate = (key: string) => string;

/** The Markdown sections, in the white paper's order. */
export const SECTIONS = ['challenge', 'approach', 'innovation', 'openGovernment', 'lessons'] as const;

export type SectionKey = (typeof SECTIONS)[number];

/** Every editable field, in the form's order (the API's EDITABLE_FIELDS). */
export const EDITABLE_FIELDS = [
  'title',
  'summary',
  ...SECTIONS,
  'sdgs',
  'themes',
  'ogpValues',
  'cities',
  'contacts',
  'links',
  'language',
  'yearStarted',
] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];

export function isEditableField(value: string): value is EditableField {
  return (EDITABLE_FIELDS as readonly string[]).includes(value);
}

export type CaseStatus = 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED' | 'ARCHIVED';

export const CASE_STATUSES: readonly CaseStatus[] = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED'];

/** The states of a published card's proposed edit. */
export const PENDING_EDIT_STATES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED'] as const;

/** A review's decisions, as the API names them. */
export const DECISION_CODES = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'] as const;

/** The words for a known code through `t`; an unknown code (a newer API) stays as it is. */
export function labelOf(t: Translate, known: readonly string[], code: string): string {
  return known.includes(code) ? t(code) : code;
}

/** "Title" for `title` (with `t` for `cases.fields`); unknown names stay as they are. */
export function fieldLabel(t: Translate, field: string): string {
  return labelOf(t, EDITABLE_FIELDS, field);
}

/** "Waiting for review" for `SUBMITTED` (with `t` for `curation.status`). */
export function statusLabel(t: Translate, status: string): string {
  return labelOf(t, CASE_STATUSES, status);
}

/** "Edit waiting for review" for a pending edit's `SUBMITTED` (with `t` for `curation.pendingEdit`). */
export function pendingEditLabel(t: Translate, state: string): string {
  return labelOf(t, PENDING_EDIT_STATES, state);
}

/** "Changes requested" for `REQUEST_CHANGES` (with `t` for `curation.decisions`). */
export function decisionLabel(t: Translate, decision: string): string {
  return labelOf(t, DECISION_CODES, decision);
}
