/**
 * Curation in the browser, against real servers (see servers.ts and curation-helpers.ts): an editor writes
 * and submits a card, a coordinator reviews it from the queue, the card is published and found by search;
 * pending edits, archiving, access, and the form's unsaved work in localStorage.
 */
import type { Page } from 'playwright-core';
import {
  cardFieldError,
  cardInput,
  Contexts,
  COORDINATOR,
  distinctiveWord,
  EDITOR,
  MEMBER,
  NETWORK,
  pressAndWait,
  signIn,
  signOut,
  startCurationServers,
  waitForSearchHit,
} from './curation-helpers';
import type { TestServers } from './servers';

let servers: TestServers | undefined;
let stopServers: (() => Promise<void>) | undefined;
/** The English pages (`http://127.0.0.1:PORT/en`). */
let baseUrl: string;
const contexts = new Contexts(() => servers!);

beforeAll(async () => {
  const started = await startCurationServers();
  servers = started.servers;
  stopServers = started.stop;
  baseUrl = `${servers.baseUrl}/en`;
}, 180_000);

afterAll(async () => {
  await stopServers?.();
}, 60_000);

afterEach(async () => {
  await contexts.closeAll();
});

async function statusOf(page: Page, path: string): Promise<number | undefined> {
  return (await page.goto(`${baseUrl}${path}`))?.status();
}

