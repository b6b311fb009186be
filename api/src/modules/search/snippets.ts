/** Sentinels that a search engine wraps matches in; private-use characters never typed in card text. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

/** Escapes the card's text, then turns the sentinels into <mark>: a snippet holds no other HTML. */
export function markedSnippet(text: string): string {
  return escapeHtml(text)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>');
}

export function hasMark(text: string | null | undefined): text is string {
  return !!text && text.includes(MARK_START);
}
