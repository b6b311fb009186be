import { normaliseWords, parseQuery, wordsOf } from './search-query.js';

describe('parseQuery', () => {
  it('makes every word a clause, the last one a prefix', () => {
    expect(parseQuery('climate plan')).toEqual({
      clauses: [[{ kind: 'word', word: 'climate', prefix: false }], [{ kind: 'word', word: 'plan', prefix: true }]],
      excluded: [],
    });
  });

  it('does not treat the last word as a prefix once a space follows it', () => {
    expect(parseQuery('climate ').clauses).toEqual([[{ kind: 'word', word: 'climate', prefix: false }]]);
  });

  it('reads phrases, exclusions and OR', () => {
    expect(parseQuery('"informal vendors" -Seoul budget OR budgeting')).toEqual({
      clauses: [
        [{ kind: 'phrase', words: ['informal', 'vendors'] }],
        [
          { kind: 'word', word: 'budget', prefix: false },
          { kind: 'word', word: 'budgeting', prefix: true },
        ],
      ],
      excluded: [{ kind: 'word', word: 'seoul', prefix: false }],
    });
  });

  it('unaccents and lower-cases', () => {
    expect(normaliseWords('Bogotá São-Paulo ÉCOLE')).toEqual(['bogota', 'sao', 'paulo', 'ecole']);
  });

  it.each(["&&&", "'", ':*', '\\', '(', '!', '<->', 'a & b | !c', "o'brien:*"])('turns %s into plain words or nothing', (text) => {
    const words = wordsOf(parseQuery(text));
    for (const word of words) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('ignores a leading OR and an unterminated quote', () => {
    expect(parseQuery('OR "open data').clauses).toEqual([[{ kind: 'phrase', words: ['open', 'data'] }]]);
  });
});