it('takes a card from an editor (without JavaScript) through a coordinator’s review to search', async () => {
  const word = distinctiveWord();
  // Made-up words only, so that no published card looks like it (see the next test for that check).
  const title = `${word} ${distinctiveWord()}`;

  // The editor, without JavaScript: three empty city rows, and the API's messages next to their fields.
  const editor = await contexts.newPage({ javaScriptEnabled: false });
  await signIn(editor, baseUrl, EDITOR, `/networks/${NETWORK}`);
  await Promise.all([editor.waitForURL(`${baseUrl}/cases/new?network=${NETWORK}`), editor.getByRole('link', { name: 'New case' }).click()]);
  expect(await editor.locator('h1').innerText()).toBe('New case');
  expect(await editor.locator('#case-form .rows li').count()).toBe(9); // 3 cities, 3 contacts, 3 links
  expect(await editor.getByLabel('Network').inputValue()).toBe(NETWORK);
  expect(await editor.locator('#case-form input[name="sdgs"]').count()).toBe(17);

  await cardInput(editor, 'title').fill(title);
  await cardInput(editor, 'cities[0].name').fill(distinctiveWord());
  await cardInput(editor, 'cities[0].country').selectOption('AU');
  await cardInput(editor, 'challenge').fill('Budgets were hard to read.\n\n- one **bold** point\n- another');

  await pressAndWait(editor, 'Preview');
  const preview = editor.locator('#case-form-challenge-preview').locator('..');
  expect(await preview.locator('li strong').innerText()).toBe('bold');
  expect(await cardInput(editor, 'title').inputValue()).toBe(title);

  // Submitting saves the draft first, then the API says what is missing, next to each field.
  await pressAndWait(editor, 'Submit for review');
  expect(editor.url()).toBe(`${baseUrl}/cases/new?network=${NETWORK}`);
  expect(await editor.locator('#case-form [role="alert"]').first().innerText()).toMatch(/Before submitting, complete these fields/);
  expect(await cardFieldError(editor, 'approach').innerText()).toMatch(/Describe the approach/);
  expect(await cardFieldError(editor, 'sdgs').innerText()).toMatch(/Choose at least one SDG/);
  expect(await cardInput(editor, 'approach').getAttribute('aria-invalid')).toBe('true');
  expect(await cardInput(editor, 'cities[0].name').inputValue()).not.toBe('');

  await cardInput(editor, 'approach').fill('Published every line of the budget.');
  await editor.getByLabel('16. Peace, Justice and Strong Institutions').check();
  await pressAndWait(editor, 'Save draft', /\/cases\/[a-z0-9-]+\/edit\?notice=draft-saved$/);
  expect(await editor.getByRole('status').first().innerText()).toBe('Your draft is saved.');
  expect(await editor.getByRole('heading', { level: 1 }).innerText()).toContain('Draft');
  const slug = new URL(editor.url()).pathname.split('/')[3]!;

  await pressAndWait(editor, 'Submit for review', `${baseUrl}/my-cards?notice=submitted`);
  const myCard = editor.locator('.my-card', { hasText: title });
  expect(await myCard.count()).toBe(1);
  expect(await myCard.innerText()).toContain('Waiting for review');
  // Outsiders do not see the draft; the editor does.
  expect((await fetch(`${baseUrl}/cases/${slug}`)).status).toBe(404);
  await signOut(editor, baseUrl);

  // The coordinator, with JavaScript: the queue, the review, a refused decision, then approval.
  const coordinator = await contexts.newPage();
  await signIn(coordinator, baseUrl, COORDINATOR, `/networks/${NETWORK}`);
  await Promise.all([coordinator.waitForURL(`${baseUrl}/networks/${NETWORK}/queue`), coordinator.getByRole('link', { name: 'Curation queue' }).click()]);
  const row = coordinator.locator('.queue-table tbody tr', { hasText: title });
  expect(await row.innerText()).toMatch(/New card\s+Demo editor \(uclg-transparency\)\s+less than a minute/);
  await Promise.all([coordinator.waitForURL(`${baseUrl}/cases/${slug}/review`), row.getByRole('link', { name: title }).click()]);
  expect(await coordinator.locator('h1').innerText()).toContain(title);
  expect(await coordinator.getByRole('heading', { name: 'Challenge and solution' }).count()).toBe(1);

  await coordinator.getByLabel('Request changes').check();
  await coordinator.getByLabel('Comment on title (optional)').fill('Could be shorter.');
  await coordinator.getByRole('button', { name: 'Send the decision' }).click();
  const commentError = coordinator.locator('#review-form-comment-error');
  await commentError.waitFor();
  expect(await commentError.innerText()).toMatch(/a comment is required to request changes/);
  expect(await coordinator.getByLabel('Comment on title (optional)').inputValue()).toBe('Could be shorter.');
  expect(coordinator.url()).toBe(`${baseUrl}/cases/${slug}/review`);

  await coordinator.getByLabel('Approve').check();
  await coordinator.getByLabel('Comment on title (optional)').fill('');
  await pressAndWait(coordinator, 'Send the decision', `${baseUrl}/networks/${NETWORK}/queue?notice=approved`);
  expect(await coordinator.getByRole('status').first().innerText()).toMatch(/^Approved/);
  expect(await coordinator.locator('.queue-table tbody tr', { hasText: title }).count()).toBe(0);

  // Published: public, and found by search once indexed.
  expect((await fetch(`${baseUrl}/cases/${slug}`)).status).toBe(200);
  await waitForSearchHit(coordinator, baseUrl, word, title);

  // The history lists the revisions, newest first, with each changed field before and after.
  await coordinator.goto(`${baseUrl}/cases/${slug}/history`);
  const revisions = coordinator.locator('.revision h3');
  expect(await revisions.count()).toBe(2);
  expect(await revisions.nth(0).innerText()).toMatch(/^Edited by Demo editor/);
  expect(await revisions.nth(1).innerText()).toMatch(/^Created by Demo editor/);
  expect(await coordinator.locator('.revision').first().locator('.revision__fields').innerText()).toBe('Changed: Approach, Sustainable Development Goals');
  expect(await coordinator.locator('.revision').first().locator('.diff__after ins').first().innerText()).toContain('Published every line');
  expect(await coordinator.locator('.reviews').innerText()).toMatch(/Approved by Demo coordinator/);
}, 120_000);

