/**
 * A search highlight from the API: the card's text HTML-escaped, with the matches wrapped in
 * `<mark>…</mark>` and no other tags. Rather than trusting that string as HTML, it is split into plain
 * text segments, each flagged as marked or not, and rendered by React as text (see `SnippetText`).
 */
export interface SnippetSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The five entities the API escapes, turned back into characters in one pass (so `&amp;lt;` becomes the
 * text `&lt;`, not `<`). Anything else is left as written; React escapes the result again.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
}

/**
 * Splits a snippet on `<mark>` and `</mark>`. A `<mark>` left open runs to the end; a stray `</mark>`
 * is dropped. Adjacent segments with the same flag are merged and empty ones left out.
 */
export function parseSnippet(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let marked = false;
  for (const part of snippet.split(/(<\/?mark>)/)) {
    if (part === '<mark>') {
      marked = true;
      continue;
    }
    if (part === '</mark>') {
      marked = false;
      continue;
    }
    if (!part) continue;
    const text = decodeEntities(part);
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  }
  return segments;
}
