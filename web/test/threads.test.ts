/**
 * Peer exchange in the browser, against real servers with the demo data and accounts (network
 * uclg-transparency): a member asks a city on its case page, another user replies with a mention, the
 * member's bell counts it and the notifications page lists it; a coordinator hides a post and locks the
 * thread; a flag reaches the moderation queue, where the coordinator blocks its author and sees them listed;
 * the reply composer (preview, quote, post) without JavaScript; the emailed unsubscribe link, which acts only
 * when confirmed.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { Contexts, COORDINATOR, DEMO_PASSWORD, EDITOR, MEMBER, NETWORK, pressAndWait, signIn } from './curation-helpers';
import { startServers, type TestServers } from './servers';

const CASE_SLUG = 'seoul-open-and-big-data-on-environment';
const MEMBER_NAME = `Demo member (${NETWORK})`;
const EDITOR_NAME = `Demo editor (${NETWORK})`;
const COORDINATOR_NAME = `Demo coordinator (${NETWORK})`;
const OUTSIDER = 'member.ogp-local@example.org';

let servers: TestServers | undefined;
let mailDir: string;
let baseUrl: string;
const contexts = new Contexts(() => servers!);

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'casebook-web-threads-mail-'));
  servers = await startServers({
    databasePrefix: 'casebook_web_threads',
    apiEnv: ({ webPort }) => ({ MAIL_DIR: mailDir, WEB_URL: `http://127.0.0.1:${webPort}`, NODE_ENV: 'development', DEMO_ACCOUNTS: 'auto', DEMO_PASSWORD }),
  });
  baseUrl = `${servers.baseUrl}/en`;
}, 180_000);

afterAll(async () => {
  await servers?.stop();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
}, 60_000);

afterEach(async () => {
  await contexts.closeAll();
});

type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** One session per demo account for the whole file: sign-in is rate-limited (10 per account and 15 minutes). */
const sessions = new Map<string, Promise<{ call: Call; cookie: () => string }>>();

async function signInOverApi(email: string) {
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
  await call('mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }', { email, password: DEMO_PASSWORD });
  return { call, cookie: () => cookie };
}

function session(email: string) {
  if (!sessions.has(email)) sessions.set(email, signInOverApi(email));
  return sessions.get(email)!;
}

/** A GraphQL client signed in as a demo account, for setting up and checking. */
async function apiAs(email: string): Promise<Call> {
  return (await session(email)).call;
}

