import { Marked, type Token, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { randomBytes } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';
import { escapeHtml } from '../search/snippets.js';

/**
 * Mention syntax, inserted by the composer: `@[Display Name](user:USER_ID)`. Display names may hold spaces
 * and accents, so the id, not the name, says who is meant; the rendering shows the person's current name.
 */
export const MENTION_PATTERN = /^@\[([^\]\n]{1,120})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/i;

interface MentionToken extends Tokens.Generic {
  type: 'mention';
  label: string;
  userId: string;
  /** Filled in before rendering: the name of a resolved member, and the render's nonce. */
  resolvedName?: string;
  nonce?: string;
}

const mentionExtension: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start(source: string) {
    const index = source.indexOf('@[');
    return index < 0 ? undefined : index;
  },
  tokenizer(source: string) {
    const match = MENTION_PATTERN.exec(source);
    if (!match) return undefined;
    return { type: 'mention', raw: match[0], label: match[1]!, userId: match[2]!.toLowerCase() };
  },
  renderer(token) {
    const mention = token as MentionToken;
    // An unresolved mention is plain text: it names nobody the thread's readers could be told about.
    if (!mention.resolvedName || !mention.nonce) return escapeHtml(`@${mention.label}`);
    return `<span class="mention" data-user-id="${mention.userId}" data-mention="${mention.nonce}">@${escapeHtml(mention.resolvedName)}</span>`;
  },
};

/** GitHub-flavoured Markdown; single newlines break lines, as people expect in a message. */
const markdown = new Marked({ gfm: true, breaks: true, async: false, extensions: [mentionExtension] });

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'span'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
export const LINK_REL = 'nofollow noopener ugc';

function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol) ? href.trim() : null;
  } catch {
    return null; // relative and malformed URLs: a post links out with absolute URLs only
  }
}

/**
 * sanitize-html settings: a conservative tag set, no attributes but a link's href (http, https, mailto),
 * an ordered list's start and the mention span this render made (recognised by its nonce, so that raw
 * HTML cannot forge a mention: any other span loses its attributes). Headings start at h3 under the page's own.
 */
function sanitizeOptions(nonce: string, links: { count: number }): sanitizeHtml.IOptions {
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'], span: ['class', 'data-user-id'], ol: ['start'] },
    allowedClasses: { span: ['mention'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'xmp', 'noembed', 'noframes', 'iframe', 'object'],
    transformTags: {
      h1: 'h3',
      h2: 'h4',
      b: 'strong',
      i: 'em',
      a: (_tagName, attribs): sanitizeHtml.Tag => {
        const href = safeHref(attribs.href);
        if (href) links.count++;
        const kept: sanitizeHtml.Attributes = href ? { href, rel: LINK_REL } : { rel: LINK_REL };
        return { tagName: 'a', attribs: kept };
      },
      span: (_tagName, attribs): sanitizeHtml.Tag => {
        const userId = attribs['data-mention'] === nonce ? attribs['data-user-id'] : undefined;
        const kept: sanitizeHtml.Attributes = userId ? { class: 'mention', 'data-user-id': userId } : {};
        return { tagName: 'span', attribs: kept };
      },
    },
  };
}

/** A post's Markdown, parsed: who it mentions, and its rendering once the mentions are resolved. */
export interface ParsedPost {
  /** Ids named by mentions, in order, without repeats (not yet checked). */
  mentionedIds: string[];
  /** Safe HTML; `members` maps the ids of mentioned people who may read the thread to their names. */
  render(members: Map<string, string>): { html: string; linkCount: number };
}

export function parsePost(body: string): ParsedPost {
  const tokens = markdown.lexer(body);
  const mentions: MentionToken[] = [];
  markdown.walkTokens(tokens, (token: Token) => {
    if (token.type === 'mention') mentions.push(token as MentionToken);
  });
  return {
    mentionedIds: [...new Set(mentions.map((mention) => mention.userId))],
    render(members) {
      const nonce = randomBytes(16).toString('hex');
      for (const mention of mentions) {
        mention.resolvedName = members.get(mention.userId);
        mention.nonce = nonce;
      }
      const links = { count: 0 };
      const html = sanitizeHtml(markdown.parser(tokens), sanitizeOptions(nonce, links)).trim();
      return { html, linkCount: links.count };
    },
  };
}
