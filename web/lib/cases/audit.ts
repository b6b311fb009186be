/** Audit events in words, through the messages of `curation.audit`. Pure. */
import type { Translate } from './card-fields';

/** A translator that also takes values (next-intl's `t`). */
export type TranslateWith = (key: string, values?: Record<string, string>) => string;

const ACTIONS = [
  'case.create',
  'case.update',
  'case.submit',
  'case.approve',
  'case.request_changes',
  'case.reject',
  'case.archive',
  'member.invite',
  'member.invitation.revoke',
  'member.join',
  'member.leave',
  'member.remove',
  'member.role.change',
  'network.create',
];

/** The message key of an action: dots nest messages, so `case.approve` is `case_approve`. */
const actionKey = (action: string) => action.replace(/\./g, '_');

/** "Approved a submission" for `case.approve` (with `t` for `curation.audit.actions`); unknown actions as they are. */
export function describeAuditAction(t: Translate, action: string): string {
  return ACTIONS.includes(action) ? t(actionKey(action)) : action;
}

const RECORD_TYPES = ['case', 'invitation', 'user', 'membership', 'network'];

/** "Case" for `case` (with `t` for `curation.audit.records`). */
export function describeRecordType(t: Translate, recordType: string): string {
  return RECORD_TYPES.includes(recordType) ? t(recordType) : recordType;
}

export interface AuditDetailWords {
  /** `t` for `curation.audit.details`: changed, noChange, pendingEdit, now, role. */
  t: TranslateWith;
  field(name: string): string;
  status(code: string): string;
  role(code: string): string;
}

/** The details worth a line: the fields changed, the state reached, an edit rather than a card. */
export function describeAuditDetails(details: Record<string, unknown> | null | undefined, words: AuditDetailWords): string {
  if (!details) return '';
  const parts: string[] = [];
  if (Array.isArray(details.changedFields)) {
    const fields = details.changedFields.filter((field): field is string => typeof field === 'string');
    parts.push(fields.length ? words.t('changed', { fields: fields.map(words.field).join(', ') }) : words.t('noChange'));
  }
  if (details.pendingEdit === true || details.appliesTo === 'PENDING_EDIT') parts.push(words.t('pendingEdit'));
  if (typeof details.status === 'string') parts.push(words.t('now', { status: words.status(details.status).toLocaleLowerCase() }));
  if (typeof details.role === 'string') parts.push(words.t('role', { role: words.role(details.role).toLocaleLowerCase() }));
  return parts.join('; ');
}
