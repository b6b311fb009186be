import {
  chunkDocuments,
  highlightsFrom,
  mergeFormatted,
  pageParams,
  sortFacetValues,
  toMeiliDocument,
  toSnippet,
} from './meilisearch-results.js';
import { DOCUMENT } from './meilisearch.fake-server.js';
import { escapeHtml } from './snippets.js';

describe('escapeHtml and toSnippet', () => {
  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('escapes the card text and turns the sentinels into <mark>', () => {
    expect(toSnippet('The \u0001budget\u0002 <script>alert(1)</script> & \u0001more\u0002')).toBe(
      'The <mark>budget</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>more</mark>',
    );
  });

  it('never produces unbalanced or empty marks', () => {
    expect(toSnippet('a \u0002b\u0001 c')).toBe('a b<mark> c</mark>');
    expect(toSnippet('\u0001\u0001x\u0002\u0002')).toBe('<mark>x</mark>');
    expect(toSnippet('\u0001\u0002plain')).toBe('plain');
  });
});

describe('highlightsFrom', () => {
  it('returns only fields with a match, in a fixed order, as safe snippets', () => {
    expect(
      highlightsFrom({
        id: 'x',
        places: ['\u0001Nairobi\u0002', 'Kenya'],
        title: 'No match <b>',
        summary: 'The \u0001budget\u0002 & the "plan"',
        challenge: 'Nothing',
        sections: ['plain', '…the \u0001open\u0002 \u0001data\u0002 portal…', 'a \u0001budget\u0002', 'third \u0001budget\u0002'],
      }),
    ).toEqual([
      { field: 'summary', snippet: 'The <mark>budget</mark> &amp; the &quot;plan&quot;' },
      { field: 'sections', snippet: '…the <mark>open</mark> <mark>data</mark> portal… a <mark>budget</mark>' },
      { field: 'places', snippet: '<mark>Nairobi</mark> · Kenya' },
    ]);
  });

  it('separates passages that Meilisearch did not crop with an ellipsis', () => {
    expect(highlightsFrom({ sections: ['one \u0001x\u0002', 'two \u0001x\u0002'] })).toEqual([
      { field: 'sections', snippet: 'one <mark>x</mark> … two <mark>x</mark>' },
    ]);
  });

  it('is empty without _formatted or matches', () => {
    expect(highlightsFrom(undefined)).toEqual([]);
    expect(highlightsFrom({ title: 'Open budget', places: ['Kenya'], sections: [] })).toEqual([]);
  });
});

describe('mergeFormatted', () => {
  it('takes, per field, the first alternative that highlights something there', () => {
    expect(
      mergeFormatted([
        { id: 'x', title: 'Seoul air', places: ['Seoul'] },
        { id: 'x', title: '\u0001Seoul\u0002 air', places: ['\u0001Seoul\u0002'] },
        { id: 'x', title: 'Seoul \u0001air\u0002', summary: '\u0001air\u0002' },
      ]),
    ).toEqual({ id: 'x', title: '\u0001Seoul\u0002 air', places: ['\u0001Seoul\u0002'], summary: '\u0001air\u0002' });
    expect(mergeFormatted([])).toBeUndefined();
  });
});

describe('sortFacetValues', () => {
  it('sorts by count desc, then value asc (numbers by value), and drops zero counts', () => {
    expect(sortFacetValues({ '10': 3, '2': 3, '5': 9, '7': 0 })).toEqual([
      { value: '5', count: 9 },
      { value: '2', count: 3 },
      { value: '10', count: 3 },
    ]);
    expect(sortFacetValues({ Europe: 1, Africa: 1, Asia: 4 })).toEqual([
      { value: 'Asia', count: 4 },
      { value: 'Africa', count: 1 },
      { value: 'Europe', count: 1 },
    ]);
    expect(sortFacetValues(undefined)).toEqual([]);
  });
});

describe('pageParams', () => {
  it('uses pages (exhaustive totals) when the offset is a whole number of pages', () => {
    expect(pageParams(0, 20)).toEqual({ page: 1, hitsPerPage: 20 });
    expect(pageParams(40, 20)).toEqual({ page: 3, hitsPerPage: 20 });
  });

  it('falls back to offset/limit otherwise', () => {
    expect(pageParams(5, 20)).toEqual({ offset: 5, limit: 20 });
    expect(pageParams(0, 0)).toEqual({ offset: 0, limit: 0 });
  });
});

describe('toMeiliDocument and chunkDocuments', () => {
  it('stores publishedAt as unix seconds and everything else as is', () => {
    const stored = toMeiliDocument(DOCUMENT);
    expect(stored.publishedAt).toBe(Date.UTC(2024, 2, 1, 12) / 1000);
    const { publishedAt: _published, ...rest } = stored;
    const { publishedAt: _original, ...expected } = DOCUMENT;
    expect(rest).toEqual(expected);
  });

  it('splits payloads by count and by size', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ i, text: 'x'.repeat(100) }));
    expect(chunkDocuments(items, 10_000, 3).map((chunk) => chunk.length)).toEqual([3, 3, 1]);
    expect(chunkDocuments(items, 250, 100).map((chunk) => chunk.length)).toEqual([2, 2, 2, 1]);
    expect(chunkDocuments([], 250, 100)).toEqual([]);
    // One document bigger than the limit still goes, alone.
    expect(chunkDocuments(items.slice(0, 2), 10, 100).map((chunk) => chunk.length)).toEqual([1, 1]);
  });
});
