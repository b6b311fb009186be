import { insertAt, mentionSyntax, quoteBody } from './compose';

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
