/**
 * Accounts and network administration in the browser, against real servers (see servers.ts). The API
 * writes its emails as JSON files into a temporary MAIL_DIR, with links to this test's web server
 * (WEB_URL), and creates its demo accounts (NODE_ENV=development).
 */
import { createHmac } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startServers, type TestServers } from './servers';

const DEMO_PASSWORD = 'casebook-demo';
const COORDINATOR = 'coordinator.ogp-local@example.org';
const PASSWORD = 'correct horse battery staple';

let servers: TestServers | undefined;
/** The English pages (`http://127.0.0.1:PORT/en`); `origin` is the site without a locale. */
let baseUrl: string;
let origin: string;
let mailDir: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  mailDir = await mkdtemp(join(tmpdir(), 'casebook-web-mail-'));
  servers = await startServers({
    databasePrefix: 'casebook_web_accounts',
    apiEnv: ({ webPort }) => ({
      MAIL_DIR: mailDir,
      WEB_URL: `http://127.0.0.1:${webPort}`,
      NODE_ENV: 'development',
      DEMO_ACCOUNTS: 'auto',
      DEMO_PASSWORD,
    }),
  });
  origin = servers.baseUrl;
  baseUrl = `${origin}/en`;
}, 180_000);

afterAll(async () => {
  await servers?.stop();
  if (mailDir) await rm(mailDir, { recursive: true, force: true });
}, 60_000);

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const context = await servers!.browser.newContext(options);
  contexts.push(context);
  return context.newPage();
}

interface Email {
  to: string;
  subject: string;
  text: string;
  link?: string;
}

