/**
 * Helpers for the curation browser tests (curation.test.ts): servers with the demo accounts, browser
 * contexts that close after each test, signing in and out, and the card form's inputs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startServers, type TestServers } from './servers';

export const DEMO_PASSWORD = 'casebook-demo';
export const NETWORK = 'uclg-transparency';
export const EDITOR = `editor.${NETWORK}@example.org`;
export const COORDINATOR = `coordinator.${NETWORK}@example.org`;
export const MEMBER = `member.${NETWORK}@example.org`;

/** The API (with the demo accounts: NODE_ENV=development) and the web app, plus a place for the API's emails. */
export async function startCurationServers(): Promise<{ servers: TestServers; stop(): Promise<void> }> {
  const mailDir = await mkdtemp(join(tmpdir(), 'casebook-web-curation-mail-'));
  const servers = await startServers({
    databasePrefix: 'casebook_web_curation',
    apiEnv: ({ webPort }) => ({
      MAIL_DIR: mailDir,
      WEB_URL: `http://127.0.0.1:${webPort}`,
      NODE_ENV: 'development',
      DEMO_ACCOUNTS: 'auto',
      DEMO_PASSWORD,
    }),
  });
  return {
    servers,
    stop: async () => {
      await servers.stop();
      await rm(mailDir, { recursive: true, force: true });
    },
  };
}

/** Browser contexts for one test, closed together afterwards. */
export class Contexts {
  private readonly open: BrowserContext[] = [];

  constructor(private readonly servers: () => TestServers) {}

  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.servers().browser.newContext(options);
    this.open.push(context);
    return context.newPage();
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.open.splice(0).map((context) => context.close()));
  }
}

/** Signs in through the form (with `next` when given) and waits to leave the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string, next?: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/sign-in')), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
}

export async function signOut(page: Page, baseUrl: string): Promise<void> {
  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out`), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
}

/** Presses a button and waits for the page to come back (a post without JavaScript, or a redirect). */
export async function pressAndWait(page: Page, name: string, url?: string | RegExp | ((url: URL) => boolean)): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await Promise.all([url ? page.waitForURL(url) : page.waitForEvent('load'), button.click()]);
}

/** An input of the case form by its name (`title`, `cities[0].name`). */
export function cardInput(page: Page, name: string) {
  return page.locator(`#case-form [name="${name}"]`);
}

/** The message shown next to one input of the case form (see inputId in lib/cases/card-form.ts). */
export function cardFieldError(page: Page, id: string) {
  return page.locator(`#case-form-${id}-error`);
}

/** Polls the search page until `query` finds a card titled `title` (the API indexes in the background). */
export async function waitForSearchHit(page: Page, baseUrl: string, query: string, title: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent(query)}`);
    const titles = await page.locator('.search-hit h3').allInnerTexts();
    if (titles.includes(title)) return;
    if (Date.now() > deadline) throw new Error(`"${title}" not found by /search?q=${query} after ${timeoutMs} ms; found ${JSON.stringify(titles)}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 500));
  }
}

/** A word no card contains, so that search finds only the test's card and no published card looks like it. */
export function distinctiveWord(): string {
  const consonants = 'bcdfghjklmnpqrstvwxz';
  const vowels = 'aeiou';
  let word = '';
  for (let index = 0; index < 10; index++) {
    const letters = index % 2 ? vowels : consonants;
    word += letters[Math.floor(Math.random() * letters.length)];
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}
