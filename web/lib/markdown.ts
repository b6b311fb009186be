/**
 * The small part of Markdown that case sections use: paragraphs separated by blank lines, `- ` (or `* `)
 * bullet lines, and `**strong**` spans. The result is plain data that React renders as text, so nothing in
 * a section is ever interpreted as HTML.
 */
export type Inline = { text: string; strong: boolean };
export type Block = { kind: 'paragraph'; content: Inline[] } | { kind: 'list'; items: Inline[][] };

const BULLET = /^\s*[-*]\s+/;

/** Splits `**strong**` spans; an unpaired `**` stays as literal text. */
export function parseInline(text: string): Inline[] {
  const parts = text.split('**');
  if (parts.length % 2 === 0) return [{ text, strong: false }];
  return parts.map((part, index) => ({ text: part, strong: index % 2 === 1 })).filter((part) => part.text !== '');
}

export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const chunks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) });
      paragraph = [];
    };
    const flushList = () => {
      if (!items.length) return;
      const previous = blocks[blocks.length - 1];
      // Bullets separated only by blank lines are one (loose) list.
      if (previous?.kind === 'list') previous.items.push(...items.map(parseInline));
      else blocks.push({ kind: 'list', items: items.map(parseInline) });
      items = [];
    };
    for (const rawLine of chunk.split('\n')) {
      const line = rawLine.trim();
      if (!line) continue;
      if (BULLET.test(rawLine)) {
        flushParagraph();
        items.push(line.replace(BULLET, ''));
      } else if (items.length && /^\s+/.test(rawLine)) {
        // An indented line continues the previous bullet.
        items[items.length - 1] += ` ${line}`;
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