it('asks before submitting a card that looks like a published one', async () => {
  const page = await contexts.newPage();
  await signIn(page, baseUrl, EDITOR, `/cases/new?network=${NETWORK}`);
  await cardInput(page, 'title').fill('Open and Big Data on Environment');
  await cardInput(page, 'cities[0].name').fill('Seoul');
  await cardInput(page, 'cities[0].country').selectOption('KR');
  await cardInput(page, 'challenge').fill('Air quality data was scattered.');
  await cardInput(page, 'approach').fill('One open portal.');
  await page.getByLabel('11. Sustainable Cities and Communities').check();
  await pressAndWait(page, 'Submit for review', /\/edit\?confirm=submit#similar-cases$/);

  const similar = page.locator('#similar-cases');
  expect(await similar.getByRole('heading').innerText()).toBe('Cards that look like this one');
  expect(await similar.getByRole('link', { name: 'Open and Big Data on Environment' }).getAttribute('href')).toBe('/en/cases/seoul-open-and-big-data-on-environment');
  await pressAndWait(page, 'Yes, submit for review', `${baseUrl}/my-cards?notice=submitted`);
  expect(await page.locator('.my-card', { hasText: 'Open and Big Data on Environment' }).innerText()).toContain('Waiting for review');
});

it('reviews a proposed edit of a published card as a diff, applies it, and archives the card after a confirmation', async () => {
  const slug = 'johannesburg-tshwane-mapping-informal-transit';
  const page = await contexts.newPage();
  await signIn(page, baseUrl, COORDINATOR, `/cases/${slug}`);
  const original = await page.locator('h1').innerText();
  await Promise.all([page.waitForURL(`${baseUrl}/cases/${slug}/edit`), page.getByRole('link', { name: 'Propose an edit' }).click()]);
  await cardInput(page, 'title').fill(`${original} in Gauteng`);
  await pressAndWait(page, 'Save edit', `${baseUrl}/cases/${slug}/edit?notice=edit-saved`);
  // The published version stays as it is until approved.
  expect(await (await fetch(`${baseUrl}/cases/${slug}`)).text()).not.toContain('in Gauteng');

  await page.getByRole('button', { name: 'Submit edit for review' }).click();
  await page.waitForURL((url) => url.pathname === `/en/cases/${slug}` || url.search === '?confirm=submit');
  if (page.url().includes('?confirm=submit')) await pressAndWait(page, 'Yes, submit edit for review', `${baseUrl}/cases/${slug}?notice=submitted`);
  expect(await page.locator('.notice', { hasText: 'Edit waiting for review' }).count()).toBe(1);

  await page.goto(`${baseUrl}/networks/${NETWORK}/queue`);
  const row = page.locator('.queue-table tbody tr', { hasText: original });
  expect(await row.innerText()).toContain('Edit of a published card');
  await Promise.all([page.waitForURL(`${baseUrl}/cases/${slug}/review`), row.getByRole('link').click()]);
  const titleSection = page.locator('.review-section', { has: page.getByRole('heading', { name: 'Title', exact: true }) });
  expect(await titleSection.locator('.diff__before h3').innerText()).toMatch(/published/i);
  expect(await titleSection.locator('.diff__after ins').innerText()).toContain('in Gauteng');
  // Only the changed field is shown.
  expect(await page.locator('.review-section').count()).toBe(1);

  await page.getByLabel('Approve').check();
  await pressAndWait(page, 'Send the decision', `${baseUrl}/networks/${NETWORK}/queue?notice=approved`);
  await page.goto(`${baseUrl}/cases/${slug}`);
  expect(await page.locator('h1').innerText()).toBe(`${original} in Gauteng`);

  await pressAndWait(page, 'Archive…', `${baseUrl}/cases/${slug}?archive=confirm`);
  expect(await page.getByRole('heading', { name: 'Archive this case?' }).count()).toBe(1);
  await pressAndWait(page, 'Yes, archive this case', `${baseUrl}/cases/${slug}?notice=archived`);
  expect(await page.locator('.notice--archived').innerText()).toMatch(/^This case is archived\./);
  expect(await page.getByRole('link', { name: 'Propose an edit' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Archive…' }).count()).toBe(0);

  // The audit log lists what happened, newest first.
  await page.goto(`${baseUrl}/networks/${NETWORK}/audit`);
  expect(await page.locator('.audit-table tbody tr').first().innerText()).toMatch(/Demo coordinator \(uclg-transparency\)\s+Archived a card/);
});

it('shows the author a request for changes on “My cards” and next to the fields it is about', async () => {
  const title = `${distinctiveWord()} ${distinctiveWord()}`;
  const editor = await contexts.newPage();
  await signIn(editor, baseUrl, EDITOR, `/cases/new?network=${NETWORK}`);
  await cardInput(editor, 'title').fill(title);
  await cardInput(editor, 'cities[0].name').fill(distinctiveWord());
  await cardInput(editor, 'cities[0].country').selectOption('NZ');
  await cardInput(editor, 'challenge').fill('A challenge.');
  await cardInput(editor, 'approach').fill('An approach.');
  await editor.getByLabel('5. Gender Equality').check();
  await pressAndWait(editor, 'Submit for review', `${baseUrl}/my-cards?notice=submitted`);
  const slug = (await editor.locator('.my-card', { hasText: title }).getByRole('link', { name: title, exact: true }).getAttribute('href'))!.split('/')[3]!;

  const coordinator = await contexts.newPage();
  await signIn(coordinator, baseUrl, COORDINATOR, `/cases/${slug}/review`);
  await coordinator.getByLabel('Request changes').check();
  await coordinator.getByLabel('Comment to the author').fill('Please add what you learned.');
  await coordinator.getByLabel('Comment on lessons learned (optional)').fill('What would you do differently?');
  await pressAndWait(coordinator, 'Send the decision', `${baseUrl}/networks/${NETWORK}/queue?notice=changes-requested`);

  await editor.reload();
  const card = editor.locator('.my-card', { hasText: title });
  expect(await card.locator('.status').first().innerText()).toBe('Changes requested');
  expect(await card.locator('.review-note').innerText()).toMatch(/^Changes requested on .+: Please add what you learned\.\n+Lessons learned: What would you do differently\?$/);
  await Promise.all([editor.waitForURL(`${baseUrl}/cases/${slug}/edit`), card.getByRole('link', { name: `Edit ${title}` }).click()]);
  expect(await editor.locator('#case-form .notice').first().innerText()).toBe('A coordinator asked for changes: Please add what you learned.');
  expect(await editor.locator('#case-form-lessons-note').innerText()).toBe('Coordinator’s comment: What would you do differently?');
  expect(await cardInput(editor, 'lessons').getAttribute('aria-describedby')).toContain('case-form-lessons-note');
});

it('keeps unsaved work in localStorage across a reload, until it is discarded', async () => {
  const page = await contexts.newPage();
  await signIn(page, baseUrl, EDITOR, `/cases/new?network=${NETWORK}`);
  // With JavaScript, one empty row per list and a button for more.
  const addCity = page.getByRole('button', { name: 'Add another city' });
  await addCity.waitFor();
  expect(await page.locator('#case-form-cities .rows li').count()).toBe(1);
  await addCity.click();
  expect(await page.locator('#case-form-cities .rows li').count()).toBe(2);

  await cardInput(page, 'title').fill('A card not saved yet');
  await cardInput(page, 'cities[1].name').fill('Lyon');
  await cardInput(page, 'summary').fill('Typed, then the tab was reloaded.');
  await page.reload();

  const restored = page.locator('.restored-notice');
  await restored.waitFor();
  expect(await restored.innerText()).toMatch(/^Restored unsaved changes/);
  expect(await cardInput(page, 'title').inputValue()).toBe('A card not saved yet');
  expect(await cardInput(page, 'summary').inputValue()).toBe('Typed, then the tab was reloaded.');
  expect(await cardInput(page, 'cities[0].name').inputValue()).toBe('Lyon');

  await restored.getByRole('button', { name: 'Discard' }).click();
  await restored.waitFor({ state: 'detached' });
  expect(await cardInput(page, 'title').inputValue()).toBe('');
  await page.reload();
  await addCity.waitFor();
  expect(await page.locator('.restored-notice').count()).toBe(0);
  expect(await cardInput(page, 'title').inputValue()).toBe('');
});

it('answers the queue, the audit log and reviews with a 404 for a member, and sends a signed-out visitor to sign in', async () => {
  const member = await contexts.newPage();
  await signIn(member, baseUrl, MEMBER, `/networks/${NETWORK}`);
  expect(await member.getByRole('link', { name: 'Curation queue' }).count()).toBe(0);
  expect(await member.getByRole('link', { name: 'New case' }).count()).toBe(0);
  expect(await statusOf(member, `/networks/${NETWORK}/queue`)).toBe(404);
  expect(await member.locator('h1').innerText()).toBe('Page not found');
  expect(await statusOf(member, `/networks/${NETWORK}/audit`)).toBe(404);
  expect(await statusOf(member, '/cases/seoul-open-and-big-data-on-environment/review')).toBe(404);
  expect(await statusOf(member, '/cases/seoul-open-and-big-data-on-environment/history')).toBe(404);
  expect(await statusOf(member, '/cases/seoul-open-and-big-data-on-environment/edit')).toBe(404);
  expect(await statusOf(member, '/my-cards')).toBe(200);
  expect(await member.locator('.empty').innerText()).toBe('You have not written a card yet.');

  expect((await fetch(`${baseUrl}/networks/${NETWORK}/queue`)).status).toBe(404);
  const newCase = await fetch(`${baseUrl}/cases/new?network=${NETWORK}`, { redirect: 'manual' });
  expect([303, 307]).toContain(newCase.status);
  expect(newCase.headers.get('location')).toMatch(/\/sign-in\?next=/);
});
