/**
 * Known XSS payloads (the API's list, api/src/modules/threads/xss-payloads.ts) posted as replies through the
 * API by signed-in users, then rendered by the real thread pages in Chromium: for visitors, for an author
 * (whose edit forms hold the raw Markdown), in "Quote" links that prefill the composer, and in the
 * composer's preview. Traps: dialogs, a wrapped `alert`/`confirm`/`prompt`, page errors, navigations to
 * `javascript:`, requests to the payloads' hosts. Every post is scrolled to, hovered, focused and sent the
 * events handlers listen to; the post bodies must hold no script, no `on*` attribute, no style, no
 * embedding element and no link but http(s) and mailto.
 */
import { XSS_PAYLOADS } from '../../api/src/modules/threads/xss-payloads';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Contexts, DEMO_PASSWORD } from './curation-helpers';
import { startServers, type TestServers } from './servers';

const NETWORK = 'uclg-transparency';
/** Posting is limited to 10 posts a minute per account: 9 payloads per poster keeps clear of it. */
const PER_POSTER = 9;
const DEMO_POSTERS = ['ogp-local', 'uclg-transparency'].flatMap((slug) => ['coordinator', 'editor', 'member'].map((role) => `${role}.${slug}@example.org`));

let servers: TestServers | undefined;
let mailDir: string;
let baseUrl: string;
const contexts = new Contexts(() => servers!);

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL client with its own cookie jar. */
function client(): { call: Call; cookie: () => string } {
  let cookie = '';
  const call: Call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await fetch(servers!.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const session = response.headers.getSetCookie().find((line) => line.startsWith('casebook_session='));
    if (session) cookie = session.split(';')[0]!;
    const result = (await response.json()) as { data: T; errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  return { call, cookie: () => cookie };
}

async function signedIn(email: string, password = DEMO_PASSWORD) {
  const api = client();
  await api.call('mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }', { email, password });
  return api;
}

/** A new, verified account (sign-up, then the emailed token): more posters than the demo accounts. */
async function freshAccount(index: number) {
  const email = `xss.${Date.now().toString(36)}.${index}@example.org`;
  const password = 'a long enough password 42';
  const api = client();
  await api.call('mutation ($email: String!, $password: String!, $name: String!) { signUp(email: $email, password: $password, name: $name) }', { email, password, name: `XSS poster ${index}` });
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const name of (await readdir(mailDir)).filter((file) => file.endsWith('.json'))) {
      const mail = JSON.parse(await readFile(join(mailDir, name), 'utf8')) as { to: string; link?: string };
      if (mail.to === email && mail.link) {
        await api.call('mutation ($token: String!) { verifyEmail(token: $token) }', { token: new URL(mail.link).searchParams.get('token') });
        return signedIn(email, password);
      }
    }
    if (Date.now() > deadline) throw new Error(`no confirmation email for ${email}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}

let threadId: string;
/** The session of the poster of the first payloads: their pages show edit forms holding the raw Markdown. */
let authorCookie: string;

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'casebook-web-xss-mail-'));
  servers = await startServers({
    databasePrefix: 'casebook_web_xss',
    apiEnv: ({ webPort }) => ({ MAIL_DIR: mailDir, WEB_URL: `http://127.0.0.1:${webPort}`, NODE_ENV: 'development', DEMO_ACCOUNTS: 'auto', DEMO_PASSWORD }),
  });
  baseUrl = `${servers.baseUrl}/en`;

  const posters = await Promise.all(DEMO_POSTERS.map((email) => signedIn(email)));
  const needed = Math.ceil(XSS_PAYLOADS.length / PER_POSTER);
  for (let index = posters.length; index < needed; index++) posters.push(await freshAccount(index));
  authorCookie = posters[0]!.cookie();
  const coordinator = posters[DEMO_POSTERS.indexOf(`coordinator.${NETWORK}@example.org`)]!;
  threadId = (
    await coordinator.call<{ startThread: { id: string } }>('mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }', {
      input: { network: NETWORK, title: 'Known XSS payloads', body: 'Each reply below is a known XSS payload.' },
    })
  ).startThread.id;
  // One poster per nine payloads, in order, so the thread shows them in the list's order.
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    await posters[Math.floor(index / PER_POSTER)]!.call('mutation ($threadId: ID!, $body: String!) { reply(threadId: $threadId, body: $body) { id } }', { threadId, body: payload.body });
  }
}, 300_000);

