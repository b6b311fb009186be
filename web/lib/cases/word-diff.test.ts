import { diffWords } from './word-diff';

describe('diffWords', () => {
  it('marks the words taken out and put in, keeping the rest', () => {
    expect(diffWords('the quick brown fox', 'the slow brown fox jumps')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'quick' },
      { kind: 'added', text: 'slow' },
      { kind: 'same', text: ' brown fox' },
      { kind: 'added', text: ' jumps' },
    ]);
  });

  it('answers the text unchanged when nothing changed, and whole texts from or to nothing', () => {
    expect(diffWords('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(diffWords('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Paragraph one.\n\n- a bullet\n- another bullet with words';
    const after = 'Paragraph one, changed.\n\n- a bullet\n- a new bullet with more words';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before);
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after);
  });

  it('shows very long rewrites as replaced wholesale', () => {
    const before = Array.from({ length: 1500 }, (_, index) => `a${index}`).join(' ');
    const after = Array.from({ length: 1500 }, (_, index) => `b${index}`).join(' ');
    expect(diffWords(before, after).map((part) => part.kind)).toEqual(['removed', 'added']);
  });
});
