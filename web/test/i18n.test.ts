/**
 * The interface in three languages, in a real browser against real servers (see servers.ts): the locale
 * chosen from Accept-Language on a first visit, the language switcher (with and without JavaScript, and
 * the cookie that remembers the choice), translated text, taxonomy names and dates, and the redirect of an
 * address without a locale.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { COORDINATOR, DEMO_PASSWORD, NETWORK, startCurationServers } from './curation-helpers';
import { NAMESPACES } from '../i18n/namespaces';
import type { TestServers } from './servers';

const SLUG = 'paris-co-created-climate-action-plan';
const LOCALES = ['en', 'es', 'fr'];

let servers: TestServers | undefined;
let stopServers: (() => Promise<void>) | undefined;
let origin: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // With the demo accounts, to see the signed-in pages too.
  ({ servers, stop: stopServers } = await startCurationServers());
  origin = servers.baseUrl;
}, 180_000);

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await stopServers?.();
}, 60_000);

/** A fresh browser (no cookies) whose languages are `locale` first. */
async function browserIn(locale: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await servers!.browser.newContext({ locale, ...options });
  contexts.push(context);
  return context.newPage();
}

/** The main navigation's link texts. */
async function mainNavigation(page: Page): Promise<string[]> {
  return page.locator('nav.site-nav > ul:not(.site-nav__account) a').allInnerTexts();
}