/** A browser page signed in as a demo account (the API's session cookie, as the sign-in form would set it). */
async function pageAs(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await contexts.newPage(options);
  const [name, value] = (await session(email)).cookie().split('=');
  await page.context().addCookies([{ name: name!, value: value!, url: servers!.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  return page;
}

async function caseId(): Promise<string> {
  const call = await apiAs(MEMBER);
  return (await call<{ case: { id: string } }>('query ($slug: String!) { case(slug: $slug) { id } }', { slug: CASE_SLUG })).case.id;
}

/** A thread on the demo case started by the member, and a reply by the editor; returns their ids. */
async function threadWithReply(title: string, replyBody: string): Promise<{ threadId: string; replyId: string }> {
  const member = await apiAs(MEMBER);
  const started = await member<{ startThread: { id: string } }>('mutation ($input: StartThreadInput!) { startThread(input: $input) { id } }', {
    input: { caseId: await caseId(), title, body: 'How did you choose the first datasets?' },
  });
  const editor = await apiAs(EDITOR);
  const reply = await editor<{ reply: { id: string } }>('mutation ($threadId: ID!, $body: String!) { reply(threadId: $threadId, body: $body) { id } }', {
    threadId: started.startThread.id,
    body: replyBody,
  });
  return { threadId: started.startThread.id, replyId: reply.reply.id };
}

async function bellLabel(page: Page): Promise<string> {
  return (await page.locator('.notification-bell').getAttribute('aria-label')) ?? '';
}

/** Reloads until the bell says `expected` (notifications are made by a background job). */
async function waitForBell(page: Page, expected: RegExp, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${baseUrl}/notifications`);
    const label = await bellLabel(page);
    if (expected.test(label)) return;
    if (Date.now() > deadline) throw new Error(`the bell says "${label}", not ${expected}, after ${timeoutMs} ms`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
  }
}

it('lets a member ask a city, another user reply with a mention, and the member hear of it through the bell', async () => {
  const member = await contexts.newPage();
  await signIn(member, baseUrl, MEMBER, `/cases/${CASE_SLUG}`);
  expect(await bellLabel(member)).toBe('No unread notifications');
  const section = member.locator('#threads');
  expect(await section.getByRole('heading', { name: 'Questions and discussions' }).count()).toBe(1);
  const title = `Which sensors did Seoul buy first? ${Date.now()}`;
  await section.getByLabel('Title').fill(title);
  await section.getByLabel('Message').fill('We are choosing **air-quality sensors**. Which came first for you?');
  await Promise.all([member.waitForURL(/\/threads\/[0-9a-f-]+\?notice=thread-started$/), section.getByRole('button', { name: 'Start the thread' }).click()]);
  expect(await member.locator('h1').innerText()).toBe(title);
  expect(await member.locator('.thread-post .post__body strong').innerText()).toBe('air-quality sensors');
  const threadUrl = member.url().replace(/\?.*$/, '');

  // The case page lists the thread, with its reply count.
  await member.goto(`${baseUrl}/cases/${CASE_SLUG}`);
  const item = member.locator('.thread-list__item', { hasText: title });
  expect(await item.locator('.thread-list__replies').innerText()).toBe('no replies');

  // The editor replies, mentioning the member with the helper, after a preview (with JavaScript).
  const editor = await pageAs(EDITOR);
  await editor.goto(threadUrl);
  await editor.getByLabel('Mention a member').fill(MEMBER_NAME);
  await editor.getByRole('button', { name: 'Insert mention' }).click();
  const body = editor.locator('#reply-form-body');
  expect(await body.inputValue()).toMatch(/^@\[Demo member \(uclg-transparency\)\]\(user:[0-9a-f-]{36}\) $/);
  await body.press('End');
  await body.pressSequentially('the portal came first, then the map.');
  await editor.getByRole('button', { name: 'Preview' }).click();
  await editor.locator('#reply-form .markdown-preview').waitFor();
  expect(await editor.locator('#reply-form .markdown-preview').innerText()).toContain(`@${MEMBER_NAME} the portal came first`);
  // The preview is the API's rendering: the mention resolved to the member, as the saved post will show it.
  expect(await editor.locator('#reply-form .markdown-preview .post__body .mention[data-user-id]').innerText()).toBe(`@${MEMBER_NAME}`);
  await Promise.all([editor.waitForURL(/notice=reply-posted/), editor.getByRole('button', { name: 'Post reply' }).click()]);
  expect(await editor.locator('.thread-post .post__body .mention').innerText()).toBe(`@${MEMBER_NAME}`);

  // The member's bell counts the mention; the notifications page lists it and leads to the post.
  await waitForBell(member, /^1 unread notification$/);
  const notification = member.locator('.notification--unread').first();
  expect(await notification.innerText()).toContain('Mentions of you');
  expect(await notification.getByRole('link').innerText()).toBe(`${EDITOR_NAME} mentioned you in “${title}”`);
  // Worded in the page's language from the notification's parts, not the API's English title.
  await member.goto(`${servers!.baseUrl}/es/notifications`);
  expect(await member.locator('.notification--unread').first().getByRole('link').innerText()).toBe(`${EDITOR_NAME} te mencionó en «${title}»`);
  await member.goto(`${baseUrl}/notifications`);
  await Promise.all([member.waitForURL(/\/threads\/[0-9a-f-]+\?post=/), notification.getByRole('link').click()]);
  expect(await member.locator('.thread-post .mention').innerText()).toBe(`@${MEMBER_NAME}`);
  await member.goto(`${baseUrl}/cases/${CASE_SLUG}`);
  expect(await member.locator('.thread-list__item', { hasText: title }).locator('.thread-list__replies').innerText()).toBe('1 reply');

  await member.goto(`${baseUrl}/notifications`);
  await pressAndWait(member, 'Mark all read', /notice=all-read/);
  expect(await bellLabel(member)).toBe('No unread notifications');
  expect(await member.locator('.notifications-unread').innerText()).toBe('Nothing unread.');
});

it('lets a coordinator hide a post (members see a placeholder) and lock the thread (no composer)', async () => {
  const secret = `Off-topic advert ${Date.now()}`;
  const { threadId } = await threadWithReply(`Moderation ${Date.now()}`, secret);
  const coordinator = await pageAs(COORDINATOR, { javaScriptEnabled: false });
  await coordinator.goto(`${baseUrl}/threads/${threadId}`);
  const reply = coordinator.locator('.thread-post', { hasText: secret });
  await Promise.all([coordinator.waitForURL(/notice=post-hidden/), reply.getByRole('button', { name: 'Hide' }).click()]);
  // Coordinators still read it, marked hidden.
  const hiddenForCoordinator = coordinator.locator('.thread-post', { has: coordinator.locator('.post__hidden') });
  expect(await hiddenForCoordinator.locator('.post__body').innerText()).toBe(secret);

  const member = await pageAs(MEMBER, { javaScriptEnabled: false });
  await member.goto(`${baseUrl}/threads/${threadId}`);
  expect(await member.locator('main').innerText()).not.toContain(secret);
  expect(await member.locator('.post__placeholder').innerText()).toBe('This post was hidden by a moderator.');
  expect(await member.locator('#reply-form').count()).toBe(1);

  await pressAndWait(coordinator, 'Lock the thread', /notice=thread-locked/);
  await member.reload();
  expect(await member.locator('.thread-locked').innerText()).toBe('This thread is locked: it takes no new replies.');
  expect(await member.locator('#reply-form').count()).toBe(0);
  expect(await member.getByRole('link', { name: 'Reply', exact: true }).count()).toBe(0);
});

it('takes a flag to the moderation queue, which only the network’s coordinators see, and lists the author while blocked', async () => {
  const text = `Please check this ${Date.now()}`;
  const { threadId } = await threadWithReply(`Flags ${Date.now()}`, text);
  const member = await pageAs(MEMBER, { javaScriptEnabled: false });
  await member.goto(`${baseUrl}/threads/${threadId}`);
  const reply = member.locator('.thread-post', { hasText: text });
  await reply.locator('summary', { hasText: 'Flag' }).click();
  await reply.getByLabel('Why should the coordinators look at this post?').fill('Looks like spam to me');
  await Promise.all([member.waitForURL(/notice=post-flagged/), reply.getByRole('button', { name: 'Send to the coordinators' }).click()]);
  expect((await member.goto(`${baseUrl}/networks/${NETWORK}/moderation`))?.status()).toBe(404);

  const outsider = await pageAs(OUTSIDER, { javaScriptEnabled: false });
  expect((await outsider.goto(`${baseUrl}/networks/${NETWORK}/moderation`))?.status()).toBe(404);

  const coordinator = await pageAs(COORDINATOR, { javaScriptEnabled: false });
  await coordinator.goto(`${baseUrl}/networks/${NETWORK}`);
  await Promise.all([coordinator.waitForURL(`${baseUrl}/networks/${NETWORK}/moderation`), coordinator.getByRole('link', { name: 'Moderation queue' }).click()]);
  const item = coordinator.locator('.moderation-item', { hasText: text });
  expect(await item.locator('.moderation-flags').innerText()).toContain('Looks like spam to me');
  expect(await item.locator('.moderation-flags').innerText()).toContain(MEMBER_NAME);

  // The author's standing decides the offer: "Block" while they may post, "Unblock" once blocked (listed below).
  const standings = coordinator.locator('.poster-standings');
  expect(await item.getByRole('button', { name: `Unblock ${EDITOR_NAME}` }).count()).toBe(0);
  await Promise.all([coordinator.waitForURL(/notice=member-block/), item.getByRole('button', { name: `Block ${EDITOR_NAME} from posting` }).click()]);
  expect(await item.getByRole('button', { name: `Block ${EDITOR_NAME} from posting` }).count()).toBe(0);
  expect(await item.locator('.author-standing').innerText()).toBe('Blocked');
  const row = standings.locator('.poster-standing', { hasText: EDITOR_NAME });
  expect(await row.locator('td').allInnerTexts()).toEqual(['Blocked', expect.stringMatching(/\d{4}/), COORDINATOR_NAME, `Unblock ${EDITOR_NAME}`]);
  await Promise.all([coordinator.waitForURL(/notice=member-unblock/), row.getByRole('button', { name: `Unblock ${EDITOR_NAME}` }).click()]);
  expect(await standings.locator('.poster-standing', { hasText: EDITOR_NAME }).count()).toBe(0);
  expect(await item.getByRole('button', { name: `Block ${EDITOR_NAME} from posting` }).count()).toBe(1);

  await Promise.all([coordinator.waitForURL(/notice=post-restored/), item.getByRole('button', { name: 'Keep the post' }).click()]);
  expect(await coordinator.locator('.moderation-item', { hasText: text }).count()).toBe(0);
});

it('previews, quotes and posts a reply without JavaScript', async () => {
  const { threadId } = await threadWithReply(`No JavaScript ${Date.now()}`, 'The portal came first.\nThen the **map**.');
  const member = await pageAs(MEMBER, { javaScriptEnabled: false });
  await member.goto(`${baseUrl}/threads/${threadId}`);
  const quoted = member.locator('.thread-post', { hasText: 'The portal came first.' });
  await Promise.all([member.waitForURL(/quote=/), quoted.getByRole('link', { name: 'Quote' }).click()]);
  const body = member.locator('#reply-form-body');
  expect(await body.inputValue()).toBe('> The portal came first.\n> Then the **map**.\n\n');
  expect(await member.locator('#reply-form').innerText()).toContain('Replying to Demo editor (uclg-transparency)');
  await body.fill(`${await body.inputValue()}Thank you, that *helps*.`);

  await pressAndWait(member, 'Preview');
  const preview = member.locator('#reply-form .markdown-preview');
  expect(await preview.locator('blockquote strong').innerText()).toBe('map');
  expect(await preview.locator('p em').innerText()).toBe('helps');
  expect(await member.locator('.thread-post').count()).toBe(2); // nothing posted yet

  await pressAndWait(member, 'Post reply', /notice=reply-posted/);
  expect(await member.locator('[role=status]').innerText()).toBe('Your reply is posted.');
  const posted = member.locator('.thread-post').last();
  expect(await posted.locator('.post__body blockquote').innerText()).toContain('The portal came first.');
  expect(await posted.innerText()).toContain('In reply to Demo editor (uclg-transparency)');
  expect(await member.locator('#reply-form-body').inputValue()).toBe('');
});

/** The newest email to `to` with a link to the unsubscribe page, waiting for the API to send it. */
async function unsubscribeLinks(to: string, timeoutMs = 20_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const name of (await readdir(mailDir)).filter((file) => file.endsWith('.json')).sort().reverse()) {
      const email = JSON.parse(await readFile(join(mailDir, name), 'utf8')) as { to: string; text: string };
      const links = email.text.match(/https?:\/\/\S+\/notifications\/unsubscribe\?token=\S+/g);
      if (email.to === to && links) return links;
    }
    if (Date.now() > deadline) throw new Error(`no email with an unsubscribe link to ${to}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
  }
}

it('unsubscribes from an emailed link only when confirmed, signed out, and says when a link is bad', async () => {
  await threadWithReply(`Emails ${Date.now()}`, 'A reply that emails the member.');
  const all = (await unsubscribeLinks(MEMBER)).find((link) => decodeURIComponent(link).includes('.all.'));
  expect(all).toBeDefined();
  const emailSetting = async () => (await (await apiAs(MEMBER))<{ notificationPreferences: { email: string } }>('{ notificationPreferences { email } }')).notificationPreferences.email;
  expect(await emailSetting()).toBe('IMMEDIATE');

  const page = await contexts.newPage({ javaScriptEnabled: false });
  expect((await page.goto(all!))?.status()).toBe(200);
  expect(page.url()).toContain('/en/notifications/unsubscribe?token=');
  expect(await page.locator('h1').innerText()).toBe('Unsubscribe');
  // Opening the link (as a mail scanner would) changes nothing.
  expect(await emailSetting()).toBe('IMMEDIATE');
  await pressAndWait(page, 'Stop all email');
  expect(await page.locator('[role=status]').innerText()).toContain('Casebook will send you no more email');
  expect(await emailSetting()).toBe('OFF');

  await page.goto(`${baseUrl}/notifications/unsubscribe?token=not-a-token`);
  expect(await page.locator('[role=alert]').innerText()).toContain('This unsubscribe link does not work');
  expect(await page.getByRole('button').filter({ hasText: /Stop/ }).count()).toBe(0);
  // A well-formed token with a forged signature: the API refuses it when confirmed.
  const forged = all!.replace(/token=([^&]+)/, (_match, token: string) => `token=${decodeURIComponent(token).replace(/\.[^.]+$/, '.forged')}`);
  await page.goto(forged);
  await pressAndWait(page, 'Stop all email');
  expect(await page.locator('[role=alert]').innerText()).toContain('This unsubscribe link does not work');
});

it('saves a search from the search page and lists it with the follows in the notification settings', async () => {
  const member = await pageAs(MEMBER, { javaScriptEnabled: false });
  await member.goto(`${baseUrl}/search?q=budget&sdg=11`);
  await member.locator('summary', { hasText: 'Save this search' }).click();
  await member.locator('#save-search-form-name').fill('Budgets for SDG 11');
  await pressAndWait(member, 'Save the search', /\/account\/notifications\?notice=search-saved/);
  const saved = member.locator('.saved-search-list li', { hasText: 'Budgets for SDG 11' });
  expect(await saved.innerText()).toContain('“budget”');
  const href = (await saved.getByRole('link').getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/en\/search\?/);
  expect(new URL(href, baseUrl).searchParams.get('q')).toBe('budget');
  expect(new URL(href, baseUrl).searchParams.get('sdg')).toBe('11');
  expect(await saved.innerText()).toContain('You follow this search.');

  // Email preferences: a daily digest, without mentions.
  await member.getByLabel('Once a day, a digest').check();
  await member.getByLabel('Mentions of you').uncheck();
  await pressAndWait(member, 'Save settings', /notice=preferences-saved/);
  expect(await member.getByLabel('Once a day, a digest').isChecked()).toBe(true);
  expect(await member.getByLabel('Mentions of you').isChecked()).toBe(false);

  await Promise.all([member.waitForURL(/notice=search-deleted/), saved.getByRole('button', { name: /Delete/ }).click()]);
  expect(await member.locator('.saved-search-list li', { hasText: 'Budgets for SDG 11' }).count()).toBe(0);
});

it('runs a network space: following it, a members-only thread, edits with their history, deletion, the space setting', async () => {
  const member = await pageAs(MEMBER, { javaScriptEnabled: false });
  await member.goto(`${baseUrl}/networks/${NETWORK}`);
  await Promise.all([member.waitForURL(`${baseUrl}/networks/${NETWORK}/threads`), member.getByRole('link', { name: 'Go to the discussion space' }).click()]);
  await pressAndWait(member, 'Follow this space', /notice=followed/);
  expect(await member.getByText('You follow this space.').count()).toBe(1);

  const title = `Members-only question ${Date.now()}`;
  await member.getByLabel('Title').fill(title);
  await member.getByLabel('Only members of the network may read this thread').check();
  await member.getByLabel('Message').fill('First version of the question.');
  await pressAndWait(member, 'Start the thread', /notice=thread-started/);
  expect(await member.locator('main').innerText()).toContain('Members only');
  const threadPath = new URL(member.url()).pathname.replace(/^\/en/, '');

  const outsider = await pageAs(OUTSIDER, { javaScriptEnabled: false });
  expect((await outsider.goto(`${baseUrl}${threadPath}`))?.status()).toBe(404);
  const visitor = await contexts.newPage({ javaScriptEnabled: false });
  await visitor.goto(`${baseUrl}/networks/${NETWORK}/threads`);
  expect(await visitor.locator('main').innerText()).not.toContain(title);

  // The author edits the opening post: an "edited" mark, and the earlier text in its history.
  const opening = member.locator('.thread-post').first();
  await opening.locator('summary', { hasText: 'Edit' }).click();
  await opening.getByLabel('Message').fill('Second version of the question.');
  await Promise.all([member.waitForURL(/notice=post-edited/), opening.getByRole('button', { name: 'Save changes' }).click()]);
  const edited = member.locator('.thread-post').first();
  expect(await edited.locator('.post__body').innerText()).toBe('Second version of the question.');
  expect(await edited.locator('.post__edited').innerText()).toBe('edited');
  await edited.locator('summary', { hasText: 'Edit history (1 earlier version)' }).click();
  expect(await edited.locator('details pre').innerText()).toBe('First version of the question.');

  // A reply, then deleted after a confirmation: a placeholder keeps its place.
  await member.locator('#reply-form-body').fill('A reply I will take back.');
  await pressAndWait(member, 'Post reply', /notice=reply-posted/);
  const reply = member.locator('.thread-post').last();
  await reply.locator('summary', { hasText: 'Delete' }).click();
  expect(await reply.innerText()).toContain('Delete this post? A placeholder stays in its place.');
  await Promise.all([member.waitForURL(/notice=post-deleted/), reply.getByRole('button', { name: 'Yes, delete the post' }).click()]);
  expect(await member.locator('.thread-post').count()).toBe(2);
  expect(await member.locator('.thread-post').last().locator('.post__placeholder').innerText()).toBe('This post was deleted.');

  await member.goto(`${baseUrl}/networks/${NETWORK}/threads`);
  await pressAndWait(member, 'Unfollow the space', /notice=unfollowed/);
  expect(await member.getByRole('button', { name: 'Follow this space' }).count()).toBe(1);

  // A coordinator makes the space members-only, from the network page; visitors then see no thread.
  const coordinator = await pageAs(COORDINATOR, { javaScriptEnabled: false });
  await coordinator.goto(`${baseUrl}/networks/${NETWORK}`);
  await coordinator.getByLabel('For members only (its threads too)').check();
  await pressAndWait(coordinator, 'Save', /notice=space-members-only/);
  expect(await coordinator.locator('.network-space').innerText()).toContain('for its members only');
  await visitor.goto(`${baseUrl}/networks/${NETWORK}/threads`);
  expect(await visitor.locator('.empty').innerText()).toBe('This space is for the network’s members.');
  expect(await visitor.locator('.thread-list__item').count()).toBe(0);
});

/** axe-core's serious and critical violations on the page, with every <details> opened first. */
async function blockingViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

it('has no serious accessibility problem on the thread, space, moderation and notification pages', async () => {
  const { threadId, replyId } = await threadWithReply(`Accessibility ${Date.now()}`, `> quoted\n\n**Bold** answer with a [link](https://example.org).`);
  await (await apiAs(MEMBER))('mutation ($id: ID!) { flagPost(id: $id, reason: "Check the link") { id } }', { id: replyId });
  const paths = [`/threads/${threadId}?quote=${replyId}`, `/networks/${NETWORK}/threads`, `/networks/${NETWORK}/moderation`, '/notifications', '/account/notifications', `/cases/${CASE_SLUG}`, `/networks/${NETWORK}`];
  const coordinator = await pageAs(COORDINATOR);
  for (const path of paths) {
    expect({ path, status: (await coordinator.goto(`${baseUrl}${path}`))?.status() }).toEqual({ path, status: 200 });
    expect({ path, violations: await blockingViolations(coordinator) }).toEqual({ path, violations: [] });
  }
  const visitor = await contexts.newPage();
  for (const path of [`/threads/${threadId}`, '/notifications/unsubscribe?token=bad']) {
    await visitor.goto(`${baseUrl}${path}`);
    expect({ path, violations: await blockingViolations(visitor) }).toEqual({ path, violations: [] });
  }
});
