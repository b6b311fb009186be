import { parseBlocks, type Inline } from '../lib/markdown';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, index) => (part.strong ? <strong key={index}>{part.text}</strong> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/**
 * A case section's Markdown as paragraphs and bullet lists. Every character is rendered as text by
 * React (no `dangerouslySetInnerHTML`), so a section cannot inject markup.
 */
export function MarkdownText({ source }: { source: string }) {
  return (
    <>
      {parseBlocks(source).map((block, index) =>
        block.kind === 'paragraph' ? (
          <p key={index}>
            <InlineText parts={block.content} />
          </p>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <InlineText parts={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
