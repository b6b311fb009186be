/**
 * Open data on the web app, against real servers (see servers.ts): the /data page, the proxied downloads,
 * and the API explorer (GraphiQL served by the app) running example queries through /api/graphql with the
 * visitor's session.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Contexts, DEMO_PASSWORD, EDITOR, startCurationServers } from './curation-helpers';
import { webDir, type TestServers } from './servers';

let servers: TestServers | undefined;
let stopServers: (() => Promise<void>) | undefined;
let baseUrl: string;
const contexts = new Contexts(() => servers!);

beforeAll(async () => {
  const started = await startCurationServers();
  servers = started.servers;
  stopServers = started.stop;
  baseUrl = servers.baseUrl;
}, 180_000);

afterAll(async () => {
  await stopServers?.();
}, 60_000);

afterEach(async () => {
  await contexts.closeAll();
});

async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}/en/api-explorer${query}`);
  await page.locator('.graphiql-container .graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
}

/** The whole text of one of GraphiQL's CodeMirror editors (the page shows only the lines in view). */
const editorText = (page: Page, selector: string) =>
  page.evaluate((css) => (document.querySelector(css) as unknown as { CodeMirror?: { getValue(): string } } | null)?.CodeMirror?.getValue() ?? '', `${selector} .CodeMirror`);

/** Runs the editor's query with GraphiQL's run button and returns the response once it holds JSON. */
async function run(page: Page): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(
    () => /"data"|"errors"/.test((document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } })?.CodeMirror?.getValue() ?? ''),
    null,
    { timeout: 20_000 },
  );
  return editorText(page, '.graphiql-response');
}

describe('the API explorer', () => {
  it('loads GraphiQL from the app itself, with the first example, and runs it', async () => {
    const page = await contexts.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await openExplorer(page);
    expect(await page.locator('h2#explorer-title').innerText()).toBe('Explorer: Cases by SDG');
    expect(await editorText(page, '.graphiql-query-editor')).toContain('searchCases(input: { sdgs: [$sdg], first: 10 })');
    expect(JSON.parse(await editorText(page, '.graphiql-editor-tool'))).toEqual({ sdg: 11 });
    const result = await run(page);
    expect(result).toMatch(/"total": \d+/);
    expect(result).toContain('Co-created Climate Action Plan');
    expect(outside).toEqual([]);
  });

  it('switches examples from the list and runs the chosen one', async () => {
    const page = await contexts.newPage();
    await openExplorer(page);
    await Promise.all([page.waitForURL(`${baseUrl}/en/api-explorer?example=networks`), page.getByRole('link', { name: 'Networks and their case counts' }).click()]);
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('caseCount'), null, { timeout: 20_000 });
    const result = await run(page);
    expect(result).toContain('"name": "OGP Local Program"');
    expect(result).toContain('"caseCount": 3');
    expect(await page.getByRole('link', { name: 'Networks and their case counts' }).getAttribute('aria-current')).toBe('page');
  });

  it('runs a query typed into the editor, as the signed-in visitor', async () => {
    const page = await contexts.newPage();
    await page.goto(`${baseUrl}/en/sign-in`);
    await page.getByLabel('Email address').fill(EDITOR);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/sign-in')), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);

    await openExplorer(page, '?example=networks');
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ viewer { email memberships { role } } }');
    // GraphiQL reads the edited query's operation 100 ms after the last keystroke (debounced).
    await page.waitForTimeout(300);
    const result = await run(page);
    expect(result).toContain(`"email": "${EDITOR}"`);
    expect(result).toContain('"role": "EDITOR"');
  });
});

