/**
 * Known XSS payloads, as a post's Markdown body. Shared by the API test (the stored `bodyHtml` holds no
 * script, no event handler, no dangerous URL) and by browser tests (rendered in the real page, no script
 * runs). Sources: the OWASP XSS filter evasion cheat sheet, PortSwigger's cheat sheet, and Markdown-specific
 * vectors (links, images, autolinks, reference definitions).
 */
export interface XssPayload {
  name: string;
  body: string;
}

export const XSS_PAYLOADS: XssPayload[] = [
  // Script elements
  { name: 'script tag', body: '<script>alert(1)</script>' },
  { name: 'script tag, upper case', body: '<SCRIPT>alert(1)</SCRIPT>' },
  { name: 'script with src', body: '<script src="https://evil.example/x.js"></script>' },
  { name: 'script split by a null entity', body: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'script inside paragraph text', body: 'Hello <script>document.cookie</script> world' },
  { name: 'script with odd whitespace', body: '<script\n>alert(1)</script\n>' },
  { name: 'unclosed script', body: '<script>alert(1)' },
  { name: 'script in a Markdown list', body: '- item\n- <script>alert(1)</script>' },
  { name: 'script in a blockquote', body: '> <script>alert(1)</script>' },
  { name: 'script in a heading', body: '# <script>alert(1)</script>' },
  // Event handlers
  { name: 'img onerror', body: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror, quoted', body: '<img src="x" onerror="alert(1)">' },
  { name: 'svg onload', body: '<svg onload=alert(1)>' },
  { name: 'svg with nested script', body: '<svg><script>alert(1)</script></svg>' },
  { name: 'body onload', body: '<body onload=alert(1)>' },
  { name: 'div onmouseover', body: '<div onmouseover="alert(1)">hover</div>' },
  { name: 'a onclick', body: '<a href="https://example.org" onclick="alert(1)">x</a>' },
  { name: 'input autofocus onfocus', body: '<input autofocus onfocus=alert(1)>' },
  { name: 'details ontoggle', body: '<details open ontoggle=alert(1)>' },
  { name: 'video source onerror', body: '<video><source onerror="alert(1)"></video>' },
  { name: 'audio onerror', body: '<audio src=x onerror=alert(1)>' },
  { name: 'marquee onstart', body: '<marquee onstart=alert(1)>x</marquee>' },
  { name: 'handler on an allowed tag', body: '<p onclick="alert(1)">click</p><strong onmouseover=alert(1)>bold</strong>' },
  { name: 'handler with slash separator', body: '<img/src=x/onerror=alert(1)>' },
  { name: 'handler with a tab', body: '<img src=x\tonerror=alert(1)>' },
  // javascript:, vbscript: and data: URLs
  { name: 'Markdown link to javascript:', body: '[click](javascript:alert(1))' },
  { name: 'Markdown link, mixed case', body: '[click](JaVaScRiPt:alert(1))' },
  { name: 'Markdown link with entity-encoded scheme', body: '[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))' },
  { name: 'Markdown link with a leading space', body: '[click]( javascript:alert(1))' },
  { name: 'Markdown link with angle brackets', body: '[click](<javascript:alert(1)>)' },
  { name: 'Markdown reference link', body: '[click][x]\n\n[x]: javascript:alert(1)' },
  { name: 'Markdown autolink', body: '<javascript:alert(1)>' },
  { name: 'Markdown image with javascript:', body: '![x](javascript:alert(1))' },
  { name: 'Markdown image with onerror in the title', body: '![x](https://x.example/a.png "x\\" onerror=\\"alert(1)")' },
  { name: 'raw a with javascript:', body: '<a href="javascript:alert(1)">x</a>' },
  { name: 'raw a with entity-encoded javascript:', body: '<a href="&#106;avascript:alert(1)">x</a>' },
  { name: 'raw a with hex entities', body: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>' },
  { name: 'raw a with a tab in the scheme', body: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: 'raw a with a newline in the scheme', body: '<a href="java\nscript:alert(1)">x</a>' },
  { name: 'raw a with a leading control character', body: '<a href="&#14;javascript:alert(1)">x</a>' },
  { name: 'raw a with vbscript:', body: '<a href="vbscript:msgbox(1)">x</a>' },
  { name: 'raw a with data: HTML', body: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>' },
  { name: 'Markdown link to data: HTML', body: '[x](data:text/html,<script>alert(1)</script>)' },
  { name: 'img with data: SVG', body: '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">' },
  { name: 'svg use with data: href', body: '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"></use></svg>' },
  { name: 'svg a with xlink:href', body: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>' },
  // Embedding and navigation elements
  { name: 'iframe with javascript: src', body: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'iframe srcdoc', body: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'object data', body: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src', body: '<embed src="javascript:alert(1)">' },
  { name: 'form action', body: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'button formaction', body: '<form><button formaction="javascript:alert(1)">go</button></form>' },
  { name: 'meta refresh', body: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', body: '<base href="javascript:alert(1)//">' },
  { name: 'link import', body: '<link rel="import" href="https://evil.example/x.html">' },
  { name: 'math with xlink', body: '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>' },
  // CSS
  { name: 'style element', body: '<style>body { background: url("javascript:alert(1)") }</style>' },
  { name: 'style attribute with expression()', body: '<div style="width: expression(alert(1))">x</div>' },
  { name: 'style attribute with url()', body: '<p style="background:url(javascript:alert(1))">x</p>' },
  // Malformed, nested and encoded markup
  { name: 'unquoted attribute breakout', body: '<a href=https://example.org/ onmouseover=alert(1)>x</a>' },
  { name: 'attribute quote breakout', body: '<a href="https://example.org/"onmouseover="alert(1)">x</a>' },
  { name: 'nested tags confusion', body: '<<script>script>alert(1)<</script>/script>' },
  { name: 'comment breakout', body: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'CDATA in HTML', body: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'noscript breakout', body: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  { name: 'textarea breakout', body: '<textarea></textarea><script>alert(1)</script>' },
  { name: 'template content', body: '<template><script>alert(1)</script></template>' },
  { name: 'title breakout', body: '<title><img src=x onerror=alert(1)></title>' },
  { name: 'entity-encoded tag in Markdown', body: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'double-encoded tag', body: '&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;' },
  { name: 'HTML in a code span stays text', body: '`<script>alert(1)</script>`' },
  { name: 'HTML in a fenced block stays text', body: '```html\n<img src=x onerror=alert(1)>\n```' },
  { name: 'forged mention span', body: '<span class="mention" data-user-id="00000000-0000-0000-0000-000000000000" onmouseover="alert(1)">@admin</span>' },
];
