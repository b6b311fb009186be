import { decodeEntities, parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('splits marked and plain text', () => {
    expect(parseSnippet('A <mark>climate</mark> action <mark>plan</mark>')).toEqual([
      { text: 'A ', marked: false },
      { text: 'climate', marked: true },
      { text: ' action ', marked: false },
      { text: 'plan', marked: true },
    ]);
  });

  it('decodes the escaped entities back to characters, inside and outside marks', () => {
    expect(parseSnippet('Tom &amp; Jerry &lt;b&gt; &quot;x&quot; <mark>it&#39;s</mark>')).toEqual([
      { text: 'Tom & Jerry <b> "x" ', marked: false },
      { text: "it's", marked: true },
    ]);
  });

  it('keeps escaped markup as text, so it can never become an element', () => {
    expect(parseSnippet('&lt;mark&gt;not a mark&lt;/mark&gt; &lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<mark>not a mark</mark> <script>alert(1)</script>', marked: false },
    ]);
  });

  it('decodes in one pass: a double-escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt; &amp;amp; &nbsp; &#60;')).toBe('&lt; &amp; &nbsp; &#60;');
  });

  it('tolerates empty marks, a mark left open and a stray closing tag', () => {
    expect(parseSnippet('')).toEqual([]);
    expect(parseSnippet('<mark></mark>plain')).toEqual([{ text: 'plain', marked: false }]);
    expect(parseSnippet('a</mark>b <mark>open')).toEqual([
      { text: 'ab ', marked: false },
      { text: 'open', marked: true },
    ]);
    expect(parseSnippet('<mark>a</mark><mark>b</mark>')).toEqual([{ text: 'ab', marked: true }]);
  });
});