/** The newest email to `to` whose subject matches, waiting for the API to write it. */
async function waitForEmail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = (await readdir(mailDir).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort().reverse();
    for (const name of names) {
      const email = JSON.parse(await readFile(join(mailDir, name), 'utf8')) as Email;
      if (email.to === to && subject.test(email.subject)) return email;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  throw new Error(`no email to ${to} matching ${subject} in ${mailDir}`);
}

let accountCount = 0;
function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${++accountCount}@example.org`;
}

/** A verified account made straight through the API (sign up, then the link's token), for tests that need one. */
async function createAccount(name: string, email = uniqueEmail('someone')): Promise<{ name: string; email: string }> {
  const post = async (query: string, variables: Record<string, string>) => {
    const response = await fetch(servers!.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  await post('mutation ($email: String!, $password: String!, $name: String!) { signUp(email: $email, password: $password, name: $name) }', { email, password: PASSWORD, name });
  const link = new URL((await waitForEmail(email, /Confirm your email/)).link!);
  await post('mutation ($token: String!) { verifyEmail(token: $token) }', { token: link.searchParams.get('token')! });
  return { name, email };
}

/** Signs in through the form and waits for the page it leads to. */
async function signIn(page: Page, email: string, password: string, next = '/account'): Promise<void> {
  await page.goto(`${baseUrl}/sign-in${next === '/account' ? '' : `?next=${encodeURIComponent(next)}`}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([page.waitForURL((url) => url.pathname !== '/en/sign-in'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
}

/** The current TOTP code for a base32 secret (RFC 6238: SHA-1, 6 digits, 30 seconds). */
function totp(secretBase32: string, now = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bits = [...secretBase32.replace(/[\s=]/g, '').toUpperCase()].map((char) => alphabet.indexOf(char).toString(2).padStart(5, '0')).join('');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30_000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0xf;
  return String((hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

it('signs up, confirms the address from the email, signs in to the account page, and signs out', async () => {
  const page = await newPage();
  const email = uniqueEmail('ada');

  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel('Your name').fill('Ada Lovelace');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/sign-up/check-email`), page.getByRole('button', { name: 'Create account' }).click()]);
  expect(await page.locator('h1').innerText()).toBe('Check your email');

  const verification = await waitForEmail(email, /Confirm your email address/);
  expect(verification.link).toMatch(new RegExp(`^${origin}/verify-email\\?token=`));
  await page.goto(verification.link!);
  expect(await page.locator('h1').innerText()).toBe('Your email address is confirmed');
  await Promise.all([page.waitForURL(`${baseUrl}/sign-in`), page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()]);

  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/account`), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  expect(await page.locator('h1').innerText()).toBe('Your account');
  expect(await page.locator('.account__name').innerText()).toBe('Ada Lovelace');
  expect(await page.locator('.account__email').innerText()).toBe(email);
  const viewerLink = page.getByRole('banner').getByRole('link', { name: /Ada Lovelace/ });
  expect(await viewerLink.getAttribute('href')).toBe('/en/account');
  expect(await page.getByRole('row', { name: /This browser/ }).innerText()).toContain('Chrome');

  // The same link again: it was used.
  await page.goto(verification.link!);
  expect(await page.locator('main [role="alert"]').innerText()).toMatch(/invalid or has expired/);

  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out`), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
  expect(await page.getByRole('status').first().innerText()).toBe('You are signed out.');
  expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  expect(await page.getByRole('banner').getByRole('link', { name: /Ada Lovelace/ }).count()).toBe(0);

  await page.goto(`${baseUrl}/account`);
  expect(page.url()).toBe(`${baseUrl}/sign-in?next=/account`);
});

it('shows a rejected field next to its input, and a wrong password at the top of the form', async () => {
  const page = await newPage();
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel('Your name').fill('Short Password');
  await page.getByLabel('Email address').fill(uniqueEmail('short'));
  // Twelve characters pass the browser's check; the API rejects it as a common password.
  await page.getByLabel('Password', { exact: true }).fill('password1234');
  await page.getByRole('button', { name: 'Create account' }).click();
  const error = page.locator('#sign-up-password-error');
  await error.waitFor();
  expect(await error.innerText()).toMatch(/common passwords/);
  const password = page.getByLabel('Password', { exact: true });
  expect(await password.getAttribute('aria-invalid')).toBe('true');
  expect(await password.getAttribute('aria-describedby')).toContain('sign-up-password-error');
  expect(await page.getByLabel('Your name').inputValue()).toBe('Short Password');

  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(COORDINATOR);
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const alert = page.locator('main [role="alert"]');
  await alert.waitFor();
  expect(await alert.innerText()).toBe('The email or password is incorrect.');
  expect(page.url()).toBe(`${baseUrl}/sign-in`);
});

it('signs in without JavaScript, with the error shown by the server, and signs out', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  const account = await createAccount('No Script');

  await page.goto(`${baseUrl}/sign-in?next=/account`);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill('a wrong password');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  expect(await page.locator('main [role="alert"]').innerText()).toBe('The email or password is incorrect.');
  expect(await page.getByLabel('Email address').inputValue()).toBe(account.email);

  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/account`), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  expect(await page.locator('.account__name').innerText()).toBe('No Script');

  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out`), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
  expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
});

it('lets a coordinator see the members, invite someone and withdraw an invitation', async () => {
  const page = await newPage();
  await signIn(page, COORDINATOR, DEMO_PASSWORD);
  expect(page.url()).toBe(`${baseUrl}/account`);

  await page.goto(`${baseUrl}/networks/ogp-local`);
  await Promise.all([page.waitForURL(`${baseUrl}/networks/ogp-local/members`), page.getByRole('link', { name: 'Manage members' }).click()]);
  expect(await page.locator('h1').innerText()).toBe('Members');
  const members = page.locator('.members-table tbody');
  for (const name of ['Demo coordinator (ogp-local)', 'Demo editor (ogp-local)', 'Demo member (ogp-local)']) {
    expect(await members.getByRole('rowheader', { name }).count()).toBe(1);
  }
  expect(await members.innerText()).toContain('editor.ogp-local@example.org');
  expect(await page.getByLabel('Role of Demo editor (ogp-local)').inputValue()).toBe('EDITOR');
  expect(await page.getByRole('heading', { name: 'Invite someone' }).count()).toBe(1);

  const invitee = uniqueEmail('invitee');
  await page.getByLabel('Email address').fill(invitee);
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const row = page.locator('.invitations-table tbody tr', { hasText: invitee });
  await row.waitFor();
  expect(await row.innerText()).toContain('Editor');
  expect(await page.locator('#invite-member [role="status"]').innerText()).toBe(`Invitation sent to ${invitee}.`);
  const invitation = await waitForEmail(invitee, /invites you to OGP Local Program/);
  expect(invitation.link).toMatch(new RegExp(`^${origin}/invitations/accept\\?token=`));

  await page.getByRole('button', { name: `Withdraw the invitation to ${invitee}` }).click();
  await row.waitFor({ state: 'detached' });

  // A rejected address shows next to its field.
  await page.getByLabel('Email address').fill('editor.ogp-local@example.org');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const error = page.locator('#invite-member-email-error');
  await error.waitFor();
  expect(await error.innerText()).toContain('already a member');
});

it('takes an invitation from its email through sign-in to membership, and shows members read-only to a member', async () => {
  const account = await createAccount('Grace Hopper');
  const coordinator = await newPage();
  await signIn(coordinator, COORDINATOR, DEMO_PASSWORD, '/networks/ogp-local/members');
  await coordinator.getByLabel('Email address').fill(account.email);
  await coordinator.getByRole('button', { name: 'Send invitation' }).click();
  await coordinator.locator('.invitations-table tbody tr', { hasText: account.email }).waitFor();
  const { link } = await waitForEmail(account.email, /invites you/);

  const page = await newPage();
  await page.goto(link!);
  expect(await page.locator('h1').innerText()).toBe('You are invited to join a network');
  await Promise.all([page.waitForURL(/\/sign-in\?next=/), page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()]);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await Promise.all([page.waitForURL(/\/invitations\/accept\?token=/), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  await Promise.all([page.waitForURL(`${baseUrl}/networks/ogp-local?notice=joined`), page.getByRole('button', { name: 'Accept the invitation' }).click()]);
  expect(await page.getByRole('status').first().innerText()).toMatch(/you are now a member/);

  await Promise.all([page.waitForURL(`${baseUrl}/networks/ogp-local/members`), page.getByRole('link', { name: 'Members', exact: true }).click()]);
  expect(await page.locator('.members-table tbody').getByRole('rowheader', { name: /Grace Hopper/ }).count()).toBe(1);
  expect(await page.locator('.members-table select').count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Invite someone' }).count()).toBe(0);
  expect(await page.locator('.members-table').innerText()).not.toContain('@example.org');

  await coordinator.reload();
  expect(await coordinator.getByLabel('Role of Grace Hopper').inputValue()).toBe('MEMBER');
  expect(await coordinator.locator('.invitations-table tbody tr', { hasText: account.email }).count()).toBe(0);
});

it('sets up two-factor sign-in, signs in with a recovery code, and downloads the data', async () => {
  const account = await createAccount('Two Factor');
  const page = await newPage();
  await signIn(page, account.email, PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}/account/two-factor`), page.getByRole('link', { name: 'Set up two-factor sign-in' }).click()]);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = (await page.locator('#two-factor-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  expect(await page.locator('#two-factor-uri').innerText()).toMatch(/^otpauth:\/\/totp\//);

  await page.getByLabel('The 6-digit code your app shows').fill('000000' === totp(secret) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await page.locator('#confirm-two-factor-code-error').waitFor();
  expect(await page.locator('#two-factor-secret').innerText()).toContain(secret.slice(0, 4));

  await page.getByLabel('The 6-digit code your app shows').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const codes = page.locator('.recovery-codes__list code');
  await codes.first().waitFor();
  expect(await codes.count()).toBe(10);
  const recoveryCode = await codes.first().innerText();

  await Promise.all([page.waitForURL(`${baseUrl}/account`), page.getByRole('link', { name: 'Continue' }).click()]);
  expect(await page.locator('.two-factor-status').innerText()).toMatch(/^On\./);

  const download = await page.request.get(`${baseUrl}/account/data`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toBe('attachment; filename="casebook-my-data.json"');
  const data = (await download.json()) as { account: { email: string; twoFactorEnabledAt: string | null } };
  expect(data.account.email).toBe(account.email);
  expect(data.account.twoFactorEnabledAt).not.toBeNull();

  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out`), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
  await signIn(page, account.email, PASSWORD);
  expect(page.url()).toBe(`${baseUrl}/sign-in/second-factor`);
  await page.getByLabel('Code', { exact: true }).fill(recoveryCode);
  await Promise.all([page.waitForURL(`${baseUrl}/account`), page.getByRole('button', { name: 'Continue' }).click()]);
  expect(await page.locator('.account__name').innerText()).toBe('Two Factor');
});

it('makes a new coordinator set up two-factor sign-in to finish signing in, without JavaScript', async () => {
  const account = await createAccount('New Coordinator');
  const coordinator = await newPage();
  await signIn(coordinator, COORDINATOR, DEMO_PASSWORD, '/networks/ogp-local/members');
  await coordinator.getByLabel('Email address').fill(account.email);
  await coordinator.getByLabel('Role', { exact: true }).selectOption('COORDINATOR');
  await coordinator.getByRole('button', { name: 'Send invitation' }).click();
  await coordinator.locator('.invitations-table tbody tr', { hasText: account.email }).waitFor();
  const { link } = await waitForEmail(account.email, /invites you/);

  const page = await newPage({ javaScriptEnabled: false });
  await signIn(page, account.email, PASSWORD, new URL(link!).pathname + new URL(link!).search);
  await Promise.all([page.waitForURL(`${baseUrl}/networks/ogp-local?notice=joined`), page.getByRole('button', { name: 'Accept the invitation' }).click()]);
  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out`), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);

  // Coordinators must use two-factor sign-in: the password alone leads to its set-up.
  await signIn(page, account.email, PASSWORD, '/networks/ogp-local/members');
  expect(page.url()).toBe(`${baseUrl}/account/two-factor?next=/networks/ogp-local/members`);
  expect(await page.locator('.lead').innerText()).toMatch(/Set it up now to finish signing in/);
  expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()]);
  const secret = (await page.locator('#two-factor-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('The 6-digit code your app shows').fill(totp(secret));
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click()]);
  expect(await page.locator('.recovery-codes__list code').count()).toBe(10);
  await Promise.all([page.waitForURL(`${baseUrl}/networks/ogp-local/members`), page.getByRole('link', { name: 'Continue' }).click()]);
  expect(await page.getByRole('heading', { name: 'Invite someone' }).count()).toBe(1);
  expect(await page.getByRole('banner').getByRole('link', { name: /New Coordinator/ }).count()).toBe(1);
});

it('resets a forgotten password from its email, changes the address from its email, and signs out everywhere', async () => {
  const account = await createAccount('Forgetful');
  const page = await newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await Promise.all([page.waitForURL(`${baseUrl}/forgot-password`), page.getByRole('link', { name: 'Forgot your password?' }).click()]);
  await page.getByLabel('Email address').fill(account.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByRole('status').filter({ hasText: 'If an account exists' }).waitFor();

  const reset = await waitForEmail(account.email, /Reset your Casebook password/);
  expect(reset.link).toMatch(new RegExp(`^${origin}/reset-password\\?token=`));
  await page.goto(reset.link!);
  const newPassword = 'a brand new passphrase';
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await Promise.all([page.waitForURL(`${baseUrl}/sign-in?notice=password-reset`), page.getByRole('button', { name: 'Save the new password' }).click()]);
  expect(await page.getByRole('status').first().innerText()).toMatch(/Your password was changed/);
  await signIn(page, account.email, newPassword);
  expect(page.url()).toBe(`${baseUrl}/account`);

  const newEmail = uniqueEmail('moved');
  await page.getByLabel('New email address').fill(newEmail);
  await page.getByLabel('Your password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Change email address' }).click();
  await page.getByRole('status').filter({ hasText: `We have sent a confirmation link to ${newEmail}` }).waitFor();
  const confirmation = await waitForEmail(newEmail, /Confirm your new email address/);
  expect(confirmation.link).toMatch(new RegExp(`^${origin}/confirm-email\\?token=`));
  await page.goto(confirmation.link!);
  expect(await page.locator('h1').innerText()).toBe('Your new email address is confirmed');
  await page.goto(`${baseUrl}/account`);
  expect(await page.locator('.account__email').innerText()).toBe(newEmail);

  await Promise.all([page.waitForURL(`${baseUrl}?notice=signed-out-everywhere`), page.getByRole('button', { name: 'Sign out everywhere' }).click()]);
  expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
});

it('deletes an account after the password, signs it out and says so on the home page', async () => {
  const account = await createAccount('Short Lived');
  const page = await newPage();
  await signIn(page, account.email, PASSWORD);
  await page.getByLabel('Your password, to confirm').fill(PASSWORD);
  await Promise.all([page.waitForURL(`${baseUrl}?notice=account-deleted`), page.getByRole('button', { name: 'Delete my account' }).click()]);
  expect(await page.getByRole('status').first().innerText()).toMatch(/Your account was deleted/);
  expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
});

describe('without a session (server-side requests)', () => {
  it('answers the members page of a network with a 404, as for a network that does not exist', async () => {
    const response = await fetch(`${baseUrl}/networks/ogp-local/members`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page not found');
    expect(html).not.toContain('Demo coordinator');
    expect((await fetch(`${baseUrl}/networks/nope/members`)).status).toBe(404);
  });

  it('sends the account pages and the data download to sign-in', async () => {
    const account = await fetch(`${baseUrl}/account`, { redirect: 'manual' });
    expect([303, 307]).toContain(account.status);
    expect(account.headers.get('location')).toMatch(/\/sign-in\?next=\/account$/);
    const data = await fetch(`${baseUrl}/account/data`, { redirect: 'manual' });
    expect([303, 307]).toContain(data.status);
    expect(data.headers.get('location')).toMatch(/\/sign-in\?next=\/account\/data$/);
  });

  it('shows the sign-in and sign-up links in the header', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).toContain('href="/en/sign-in"');
    expect(html).toContain('href="/en/sign-up"');
  });
});
