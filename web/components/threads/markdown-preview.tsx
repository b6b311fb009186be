import { Fragment } from 'react';
import { parsePreview, type PreviewBlock, type PreviewInline } from '../../lib/threads/preview';
import styles from './threads.module.css';

function Inline({ pieces }: { pieces: PreviewInline[] }) {
  return (
    <>
      {pieces.map((piece, index) => {
        switch (piece.kind) {
          case 'text':
            return <Fragment key={index}>{piece.text}</Fragment>;
          case 'break':
            return <br key={index} />;
          case 'code':
            return <code key={index}>{piece.text}</code>;
          case 'mention':
            return (
              <span key={index} className={styles.mention}>
                @{piece.name}
              </span>
            );
          case 'link':
            return piece.href ? (
              <a key={index} href={piece.href} rel="nofollow noopener ugc">
                <Inline pieces={piece.children} />
              </a>
            ) : (
              <Inline key={index} pieces={piece.children} />
            );
          case 'strong':
            return (
              <strong key={index}>
                <Inline pieces={piece.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={index}>
                <Inline pieces={piece.children} />
              </em>
            );
          case 'del':
            return (
              <del key={index}>
                <Inline pieces={piece.children} />
              </del>
            );
        }
      })}
    </>
  );
}

function Block({ block }: { block: PreviewBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <Inline pieces={block.content} />
        </p>
      );
    case 'heading': {
      const Heading = `h${block.level}` as const;
      return (
        <Heading>
          <Inline pieces={block.content} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          {block.blocks.map((inner, index) => (
            <Block key={index} block={inner} />
          ))}
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inline pieces={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr />;
  }
}

/**
 * A post's Markdown as the composer's preview. Every character goes through React as text (no HTML is
 * injected); the saved post is rendered by the API.
 */
export function MarkdownPreview({ source }: { source: string }) {
  return (
    <div className={styles.postBody}>
      {parsePreview(source).map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
