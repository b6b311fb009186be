import sanitizeHtml from 'sanitize-html';
import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { B, freshUser, ok, PREVIEW, REPLY, start } from './threads.fixtures.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

/**
 * Every known XSS payload, posted through `reply` over HTTP: the stored, served `bodyHtml` keeps only the
 * allowed tags and attributes, with no script, no event handler, no style and no javascript:/data: URL.
 */
const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'span']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'class', 'data-user-id', 'start']);
const FORBIDDEN_MARKUP = /<\s*\/?\s*(script|iframe|object|embed|style|svg|math|form|meta|base|link|img|input|video|audio|template|textarea|button|body)\b/i;
const HANDLER_IN_TAG = /<[^>]*\son[a-z]+\s*=/i;
const DANGEROUS_URL_IN_TAG = /<[^>]*=\s*["']?\s*(javascript|vbscript|data)\s*:/i;

interface Element {
  tag: string;
  attribs: Record<string, string>;
}

/** Every element of an HTML fragment, as an HTML parser sees it (sanitize-html's, with nothing removed). */
function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    // Report every URL as written: no scheme filtering in the checker.
    allowedSchemesAppliedToAttributes: [],
    exclusiveFilter: (frame) => {
      elements.push({ tag: frame.tag, attribs: frame.attribs });
      return false;
    },
  });
  return elements;
}

function problemsOf(html: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN_MARKUP.test(html)) problems.push(`forbidden element: ${html.match(FORBIDDEN_MARKUP)![0]}`);
  if (HANDLER_IN_TAG.test(html)) problems.push('event handler attribute');
  if (DANGEROUS_URL_IN_TAG.test(html)) problems.push('dangerous URL in an attribute');
  for (const element of elementsOf(html)) {
    if (!ALLOWED_TAGS.has(element.tag)) problems.push(`tag <${element.tag}>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (!ALLOWED_ATTRIBUTES.has(name)) problems.push(`attribute ${name} on <${element.tag}>`);
      if (name === 'href' && !/^(https?|mailto):/i.test(value)) problems.push(`href ${value}`);
    }
    if (element.tag === 'a' && element.attribs.rel !== 'nofollow noopener ugc') problems.push('link without rel="nofollow noopener ugc"');
  }
  return problems;
}

let api: TestApi;
let threadId: string;
const posters: TestClient[] = [];
beforeAll(async () => {
  api = await startTestApi({ worker: false });
  // Posting is limited to 10 posts a minute per account: one account per 9 payloads (and one thread).
  for (let i = 0; i < Math.ceil(XSS_PAYLOADS.length / 9) + 1; i++) posters.push(await freshUser(api, 'xss'));
  threadId = (await start(posters.at(-1)!, { network: B, title: 'XSS payloads' })).id;
});
afterAll(() => api?.close());

it('has at least 50 payloads', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
});

it('keeps what is safe: a link with its URL and rel, emphasis, a quote', async () => {
  const post = ok(await posters[0]!.gql(REPLY, { threadId, body: '> quoted\n\n**bold** [site](https://example.org/a?b=1)' })).reply;
  expect(post.bodyHtml).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><strong>bold</strong> <a href="https://example.org/a?b=1" rel="nofollow noopener ugc">site</a></p>');
  expect(problemsOf(post.bodyHtml)).toEqual([]);
  expect(problemsOf('<p><img src=x onerror=alert(1)><a href="javascript:x">y</a></p>')).toEqual(expect.arrayContaining(['event handler attribute', 'tag <img>', 'href javascript:x']));
});

describe.each(XSS_PAYLOADS.map((payload, index) => ({ ...payload, index })))('payload $index: $name', ({ body, index }) => {
  it('is stored, served and previewed without anything that could run', async () => {
    const post = ok(await posters[Math.floor(index / 9)]!.gql(REPLY, { threadId, body })).reply;
    expect(post.body).toBe(body.trim());
    expect(problemsOf(post.bodyHtml)).toEqual([]);
    const [row] = await api.orm.em.getConnection().execute('select body_html from posts where id = ?', [post.id]);
    expect(row.body_html).toBe(post.bodyHtml);
    // The composer's preview is the API's rendering: exactly what was stored.
    expect(ok(await posters[0]!.gql(PREVIEW, { body, threadId })).previewPost).toBe(post.bodyHtml);
  });
});
