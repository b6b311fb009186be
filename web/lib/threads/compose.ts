/**
 * The composer's small text helpers, shared by the server (a "Quote" link works without JavaScript) and the
 * browser (the mention helper). Pure functions, unit-tested.
 */

/** The API's mention syntax (see api/src/modules/threads/post.render.ts): the id says who; the name is for people. */
export function mentionSyntax(name: string, userId: string): string {
  // The label may not hold "]" or a line break, and the API reads at most 120 characters of it.
  const label = name.replace(/[\]\r\n]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'member';
  return `@[${label}](user:${userId})`;
}

/** A post's Markdown as a quote to answer: every line behind `> `, then an empty line for the answer. */
export function quoteBody(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').trim().split('\n');
  return `${lines.map((line) => (line ? `> ${line}` : '>')).join('\n')}\n\n`;
}

/**
 * The text with `insert` put at the caret (or over the selection), with a space on either side when the
 * neighbouring text needs one (and after it at the end of the text); answers the new text and where the caret goes.
 */
export function insertAt(text: string, insert: string, start: number, end = start): { text: string; caret: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = before && !/\s$/.test(before) ? ' ' : '';
  // At the end of the text too, so that typing goes on after the mention.
  const trail = /^\s/.test(after) ? '' : ' ';
  const piece = `${lead}${insert}${trail}`;
  return { text: `${before}${piece}${after}`, caret: before.length + piece.length };
}
