import { LINK_REL, parsePost } from './post.render.js';

/** The renderer on its own: what a post's Markdown becomes, mentions included. */
const render = (body: string, members = new Map<string, string>()) => parsePost(body).render(members);
const ANA = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

it('renders GitHub-flavoured Markdown, headings from h3, line breaks kept', () => {
  expect(render('# Title\n## Sub\nline one\nline two\n\n~~old~~ `code`').html).toBe('<h3>Title</h3>\n<h4>Sub</h4>\n<p>line one<br />line two</p>\n<p><del>old</del> <code>code</code></p>');
});

it('keeps http, https and mailto links with rel, drops relative and other schemes, and counts the kept ones', () => {
  const { html, linkCount } = render('[a](https://a.example) <mailto:x@example.org> [b](/relative) [c](ftp://c.example) [d](#top)');
  expect(html).toBe(`<p><a href="https://a.example" rel="${LINK_REL}">a</a> <a href="mailto:x@example.org" rel="${LINK_REL}">mailto:x@example.org</a> <a rel="${LINK_REL}">b</a> <a rel="${LINK_REL}">c</a> <a rel="${LINK_REL}">d</a></p>`);
  expect(linkCount).toBe(2);
});

it('collects mentioned ids once, outside code, and shows resolved members by the name given to it', () => {
  const parsed = parsePost(`@[Ana](user:${ANA}) and @[Ana again](user:${ANA.toUpperCase()}) but not \`@[x](user:${ANA})\``);
  expect(parsed.mentionedIds).toEqual([ANA]);
  expect(parsed.render(new Map([[ANA, 'Ana <b>Pérez</b>']])).html).toBe(
    `<p><span class="mention" data-user-id="${ANA}">@Ana &lt;b&gt;Pérez&lt;/b&gt;</span> and <span class="mention" data-user-id="${ANA}">@Ana &lt;b&gt;Pérez&lt;/b&gt;</span> but not <code>@[x](user:${ANA})</code></p>`,
  );
  expect(parsed.render(new Map()).html).toBe(`<p>@Ana and @Ana again but not <code>@[x](user:${ANA})</code></p>`);
});

it('strips the attributes of any span it did not make, so that raw HTML cannot forge a mention', () => {
  expect(render(`<span class="mention" data-user-id="${ANA}">@Admin</span>`).html).toBe('<p><span>@Admin</span></p>');
});
