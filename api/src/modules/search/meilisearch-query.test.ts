import { parseQuerySlots, planQuery } from './meilisearch-query.js';

describe('planQuery', () => {
  it('keeps words, phrases and exclusions in order, and requires every word', () => {
    expect(planQuery('"open data" -Seoul budget')).toEqual({ alternatives: ['"open data" -Seoul budget'], matchingStrategy: 'all' });
    expect(planQuery('-"smart city" parking')).toEqual({ alternatives: ['-"smart city" parking'], matchingStrategy: 'all' });
    expect(planQuery('')).toEqual({ alternatives: [''], matchingStrategy: 'all' });
  });

  it('expands OR into alternatives that keep the other terms and the exclusions', () => {
    expect(planQuery('Seoul OR Dakar')).toEqual({ alternatives: ['Seoul', 'Dakar'], matchingStrategy: 'all' });
    expect(planQuery('"open data" OR transparency -air budget')).toEqual({
      alternatives: ['"open data" -air budget', 'transparency -air budget'],
      matchingStrategy: 'all',
    });
    expect(planQuery('a OR b c OR d').alternatives).toEqual(['a c', 'a d', 'b c', 'b d']);
    expect(planQuery('a OR b OR c').alternatives).toEqual(['a', 'b', 'c']);
  });

  it('falls back to dropping OR with the `last` strategy when there are too many combinations', () => {
    expect(planQuery('a OR b c OR d e OR f', 4)).toEqual({ alternatives: ['a b c d e f'], matchingStrategy: 'last' });
  });

  it('ignores a leading or trailing OR, an OR next to an exclusion, lower-case or, and OR inside phrases', () => {
    expect(planQuery('OR water').alternatives).toEqual(['water']);
    expect(planQuery('water OR').alternatives).toEqual(['water']);
    expect(planQuery('bread or butter').alternatives).toEqual(['bread or butter']);
    expect(planQuery('"war OR peace"').alternatives).toEqual(['"war OR peace"']);
    expect(planQuery('water OR -air').alternatives).toEqual(['water -air']);
  });

  it('closes unterminated quotes, drops empty phrases, stray quotes and lone dashes', () => {
    expect(planQuery('budget "open   data').alternatives).toEqual(['budget "open data"']);
    expect(parseQuerySlots('"" - a"b   --c -" x  y"')).toEqual([
      { kind: 'match', terms: ['ab'] },
      { kind: 'exclude', term: 'c' },
      { kind: 'exclude', term: '"x y"' },
    ]);
    expect(planQuery('   ').alternatives).toEqual(['']);
    for (const text of ['&&&', "'", ':*', '\\', '(', '!', '<->', "o'brien:* & !x | (y", '"', '-', 'OR', '-"']) {
      const { alternatives } = planQuery(text);
      for (const q of alternatives) expect(q.split('"').length % 2).toBe(1); // balanced quotes
    }
  });
});
