import { describeAuditAction, describeAuditDetails } from './audit';
import { diffLists, formatDuration, formatFieldValue } from './field-values';

describe('formatFieldValue', () => {
  it('reads each kind of field', () => {
    expect(formatFieldValue('sdgs', [13, { number: 1 }])).toEqual({ kind: 'list', items: ['13. Climate Action', '1. No Poverty'] });
    expect(formatFieldValue('cities', [{ name: 'Paris', country: 'FR' }])).toEqual({ kind: 'list', items: ['Paris, France'] });
    expect(formatFieldValue('contacts', [{ name: 'Ada', role: 'Mayor', organisation: null, email: 'ada@example.org' }])).toEqual({ kind: 'list', items: ['Ada, Mayor — ada@example.org'] });
    expect(formatFieldValue('links', [{ label: 'https://x.org', url: 'https://x.org' }])).toEqual({ kind: 'list', items: ['https://x.org'] });
    expect(formatFieldValue('language', 'es')).toEqual({ kind: 'text', text: 'Español', markdown: false });
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

describe('formatDuration', () => {
  it('says how long something waited, in the largest sensible unit', () => {
    expect(formatDuration(5)).toBe('less than a minute');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(3 * 3600 + 5)).toBe('3 hours');
    expect(formatDuration(86_400)).toBe('1 day');
    expect(formatDuration(3 * 86_400 + 7200)).toBe('3 days');
    expect(formatDuration(13 * 86_400)).toBe('13 days');
    expect(formatDuration(21 * 86_400)).toBe('3 weeks');
  });
});

describe('audit events in words', () => {
  it('describes actions and details', () => {
    expect(describeAuditAction('case.approve')).toBe('Approved a submission');
    expect(describeAuditAction('something.new')).toBe('something.new');
    expect(describeAuditDetails({ changedFields: ['title', 'sdgs'], status: 'DRAFT' })).toBe('Changed: Title, Sustainable Development Goals; now draft');
    expect(describeAuditDetails({ changedFields: [], pendingEdit: true })).toBe('No change; an edit of the published card');
    expect(describeAuditDetails({})).toBe('');
  });
});