afterAll(async () => {
  await servers?.stop();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
}, 60_000);

afterEach(async () => {
  await contexts.closeAll();
});

interface Traps {
  dialogs: string[];
  pageErrors: string[];
  javascriptNavigations: string[];
  foreignRequests: string[];
}

/** A page with every trap set before any of its scripts run. */
async function trappedPage(cookie?: string): Promise<{ page: Page; traps: Traps }> {
  const page = await contexts.newPage();
  if (cookie) {
    const [name, value] = cookie.split('=');
    await page.context().addCookies([{ name: name!, value: value!, url: servers!.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  }
  const traps: Traps = { dialogs: [], pageErrors: [], javascriptNavigations: [], foreignRequests: [] };
  await page.addInitScript(() => {
    const fired: string[] = [];
    Object.defineProperty(window, '__xssFired', { value: fired });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window);
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          fired.push(`${name}(${args.join(',')})`);
          return (original as (...rest: unknown[]) => unknown)(...args);
        },
      });
    }
  });
  page.on('dialog', (dialog) => {
    traps.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => traps.pageErrors.push(error.message));
  page.on('framenavigated', (frame) => {
    if (frame.url().toLowerCase().startsWith('javascript:')) traps.javascriptNavigations.push(frame.url());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(servers!.baseUrl) && !url.startsWith('data:')) traps.foreignRequests.push(url);
  });
  return { page, traps };
}

async function firedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __xssFired: string[] }).__xssFired);
}

/** Scrolls to, hovers, focuses and sends handler events to every element of every post body on the page. */
async function provokePosts(page: Page): Promise<number> {
  const posts = page.locator('.thread-post');
  const count = await posts.count();
  for (let index = 0; index < count; index++) {
    const post = posts.nth(index);
    await post.scrollIntoViewIfNeeded();
    await post.hover();
    const body = post.locator('.post__body');
    if (!(await body.count())) continue;
    const elements = body.locator('*');
    for (let inner = 0; inner < (await elements.count()); inner++) await elements.nth(inner).hover({ force: true, timeout: 2_000 }).catch(() => undefined);
    await body.evaluate((element) => {
      for (const target of [element, ...element.querySelectorAll('*')]) {
        (target as HTMLElement).focus?.();
        for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'toggle', 'animationstart', 'load', 'error', 'start']) target.dispatchEvent(new Event(type, { bubbles: true }));
        // Not inside a link: a click there would follow it (only http, https and mailto links are left).
        if (!target.closest('a')) target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }
    });
  }
  return count;
}

/** What the post bodies' DOM holds that could run or load anything. */
async function dangerousMarkup(page: Page): Promise<string[]> {
  return page.locator('.post__body').evaluateAll((bodies) => {
    const allowed = new Set(['P', 'BR', 'STRONG', 'EM', 'DEL', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'H3', 'H4', 'H5', 'H6', 'HR', 'SPAN']);
    const problems: string[] = [];
    for (const body of bodies) {
      for (const element of body.querySelectorAll('*')) {
        if (!allowed.has(element.tagName)) problems.push(`<${element.tagName.toLowerCase()}>`);
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name) || ['style', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(attribute.name.toLowerCase())) {
            problems.push(`${attribute.name} on <${element.tagName.toLowerCase()}>`);
          }
        }
        const href = element.getAttribute('href');
        if (href !== null && !/^(https?:|mailto:)/i.test(href.trim())) problems.push(`href="${href}"`);
      }
    }
    return problems;
  });
}

/** Every page of the thread, in order, following "Next page". */
async function eachThreadPage(page: Page, visit: () => Promise<void>): Promise<number> {
  await page.goto(`${baseUrl}/threads/${threadId}`);
  let pages = 0;
  for (;;) {
    pages++;
    await visit();
    const next = page.getByRole('link', { name: 'Next page' });
    if (!(await next.count())) return pages;
    const current = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== current), next.click()]);
    await page.waitForLoadState('load');
  }
}

