import { readFileSync } from 'node:fs';
import { describeAuditAction, describeAuditDetails } from './audit';
import { fieldLabel, statusLabel } from './card-fields';
import { diffLists, formatFieldValue, waitingTime } from './field-values';

interface CurationMessages {
  status: Record<string, string>;
  audit: { actions: Record<string, string>; details: Record<string, string> };
}

describe('formatFieldValue', () => {
  it('reads each kind of field', () => {
    expect(formatFieldValue('sdgs', [13, { number: 1 }])).toEqual({ kind: 'list', items: ['13. Climate Action', '1. No Poverty'] });
    expect(formatFieldValue('cities', [{ name: 'Paris', country: 'FR' }])).toEqual({ kind: 'list', items: ['Paris, France'] });
    expect(formatFieldValue('contacts', [{ name: 'Ada', role: 'Mayor', organisation: null, email: 'ada@example.org' }])).toEqual({ kind: 'list', items: ['Ada, Mayor — ada@example.org'] });
    expect(formatFieldValue('links', [{ label: 'https://x.org', url: 'https://x.org' }])).toEqual({ kind: 'list', items: ['https://x.org'] });
    expect(formatFieldValue('language', 'es')).toEqual({ kind: 'text', text: 'Spanish', markdown: false });
    expect(formatFieldValue('language', 'es', 'es')).toEqual({ kind: 'text', text: 'Español', markdown: false });
    expect(formatFieldValue('sdgs', [13], 'fr')).toEqual({ kind: 'list', items: ['13. Mesures relatives à la lutte contre les changements climatiques'] });
    expect(formatFieldValue('challenge', 'text')).toEqual({ kind: 'text', text: 'text', markdown: true });
    expect(formatFieldValue('yearStarted', null)).toEqual({ kind: 'text', text: '', markdown: false });
  });

  it('marks the lines of a list that went and came', () => {
    expect(diffLists(['a', 'b'], ['b', 'c'])).toEqual({
      before: [
        { text: 'a', removed: true },
        { text: 'b', removed: false },
      ],
      after: [
        { text: 'b', added: false },
        { text: 'c', added: true },
      ],
    });
  });
});

describe('waitingTime', () => {
  it('says how long something waited, in the largest sensible unit', () => {
    expect(waitingTime(5)).toBeNull();
    expect(waitingTime(60)).toEqual({ unit: 'minute', count: 1 });
    expect(waitingTime(3 * 3600 + 5)).toEqual({ unit: 'hour', count: 3 });
    expect(waitingTime(86_400)).toEqual({ unit: 'day', count: 1 });
    expect(waitingTime(3 * 86_400 + 7200)).toEqual({ unit: 'day', count: 3 });
    expect(waitingTime(13 * 86_400)).toEqual({ unit: 'day', count: 13 });
    expect(waitingTime(21 * 86_400)).toEqual({ unit: 'week', count: 3 });
  });
});

describe('audit events in words', () => {
  it('describes actions and details', () => {
    // The English messages, through a translator like next-intl's.
    const messages = JSON.parse(readFileSync(new URL('../../messages/en/curation.json', import.meta.url), 'utf8')) as CurationMessages;
    const fields = JSON.parse(readFileSync(new URL('../../messages/en/cases.json', import.meta.url), 'utf8')).fields as Record<string, string>;
    const fill = (text: string, values: Record<string, string> = {}) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
    const words = {
      t: (key: string, values?: Record<string, string>) => fill(messages.audit.details[key]!, values),
      field: (name: string) => fieldLabel((key) => fields[key]!, name),
      status: (code: string) => statusLabel((key) => messages.status[key]!, code),
      role: (code: string) => code,
    };
    expect(describeAuditAction((key) => messages.audit.actions[key]!, 'case.approve')).toBe('Approved a submission');
    expect(describeAuditAction((key) => messages.audit.actions[key]!, 'something.new')).toBe('something.new');
    expect(describeAuditDetails({ changedFields: ['title', 'sdgs'], status: 'DRAFT' }, words)).toBe('Changed: Title, Sustainable Development Goals; now draft');
    expect(describeAuditDetails({ changedFields: [], pendingEdit: true }, words)).toBe('No change; an edit of the published card');
    expect(describeAuditDetails({}, words)).toBe('');
  });
});
