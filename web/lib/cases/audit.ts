/** Audit events in words. Pure. */
import { fieldLabel, statusLabel } from './card-fields';

const ACTIONS: Record<string, string> = {
  'case.create': 'Created a card',
  'case.update': 'Saved a card',
  'case.submit': 'Submitted a card for review',
  'case.approve': 'Approved a submission',
  'case.request_changes': 'Requested changes',
  'case.reject': 'Rejected a submission',
  'case.archive': 'Archived a card',
  'member.invite': 'Invited someone',
  'member.invitation.revoke': 'Withdrew an invitation',
  'member.join': 'Joined the network',
  'member.leave': 'Left the network',
  'member.remove': 'Removed a member',
  'member.role.change': 'Changed a member’s role',
  'network.create': 'Created the network',
};

/** "Approved a submission" for `case.approve`; unknown actions as they are. */
export function describeAuditAction(action: string): string {
  return ACTIONS[action] ?? action;
}

const RECORD_TYPES: Record<string, string> = { case: 'Case', invitation: 'Invitation', user: 'User', membership: 'Membership', network: 'Network' };

export function describeRecordType(recordType: string): string {
  return RECORD_TYPES[recordType] ?? recordType;
}

/** The details worth a line: the fields changed, the state reached, an edit rather than a card. */
export function describeAuditDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  const parts: string[] = [];
  if (Array.isArray(details.changedFields)) {
    const fields = details.changedFields.filter((field): field is string => typeof field === 'string');
    parts.push(fields.length ? `Changed: ${fields.map(fieldLabel).join(', ')}` : 'No change');
  }
  if (details.pendingEdit === true || details.appliesTo === 'PENDING_EDIT') parts.push('an edit of the published card');
  if (typeof details.status === 'string') parts.push(`now ${statusLabel(details.status).toLowerCase()}`);
  if (typeof details.role === 'string') parts.push(`role: ${details.role.toLowerCase()}`);
  return parts.join('; ');
}
