/**
 * The fields of a case card as people read them: the white paper's sections and the labels the form,
 * the diffs and the review comments use. Pure (no server imports): client components use it too.
 */

/** The Markdown sections, in the white paper's order, with its headings. */
export const SECTIONS = [
  { key: 'challenge', heading: 'Challenge and solution' },
  { key: 'approach', heading: 'Approach' },
  { key: 'innovation', heading: 'Innovation and practical improvement' },
  { key: 'openGovernment', heading: 'Did it open government?' },
  { key: 'lessons', heading: 'Lessons learned' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];

/** Every editable field, in the form's order (the API's EDITABLE_FIELDS), with its label. */
export const FIELD_LABELS = {
  title: 'Title',
  summary: 'Summary',
  challenge: 'Challenge and solution',
  approach: 'Approach',
  innovation: 'Innovation and practical improvement',
  openGovernment: 'Did it open government?',
  lessons: 'Lessons learned',
  sdgs: 'Sustainable Development Goals',
  themes: 'Themes',
  ogpValues: 'OGP values',
  cities: 'Cities',
  contacts: 'Contacts',
  links: 'Links',
  language: 'Language',
  yearStarted: 'Year started',
} as const;

export type EditableField = keyof typeof FIELD_LABELS;

export const EDITABLE_FIELDS = Object.keys(FIELD_LABELS) as EditableField[];

export function isEditableField(value: string): value is EditableField {
  return Object.hasOwn(FIELD_LABELS, value);
}

/** "Title" for `title`; unknown names stay as they are. */
export function fieldLabel(field: string): string {
  return isEditableField(field) ? FIELD_LABELS[field] : field;
}

export type CaseStatus = 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED' | 'ARCHIVED';

const STATUS_LABELS: Record<CaseStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Waiting for review',
  CHANGES_REQUESTED: 'Changes requested',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  ARCHIVED: 'Archived',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as CaseStatus] ?? status;
}

const PENDING_EDIT_LABELS: Record<string, string> = {
  DRAFT: 'Edit in progress',
  SUBMITTED: 'Edit waiting for review',
  CHANGES_REQUESTED: 'Changes requested to the edit',
  REJECTED: 'Edit rejected',
};

export function pendingEditLabel(state: string): string {
  return PENDING_EDIT_LABELS[state] ?? state;
}

const DECISION_LABELS: Record<string, string> = {
  APPROVE: 'Approved',
  REQUEST_CHANGES: 'Changes requested',
  REJECT: 'Rejected',
};

export function decisionLabel(decision: string): string {
  return DECISION_LABELS[decision] ?? decision;
}
