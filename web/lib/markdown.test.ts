import { parseBlocks, parseInline } from './markdown';

describe('parseBlocks', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseBlocks('One\nstill one.\n\nTwo.')).toEqual([
      { kind: 'paragraph', content: [{ text: 'One still one.', strong: false }] },
      { kind: 'paragraph', content: [{ text: 'Two.', strong: false }] },
    ]);
  });

  it('turns bullet lines into one list, also when a paragraph leads straight into it', () => {
    const blocks = parseBlocks('Its targets:\n- first\n- second\n\n- third\n\nAfter.');
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'list',
      items: [[{ text: 'first', strong: false }], [{ text: 'second', strong: false }], [{ text: 'third', strong: false }]],
    });
  });

  it('keeps markup as text', () => {
    expect(parseBlocks('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', content: [{ text: '<script>alert(1)</script>', strong: false }] },
    ]);
  });

  it('returns nothing for an empty section', () => {
    expect(parseBlocks('  \n\n ')).toEqual([]);
  });
});

describe('parseInline', () => {
  it('marks **strong** spans', () => {
    expect(parseInline('**2020:** a target')).toEqual([
      { text: '2020:', strong: true },
      { text: ' a target', strong: false },
    ]);
  });

  it('leaves an unpaired ** alone', () => {
    expect(parseInline('a ** b')).toEqual([{ text: 'a ** b', strong: false }]);
  });
});