it('sends a first visit to the language of the browser', async () => {
  const page = await browserIn('es-ES');
  const response = await page.goto(`${origin}/`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/es');
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  expect(await mainNavigation(page)).toEqual(['Buscar', 'Casos', 'Compromisos', 'Redes']);
  expect(await page.getByRole('heading', { name: 'Casos por Objetivo de Desarrollo Sostenible' }).count()).toBe(1);

  // The same negotiation, seen from the server: French, and English for a language we do not offer.
  const french = await fetch(`${origin}/`, { redirect: 'manual', headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
  expect(french.status).toBe(307);
  expect(new URL(french.headers.get('location')!, origin).pathname).toBe('/fr');
  const german = await fetch(`${origin}/`, { redirect: 'manual', headers: { 'accept-language': 'de-DE,de;q=0.9' } });
  expect(new URL(german.headers.get('location')!, origin).pathname).toBe('/en');
});

it('redirects an address without a locale to the same page in a locale', async () => {
  const response = await fetch(`${origin}/cases/${SLUG}?notice=archived`, { redirect: 'manual', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
  expect(response.status).toBe(307);
  expect(new URL(response.headers.get('location')!, origin).href).toBe(`${origin}/en/cases/${SLUG}?notice=archived`);
  // Route handlers stay outside the locales.
  expect((await fetch(`${origin}/api/suggest?prefix=j`, { redirect: 'manual' })).status).toBe(200);
});

it('serves /data and /api-explorer at their published addresses, in the negotiated language', async () => {
  for (const path of ['/data', '/api-explorer']) {
    const spanish = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect({ path, status: spanish.status }).toEqual({ path, status: 200 });
    expect(await spanish.text()).toContain('<html lang="es"');
    const english = await fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'accept-language': 'de-DE' } });
    expect({ path, status: english.status }).toEqual({ path, status: 200 });
    expect(await english.text()).toContain('<html lang="en"');
  }
});

it('switches language on the same page with the switcher, and remembers the choice', async () => {
  const page = await browserIn('es-ES');
  await page.goto(`${origin}/es/cases/${SLUG}`);
  const switcher = page.getByRole('navigation', { name: 'Idioma' });
  expect(await switcher.getByRole('link', { name: 'Español' }).getAttribute('aria-current')).toBe('true');
  const french = switcher.getByRole('link', { name: 'Français' });
  expect(await french.getAttribute('hreflang')).toBe('fr');
  expect(await french.getAttribute('aria-current')).toBeNull();
  expect(await page.getByRole('heading', { level: 2, name: 'Reto y solución' }).count()).toBe(1);

  await Promise.all([page.waitForURL(`${origin}/fr/cases/${SLUG}`), french.click()]);
  await page.locator('html[lang="fr"]').waitFor();
  expect(await mainNavigation(page)).toEqual(['Rechercher', 'Cas', 'Engagements', 'Réseaux']);
  expect(await page.getByRole('heading', { level: 2, name: 'Défi et solution' }).count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Langue' }).getByRole('link', { name: 'Français' }).getAttribute('aria-current')).toBe('true');
  // SDG names come from the taxonomy package, in French too.
  expect(await page.locator('.sdg-badge', { hasText: 'Mesures relatives à la lutte contre les changements climatiques' }).count()).toBe(1);

  // An address without a locale now follows the choice (the NEXT_LOCALE cookie), not the browser's Spanish.
  await page.goto(`${origin}/cases`);
  expect(new URL(page.url()).pathname).toBe('/fr/cases');
});

it('switches language without JavaScript, keeping the query string', async () => {
  const page = await browserIn('en-GB', { javaScriptEnabled: false });
  await page.goto(`${origin}/en/search?q=climate&sdg=13`);
  const spanish = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
  expect(await spanish.getAttribute('href')).toBe('/es/search?q=climate&sdg=13');
  await Promise.all([page.waitForURL(`${origin}/es/search?q=climate&sdg=13`), spanish.click()]);
  expect(await page.locator('h1').innerText()).toBe('Buscar casos');
  expect(await page.getByRole('group', { name: 'Objetivos de Desarrollo Sostenible' }).count()).toBe(1);
  expect(await page.getByRole('checkbox', { name: /^13\. Acción por el clima/ }).isChecked()).toBe(true);
  expect(await page.locator('.chip', { hasText: '13. Acción por el clima' }).getAttribute('href')).toBe('/es/search?q=climate');
});

it('writes dates and counts the Spanish way on a Spanish page', async () => {
  const page = await browserIn('es-ES');
  await page.goto(`${origin}/es/cases/${SLUG}`);
  const published = page.locator('.case__facts time');
  const iso = (await published.getAttribute('datetime'))!;
  const expected = new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
  expect(await published.innerText()).toBe(expected);
  expect(expected).toMatch(/^\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}$/);

  await page.goto(`${origin}/es/cases?sdg=13`);
  expect(await page.locator('.result-count').innerText()).toBe('2 casos coinciden con estos filtros.');
  expect(await page.locator('.case-card__meta').first().innerText()).toMatch(/Publicado el \d{1,2} de [a-z]+ de \d{4}/);
});

it('offers a case in its other languages', async () => {
  const page = await browserIn('es-ES');
  await page.goto(`${origin}/es/cases/johannesburg-tshwane-mapping-informal-transit`);
  const french = page.locator('.case__translations a');
  expect(await page.locator('.case__translations').innerText()).toBe('También en: Francés');
  expect(await french.getAttribute('href')).toBe('/es/cases/johannesburg-tshwane-cartographier-le-transport-informel');
  expect(await french.getAttribute('hreflang')).toBe('fr');
  expect(await page.locator('h1').getAttribute('lang')).toBe('en');
});

it('keeps the locale through forms and links, and answers 404 in the locale', async () => {
  const page = await browserIn('fr-FR');
  await page.goto(`${origin}/fr`);
  await page.getByRole('combobox', { name: 'Rechercher dans les cas' }).fill('Paris');
  await Promise.all([page.waitForURL(`${origin}/fr/search?q=Paris`), page.getByRole('button', { name: 'Rechercher', exact: true }).click()]);
  expect(await page.locator('h1').innerText()).toBe('Rechercher des cas');
  expect(await page.locator('.site-footer a').first().getAttribute('href')).toBe('/fr/search');

  const missing = await page.goto(`${origin}/fr/cases/no-such-case`);
  expect(missing?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Page introuvable');
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  const unknown = await page.goto(`${origin}/es/no-such-page`);
  expect(unknown?.status()).toBe(404);
  expect(await page.locator('h1').innerText()).toBe('Página no encontrada');
});

/**
 * A message next-intl could not find shows as its key (`cases.page.about`); a broken one is logged. File
 * names such as `cases.csv` are not keys.
 */
const MESSAGE_KEY = new RegExp(`\\b(${NAMESPACES.join('|')})\\.(?!(csv|jsonl|json|atom|graphql)\\b)[a-z][A-Za-z]*(\\.[A-Za-z_]+)*\\b`);

async function expectAllWords(page: Page, path: string, locale: string): Promise<void> {
  const response = await page.goto(`${origin}/${locale}${path}`);
  expect({ path, locale, status: response?.status() }).toEqual({ path, locale, status: 200 });
  expect(await page.locator('html').getAttribute('lang')).toBe(locale);
  const text = await page.locator('body').innerText();
  expect({ path, locale, key: MESSAGE_KEY.exec(text)?.[0] ?? null }).toEqual({ path, locale, key: null });
}

it('has every word of every page in every language, signed out and signed in', async () => {
  const page = await browserIn('en-GB');
  const signedOut = ['/sign-in', '/sign-up', '/sign-up/check-email', '/sign-in/second-factor', '/forgot-password', '/reset-password?token=x', '/verify-email', '/confirm-email?token=x', '/invitations/accept'];
  for (const locale of LOCALES) for (const path of signedOut) await expectAllWords(page, path, locale);

  await page.goto(`${origin}/fr/sign-in`);
  await page.getByLabel('Adresse électronique').fill(COORDINATOR);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(`${origin}/fr/account`), page.getByRole('button', { name: 'Se connecter', exact: true }).click()]);

  await page.goto(`${origin}/en/commitments`);
  const commitment = await page.locator('.commitment-row a').first().getAttribute('href');
  const pages = [
    '',
    '/cases',
    `/cases/${SLUG}`,
    '/cases/seoul-open-and-big-data-on-environment/history',
    '/cases/seoul-open-and-big-data-on-environment/edit',
    '/cases/new',
    '/search?q=climate&sdg=13&from=2015',
    '/search?q=informl%20economy',
    '/networks',
    `/networks/${NETWORK}`,
    `/networks/${NETWORK}/members`,
    `/networks/${NETWORK}/queue`,
    `/networks/${NETWORK}/audit`,
    '/commitments',
    commitment!.replace(/^\/en/, ''),
    '/cities/paris-fr',
    '/my-cards',
    '/account',
    '/account/two-factor',
  ];
  for (const locale of LOCALES) for (const path of pages) await expectAllWords(page, path, locale);

  const problems = servers!.logs().split('\n').filter((line) => /MISSING_MESSAGE|INVALID_MESSAGE|FORMATTING_ERROR|INVALID_KEY/.test(line));
  expect(problems).toEqual([]);
});
