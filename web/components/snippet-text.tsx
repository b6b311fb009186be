import { parseSnippet } from '../lib/search/snippet';

/**
 * A search highlight as text with its matches in <mark>. The API's snippet is parsed (not injected as
 * HTML), and every segment is rendered by React as text.
 */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {parseSnippet(snippet).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
