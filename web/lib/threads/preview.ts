/**
 * The composer's preview: a post's Markdown read as plain data (blocks of inline pieces) that React renders
 * as text, so nothing typed is ever interpreted as HTML. The API has no preview query, so this follows the
 * part of GitHub-flavoured Markdown that posts keep (see the README's "Threads and moderation"): paragraphs
 * with single line breaks, quotes, lists, headings, code, emphasis, links and mentions. The post itself is
 * rendered by the API (`bodyHtml`) when it is saved.
 */
export type PreviewInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em' | 'del'; children: PreviewInline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string | null; children: PreviewInline[] }
  | { kind: 'mention'; name: string }
  | { kind: 'break' };

export type PreviewBlock =
  | { kind: 'paragraph'; content: PreviewInline[] }
  | { kind: 'heading'; level: 3 | 4 | 5 | 6; content: PreviewInline[] }
  | { kind: 'quote'; blocks: PreviewBlock[] }
  | { kind: 'list'; ordered: boolean; items: PreviewInline[][] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Inline patterns, tried at each position, first match wins. */
const INLINE_RULES: { pattern: RegExp; build: (match: RegExpExecArray) => PreviewInline }[] = [
  { pattern: /^`([^`\n]+)`/, build: (m) => ({ kind: 'code', text: m[1]! }) },
  { pattern: /^@\[([^\]\n]{1,120})\]\(user:[0-9a-f-]{36}\)/i, build: (m) => ({ kind: 'mention', name: m[1]! }) },
  { pattern: /^\[([^\]\n]+)\]\(\s*<?([^)\s>]*)>?\s*\)/, build: (m) => ({ kind: 'link', href: SAFE_LINK.test(m[2]!) ? m[2]! : null, children: parseInline(m[1]!) }) },
  { pattern: /^\*\*([^\n]+?)\*\*/, build: (m) => ({ kind: 'strong', children: parseInline(m[1]!) }) },
  { pattern: /^__([^\n]+?)__/, build: (m) => ({ kind: 'strong', children: parseInline(m[1]!) }) },
  { pattern: /^~~([^\n]+?)~~/, build: (m) => ({ kind: 'del', children: parseInline(m[1]!) }) },
  { pattern: /^\*([^*\s][^*\n]*?)\*/, build: (m) => ({ kind: 'em', children: parseInline(m[1]!) }) },
  { pattern: /^_([^_\s][^_\n]*?)_(?![A-Za-z0-9])/, build: (m) => ({ kind: 'em', children: parseInline(m[1]!) }) },
  { pattern: /^\n/, build: () => ({ kind: 'break' }) },
];

/** Inline Markdown: code spans, mentions, links, strong, emphasis, strike-through and line breaks. */
export function parseInline(text: string): PreviewInline[] {
  const pieces: PreviewInline[] = [];
  let plain = '';
  let rest = text;
  while (rest) {
    const rule = INLINE_RULES.map((candidate) => ({ candidate, match: candidate.pattern.exec(rest) })).find(({ match }) => match);
    if (rule?.match) {
      if (plain) pieces.push({ kind: 'text', text: plain });
      plain = '';
      pieces.push(rule.candidate.build(rule.match));
      rest = rest.slice(rule.match[0].length);
    } else {
      plain += rest[0];
      rest = rest.slice(1);
    }
  }
  if (plain) pieces.push({ kind: 'text', text: plain });
  return pieces;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>\s?/;
const BULLET = /^\s{0,3}[-*+]\s+/;
const NUMBERED = /^\s{0,3}\d{1,9}[.)]\s+/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

/** Lines from `start` while `test` holds. */
function takeWhile(lines: string[], start: number, test: (line: string) => boolean): string[] {
  const taken: string[] = [];
  for (let index = start; index < lines.length && test(lines[index]!); index++) taken.push(lines[index]!);
  return taken;
}

function isParagraphLine(line: string): boolean {
  return line.trim() !== '' && !FENCE.test(line) && !HEADING.test(line) && !QUOTE.test(line) && !BULLET.test(line) && !NUMBERED.test(line) && !RULE.test(line);
}

/** One block from `lines[index]`: the block and how many lines it used. */
function readBlock(lines: string[], index: number): { block: PreviewBlock; used: number } {
  const line = lines[index]!;
  if (FENCE.test(line)) {
    const body = takeWhile(lines, index + 1, (next) => !FENCE.test(next));
    const closed = index + 1 + body.length < lines.length;
    return { block: { kind: 'code', text: body.join('\n') }, used: body.length + (closed ? 2 : 1) };
  }
  const heading = HEADING.exec(line);
  if (heading) {
    const level = Math.min(6, Math.max(3, heading[1]!.length + 2)) as 3 | 4 | 5 | 6;
    return { block: { kind: 'heading', level, content: parseInline(heading[2]!) }, used: 1 };
  }
  if (RULE.test(line)) return { block: { kind: 'rule' }, used: 1 };
  if (QUOTE.test(line)) {
    const quoted = takeWhile(lines, index, (next) => QUOTE.test(next));
    return { block: { kind: 'quote', blocks: parsePreview(quoted.map((next) => next.replace(QUOTE, '')).join('\n')) }, used: quoted.length };
  }
  for (const [pattern, ordered] of [[BULLET, false], [NUMBERED, true]] as const) {
    if (!pattern.test(line)) continue;
    const items = takeWhile(lines, index, (next) => pattern.test(next));
    return { block: { kind: 'list', ordered, items: items.map((item) => parseInline(item.replace(pattern, ''))) }, used: items.length };
  }
  const paragraph = takeWhile(lines, index, isParagraphLine);
  return { block: { kind: 'paragraph', content: parseInline(paragraph.map((next) => next.trim()).join('\n')) }, used: Math.max(1, paragraph.length) };
}

/** A post's Markdown as preview blocks. */
export function parsePreview(markdown: string): PreviewBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: PreviewBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!lines[index]!.trim()) {
      index++;
      continue;
    }
    const { block, used } = readBlock(lines, index);
    blocks.push(block);
    index += used;
  }
  return blocks;
}