function expectNothingRan(traps: Traps, fired: string[]) {
  expect({ fired, ...traps }).toEqual({ fired: [], dialogs: [], pageErrors: [], javascriptNavigations: [], foreignRequests: [] });
}

it('posts at least 50 known payloads', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
});

it.each([
  ['a visitor', undefined],
  ['the author of the first payloads (edit forms hold the raw Markdown)', () => authorCookie],
])('runs no script for %s, on every page of the thread', async (_who, cookie) => {
  const { page, traps } = await trappedPage(cookie?.());
  let provoked = 0;
  let textareas = 0;
  const pages = await eachThreadPage(page, async () => {
    textareas = Math.max(textareas, await page.locator('textarea[name="body"]').count());
    provoked += await provokePosts(page);
    expect(await dangerousMarkup(page)).toEqual([]);
    expect(await page.locator('.post__body script, .post__body [onerror], .post__body [onload]').count()).toBe(0);
    expectNothingRan(traps, await firedScripts(page));
  });
  expect(pages).toBeGreaterThan(1);
  expect(provoked).toBe(XSS_PAYLOADS.length + 1);
  // The author's own posts come with their edit forms: the raw payloads are in textareas, as text.
  if (cookie) expect(textareas).toBeGreaterThan(PER_POSTER);
  expectNothingRan(traps, await firedScripts(page));
});

it('runs no script when a payload is quoted into the composer or previewed', async () => {
  const { page, traps } = await trappedPage(authorCookie);
  await page.goto(`${baseUrl}/threads/${threadId}`);
  const posts = page.locator('.thread-post');
  // Quote links: the raw Markdown of the post goes into the composer's textarea, as text.
  for (let index = 1; index < Math.min(6, await posts.count()); index++) {
    await Promise.all([page.waitForURL(/quote=/), posts.nth(index).getByRole('link', { name: 'Quote' }).click()]);
    expect(await page.locator('#reply-form-body').inputValue()).toMatch(/^>/);
    expectNothingRan(traps, await firedScripts(page));
  }
  // The preview of every payload.
  const body = page.locator('#reply-form-body');
  const preview = page.locator('#reply-form .markdown-preview');
  for (const payload of XSS_PAYLOADS) {
    const before = await page.locator('#reply-form').getAttribute('data-answer');
    await body.fill(payload.body);
    await page.getByRole('button', { name: 'Preview' }).click();
    // The composer's answer carries a new nonce: the preview shown is this payload's.
    await page.waitForFunction((previous) => document.querySelector('#reply-form')?.getAttribute('data-answer') !== previous, before);
    await preview.waitFor();
    await preview.hover();
    const problems = await preview.evaluate((element) =>
      [...element.querySelectorAll('*')].flatMap((inner) => [
        ...(['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FORM', 'INPUT'].includes(inner.tagName.toUpperCase()) ? [`<${inner.tagName}>`] : []),
        ...[...inner.attributes].filter((attribute) => /^on|^style$/i.test(attribute.name)).map((attribute) => attribute.name),
      ]),
    );
    expect({ payload: payload.name, problems }).toEqual({ payload: payload.name, problems: [] });
  }
  expectNothingRan(traps, await firedScripts(page));
});

it('catches a payload that does run (a control: the traps and checks above can fail)', async () => {
  const { page, traps } = await trappedPage();
  await page.goto(`${baseUrl}/threads/${threadId}`);
  // What an unsanitised rendering would do: the raw payload as HTML in a post body.
  await page.locator('.post__body').first().evaluate((element) => {
    element.innerHTML = '<img src="x" onerror="alert(1)"><p onmouseover="alert(2)">hover</p>';
  });
  await provokePosts(page);
  await page.waitForFunction(() => (window as unknown as { __xssFired: string[] }).__xssFired.length >= 2);
  expect(await firedScripts(page)).toEqual(expect.arrayContaining(['alert(1)', 'alert(2)']));
  expect(traps.dialogs).toEqual(expect.arrayContaining(['alert: 1', 'alert: 2']));
  expect(await dangerousMarkup(page)).toEqual(expect.arrayContaining(['<img>', 'onerror on <img>', 'src on <img>', 'onmouseover on <p>']));
});
