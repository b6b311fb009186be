import { insertAt, mentionSyntax, quoteBody } from './compose';
import { parseInline, parsePreview } from './preview';

const ID = '0b6f1a52-7c1d-4e8f-9a3b-2c4d5e6f7a8b';

describe('mentionSyntax', () => {
  it('writes the API’s syntax, with a label that cannot break it', () => {
    expect(mentionSyntax('Ana María', ID)).toBe(`@[Ana María](user:${ID})`);
    expect(mentionSyntax('Bad]name\nhere', ID)).toBe(`@[Bad name here](user:${ID})`);
    expect(mentionSyntax('x'.repeat(200), ID)).toBe(`@[${'x'.repeat(120)}](user:${ID})`);
  });
});

describe('quoteBody', () => {
  it('puts every line behind "> " and leaves an empty line for the answer', () => {
    expect(quoteBody('first\r\n\r\nsecond\n')).toBe('> first\n>\n> second\n\n');
  });
});

describe('insertAt', () => {
  it('adds spaces only where the text needs them, and puts the caret after the insert', () => {
    expect(insertAt('Hello there', '@x', 5)).toEqual({ text: 'Hello @x there', caret: 8 });
    expect(insertAt('Hello ', '@x', 6)).toEqual({ text: 'Hello @x ', caret: 9 });
    expect(insertAt('', '@x', 0)).toEqual({ text: '@x ', caret: 3 });
    expect(insertAt('Hi NAME!', '@x', 3, 7)).toEqual({ text: 'Hi @x !', caret: 6 });
  });
});

describe('preview', () => {
  it('reads quotes, lists, headings, code, rules and paragraphs with single line breaks', () => {
    const blocks = parsePreview('> quoted\n> more\n\n# Title\n\n- one\n- two\n\n1. first\n\n```\n<b>x</b>\n```\n\n---\n\nline one\nline two');
    expect(blocks.map((block) => block.kind)).toEqual(['quote', 'heading', 'list', 'list', 'code', 'rule', 'paragraph']);
    expect(blocks[0]).toEqual({ kind: 'quote', blocks: [{ kind: 'paragraph', content: [{ kind: 'text', text: 'quoted' }, { kind: 'break' }, { kind: 'text', text: 'more' }] }] });
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[4]).toEqual({ kind: 'code', text: '<b>x</b>' });
  });

  it('keeps safe links, drops the address of others, and shows mentions by name', () => {
    expect(parseInline(`**bold** [site](https://example.org) [bad](javascript:alert(1)) @[Ana](user:${ID})`)).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://example.org', children: [{ kind: 'text', text: 'site' }] },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: null, children: [{ kind: 'text', text: 'bad' }] },
      { kind: 'text', text: ') ' },
      { kind: 'mention', name: 'Ana' },
    ]);
  });

  it('leaves raw HTML as text', () => {
    expect(parsePreview('<script>alert(1)</script>')).toEqual([{ kind: 'paragraph', content: [{ kind: 'text', text: '<script>alert(1)</script>' }] }]);
  });
});