describe('/api/graphql', () => {
  const post = (body: string, contentType: string, cookie?: string) =>
    fetch(`${baseUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, body });

  it('answers JSON POSTs from the API, and refuses what a cross-site form could send', async () => {
    const ok = await post(JSON.stringify({ query: '{ networks { slug } }' }), 'application/json');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).data.networks).toHaveLength(2);

    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refused = await post(JSON.stringify({ query: '{ networks { slug } }' }), type);
      expect(refused.status).toBe(415);
    }
    const get = await fetch(`${baseUrl}/api/graphql?query=${encodeURIComponent('{ networks { slug } }')}`);
    expect(get.status).toBe(405);
    expect((await post('x'.repeat(100_001), 'application/json')).status).toBe(413);
  });

  it('passes the API\'s errors on, and an unknown session is simply nobody', async () => {
    const bad = await post(JSON.stringify({ query: '{ nope }' }), 'application/json');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('nope');
    const anonymous = await post(JSON.stringify({ query: '{ viewer { email } }' }), 'application/json', 'casebook_session=forged');
    expect(((await anonymous.json()) as any).data.viewer).toBeNull();
  });
});

describe('/data', () => {
  it('lists the downloads and each network\'s licence, and links it from the footer', async () => {
    const page = await contexts.newPage();
    await page.goto(`${baseUrl}/en`);
    await Promise.all([page.waitForURL(`${baseUrl}/en/data`), page.locator('.site-footer').getByRole('link', { name: 'Open data' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Open data');
    for (const path of ['/export/cases.csv', '/export/cases.jsonl', '/feeds/cases.atom', '/schema.graphql']) {
      expect(await page.locator(`#downloads-title + ul a[href="${path}"]`).count()).toBe(1);
    }
    const licences = page.locator('table', { has: page.locator('caption', { hasText: 'licence' }) }).locator('tbody tr');
    expect(await licences.count()).toBe(2);
    expect(await licences.first().innerText()).toContain('Creative Commons Attribution 4.0 International');
    expect(await licences.first().locator('a[rel="license"]').getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('builds filtered export links with a plain form, without JavaScript', async () => {
    const page = await contexts.newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/data`);
    await page.getByLabel('Words').fill('informal');
    await page.getByLabel('Sustainable Development Goal').selectOption('11');
    await page.getByLabel('Country').selectOption('ZA');
    await Promise.all([page.waitForURL(/\/en\/data\?/), page.getByRole('button', { name: 'Build the links' }).click()]);
    const links = await page.locator('#export-links a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual([
      '/export/cases.csv?q=informal&sdg=11&country=ZA',
      '/export/cases.jsonl?q=informal&sdg=11&country=ZA',
      '/feeds/cases.atom?q=informal&sdg=11&country=ZA',
    ]);
    expect(await page.getByLabel('Country').inputValue()).toBe('ZA');
  });

  it('serves the API\'s downloads from the web app, streamed, with the API\'s refusals', async () => {
    const schema = await fetch(`${baseUrl}/schema.graphql`);
    expect(schema.status).toBe(200);
    expect(await schema.text()).toContain('caseMap(filter: SearchCasesInput): [CityCasePoint!]!');

    const csv = await fetch(`${baseUrl}/export/cases.csv?country=ZA`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (await csv.text()).trim().split('\n');
    expect(rows[0]).toMatch(/^id,/);
    expect(rows.join('\n')).toContain('Mapping Informal Transit');

    const published = await fetch(servers!.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ all: cases(first: 1) { totalCount } climate: cases(first: 1, filter: { sdgs: [13] }) { totalCount } }' }),
    });
    const { all, climate } = ((await published.json()) as { data: Record<'all' | 'climate', { totalCount: number }> }).data;
    const jsonl = await fetch(`${baseUrl}/export/cases.jsonl`);
    expect((await jsonl.text()).trim().split('\n')).toHaveLength(all.totalCount);

    const atom = await fetch(`${baseUrl}/feeds/cases.atom?sdg=13`);
    expect(atom.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect((await atom.text()).match(/<entry[\s>]/g)).toHaveLength(climate.totalCount);

    const refused = await fetch(`${baseUrl}/export/cases.csv?sdg=99`);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('99');
  });

  it('shows the column documentation', async () => {
    const page = await contexts.newPage();
    await page.goto(`${baseUrl}/en/data`);
    await Promise.all([page.waitForURL(`${baseUrl}/en/data/columns`), page.getByRole('link', { name: 'The full column documentation' }).click()]);
    expect(await page.locator('h1').innerText()).toBe('Export columns');
    // The page shows the repository's docs/open-data.md, or says that this server has no copy of it.
    if (existsSync(join(webDir, '..', 'docs', 'open-data.md'))) expect(await page.locator('.doc-source').innerText()).toContain('translations');
    else expect(await page.locator('.notice--info').innerText()).toBe('The column documentation is not available on this server.');
  });
});
