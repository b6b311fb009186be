import styles from './threads.module.css';

/**
 * A post's text as the API rendered it: `bodyHtml`, Markdown turned into HTML and cleaned with
 * sanitize-html when the post was written (a conservative set of tags, links with http, https or mailto
 * only, no attribute that runs anything), or the composer's preview (`previewPost`, the same rendering of a
 * text not yet posted). This is the one place the web app injects HTML, and only from the API's HTML,
 * never from the Markdown `body`; test/xss.test.ts renders known payloads through it, posted and previewed.
 */
export function PostBody({ bodyHtml, lang }: { bodyHtml: string; lang?: string }) {
  return <div className={`${styles.postBody} post__body`} lang={lang} dangerouslySetInnerHTML={{ __html: bodyHtml }} />;
}
