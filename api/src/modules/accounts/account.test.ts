import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { currentTotpCode } from './two-factor.js';
import { User } from './user.entity.js';

const SIGN_UP = `mutation($email: String!, $password: String!, $name: String!) { signUp(email: $email, password: $password, name: $name) }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status viewer { email } } }`;
const VIEWER = `query { viewer { id email name isPlatformAdmin twoFactorEnabled memberships { role network { slug } } sessions { current } } }`;
const PASSWORD = 'correct horse battery staple';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demoData: true });
});
afterAll(() => api?.close());

async function signUpAndVerify(email: string, name = 'Ana Lima'): Promise<TestClient> {
  const browser = api.client();
  expect((await browser.gql(SIGN_UP, { email, password: PASSWORD, name })).data).toEqual({ signUp: true });
  const verified = await browser.gql(`mutation($token: String!) { verifyEmail(token: $token) }`, { token: api.mail.token(email) });
  expect(verified.data).toEqual({ verifyEmail: true });
  return browser;
}

describe('sign-up and sign-in', () => {
  it('signs up, verifies the address, signs in with an httpOnly SameSite=Lax cookie, and out', async () => {
    const browser = await signUpAndVerify('ana@example.net');
    const signIn = await browser.gql(SIGN_IN, { email: 'Ana@Example.net', password: PASSWORD });
    expect(signIn.data!.signIn).toEqual({ status: 'SIGNED_IN', viewer: { email: 'ana@example.net' } });
    expect(browser.lastSetCookies[0]).toMatch(/^casebook_session=[^;]+;.*HttpOnly/i);
    expect(browser.lastSetCookies[0]).toMatch(/SameSite=Lax/i);
    expect((await browser.gql(VIEWER)).data!.viewer).toMatchObject({ email: 'ana@example.net', name: 'Ana Lima', isPlatformAdmin: false });

    expect((await browser.gql(`mutation { signOut }`)).data).toEqual({ signOut: true });
    expect((await browser.gql(VIEWER)).data!.viewer).toBeNull();
  });

  it('refuses to sign in before the address is verified, and sends a new link', async () => {
    const browser = api.client();
    await browser.gql(SIGN_UP, { email: 'unverified@example.net', password: PASSWORD, name: 'U' });
    const sent = api.mail.messages.length;
    const response = await browser.gql(SIGN_IN, { email: 'unverified@example.net', password: PASSWORD });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(api.mail.messages.length).toBe(sent + 1);
  });

  it('never reveals whether an address has an account', async () => {
    const browser = api.client();
    const taken = await browser.gql(SIGN_UP, { email: 'ana@example.net', password: PASSWORD, name: 'Someone' });
    const fresh = await browser.gql(SIGN_UP, { email: 'fresh@example.net', password: PASSWORD, name: 'Someone' });
    expect(taken).toEqual(fresh);
    expect(api.mail.last('ana@example.net').subject).toMatch(/already have/);

    const wrongPassword = await browser.gql(SIGN_IN, { email: 'ana@example.net', password: 'not the right one at all' });
    const noAccount = await browser.gql(SIGN_IN, { email: 'nobody@example.net', password: 'not the right one at all' });
    expect(wrongPassword.errors?.[0]?.message).toBe(noAccount.errors?.[0]?.message);
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const resetKnown = await browser.gql(`mutation { requestPasswordReset(email: "ana@example.net") }`);
    const resetUnknown = await browser.gql(`mutation { requestPasswordReset(email: "nobody@example.net") }`);
    expect(resetKnown).toEqual(resetUnknown);
  });

  it.each([
    ['a short password', { email: 'x@example.net', password: 'short', name: 'X' }, 'password'],
    ['a common password', { email: 'x@example.net', password: 'password1234', name: 'X' }, 'password'],
    ['a malformed email', { email: 'not-an-email', password: PASSWORD, name: 'X' }, 'email'],
    ['an empty name', { email: 'x@example.net', password: PASSWORD, name: '  ' }, 'name'],
  ])('rejects %s with BAD_USER_INPUT on the field', async (_label, variables, field) => {
    const response = await api.client().gql(SIGN_UP, variables);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('password reset and changes', () => {
  it('resets the password by emailed link, once, and ends every session', async () => {
    const first = await signUpAndVerify('reset@example.net');
    await first.gql(SIGN_IN, { email: 'reset@example.net', password: PASSWORD });
    await api.client().gql(`mutation { requestPasswordReset(email: "reset@example.net") }`);
    const token = api.mail.token('reset@example.net');
    const reset = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
    expect((await api.client().gql(reset, { token, password: 'a brand new long password' })).data).toEqual({ resetPassword: true });
    expect((await api.client().gql(reset, { token, password: 'another brand new password' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await first.gql(VIEWER)).data!.viewer).toBeNull();
    expect((await api.client().gql(SIGN_IN, { email: 'reset@example.net', password: 'a brand new long password' })).data!.signIn.status).toBe('SIGNED_IN');
  });

  it('changes the email after the new address confirms it', async () => {
    const browser = await signUpAndVerify('old@example.net');
    await browser.gql(SIGN_IN, { email: 'old@example.net', password: PASSWORD });
    const change = await browser.gql(`mutation { changeEmail(newEmail: "new@example.net", password: "${PASSWORD}") }`);
    expect(change.data).toEqual({ changeEmail: true });
    await browser.gql(`mutation($token: String!) { confirmEmailChange(token: $token) }`, { token: api.mail.token('new@example.net') });
    expect((await browser.gql(VIEWER)).data!.viewer.email).toBe('new@example.net');
    expect(api.mail.last('old@example.net').subject).toMatch(/changed/);
  });

  it('signs out everywhere', async () => {
    await signUpAndVerify('everywhere@example.net');
    const laptop = api.client();
    const phone = api.client();
    await laptop.gql(SIGN_IN, { email: 'everywhere@example.net', password: PASSWORD });
    await phone.gql(SIGN_IN, { email: 'everywhere@example.net', password: PASSWORD });
    expect((await laptop.gql(VIEWER)).data!.viewer.sessions).toHaveLength(2);
    await laptop.gql(`mutation { signOutEverywhere }`);
    expect((await phone.gql(VIEWER)).data!.viewer).toBeNull();
    expect((await laptop.gql(VIEWER)).data!.viewer).toBeNull();
  });
});

describe('two-factor sign-in', () => {
  it('sets up TOTP, then requires a code at sign-in; a recovery code works once', async () => {
    const browser = await signUpAndVerify('totp@example.net');
    await browser.gql(SIGN_IN, { email: 'totp@example.net', password: PASSWORD });
    const setup = await browser.gql(`mutation { beginTwoFactorSetup { secret uri } }`);
    const { secret, uri } = setup.data!.beginTwoFactorSetup;
    expect(uri).toMatch(/^otpauth:\/\/totp\/Casebook/);
    const wrong = await browser.gql(`mutation { confirmTwoFactorSetup(code: "000000") }`);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const codes = (await browser.gql(`mutation($code: String!) { confirmTwoFactorSetup(code: $code) }`, { code: currentTotpCode(secret) })).data!.confirmTwoFactorSetup;
    expect(codes).toHaveLength(10);

    const next = api.client();
    expect((await next.gql(SIGN_IN, { email: 'totp@example.net', password: PASSWORD })).data!.signIn).toEqual({ status: 'SECOND_FACTOR_REQUIRED', viewer: null });
    expect((await next.gql(VIEWER)).data!.viewer).toBeNull();
    const verified = await next.gql(`mutation($code: String!) { verifySecondFactor(code: $code) { status viewer { email twoFactorEnabled } } }`, { code: currentTotpCode(secret) });
    expect(verified.data!.verifySecondFactor).toEqual({ status: 'SIGNED_IN', viewer: { email: 'totp@example.net', twoFactorEnabled: true } });

    const recovery = api.client();
    await recovery.gql(SIGN_IN, { email: 'totp@example.net', password: PASSWORD });
    expect((await recovery.gql(`mutation($code: String!) { verifySecondFactor(code: $code) { status } }`, { code: codes[0] })).data!.verifySecondFactor.status).toBe('SIGNED_IN');
    const again = api.client();
    await again.gql(SIGN_IN, { email: 'totp@example.net', password: PASSWORD });
    expect((await again.gql(`mutation($code: String!) { verifySecondFactor(code: $code) { status } }`, { code: codes[0] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('makes coordinators set up a second factor before anything else', async () => {
    const browser = await signUpAndVerify('newcoordinator@example.net');
    const em = api.orm.em.fork();
    const { Membership, NetworkRole } = await import('../memberships/membership.entity.js');
    const { Network } = await import('../networks/network.entity.js');
    em.create(Membership, { user: await em.findOneOrFail(User, { email: 'newcoordinator@example.net' }), network: await em.findOneOrFail(Network, { slug: 'ogp-local' }), role: NetworkRole.COORDINATOR });
    await em.flush();
    expect((await browser.gql(SIGN_IN, { email: 'newcoordinator@example.net', password: PASSWORD })).data!.signIn.status).toBe('SECOND_FACTOR_SETUP_REQUIRED');
    expect((await browser.gql(`query { members(network: "ogp-local") { role } }`)).data!.members).toBeNull();
    const { secret } = (await browser.gql(`mutation { beginTwoFactorSetup { secret } }`)).data!.beginTwoFactorSetup;
    await browser.gql(`mutation($code: String!) { confirmTwoFactorSetup(code: $code) }`, { code: currentTotpCode(secret) });
    expect((await browser.gql(`query { members(network: "ogp-local") { role } }`)).data!.members.length).toBeGreaterThan(0);
    const disable = await browser.gql(`mutation { disableTwoFactor(password: "${PASSWORD}") }`);
    expect(disable.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rate limits', () => {
  it('limits sign-in attempts per account with RATE_LIMITED and retryAfter', async () => {
    const browser = api.client();
    let last;
    for (let attempt = 0; attempt < 11; attempt++) last = await browser.gql(SIGN_IN, { email: 'target@example.net', password: `wrong password ${attempt}` });
    expect(last!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(last!.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
  });

  it('refuses several sign-ins in one operation, so aliases cannot multiply attempts', async () => {
    const response = await api.client().gql(`mutation { a: signIn(email: "a@example.net", password: "x") { status } b: signIn(email: "a@example.net", password: "y") { status } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('my data', () => {
  it('downloads everything the account holds, and deletes the account leaving no trace of name or email', async () => {
    const browser = await signUpAndVerify('leaving@example.net', 'Zelda Quintanilla');
    await browser.gql(SIGN_IN, { email: 'leaving@example.net', password: PASSWORD });
    const thread = (await browser.gql(`query { threads(network: "ogp-local", first: 1) { edges { node { id } } } }`)).data!.threads.edges[0].node;
    const posted = await browser.gql(`mutation ($id: ID!) { reply(threadId: $id, body: "Our city caps it at 5 %.") { id } }`, { id: thread.id });
    expect(posted.errors).toBeUndefined();
    const saved = await browser.gql(`mutation { saveSearch(input: { name: "Budgets", query: "participatory budget" }) { id } }`);
    expect(saved.errors).toBeUndefined();
    const data = (await browser.gql(`query { myData }`)).data!.myData;
    expect(data.account).toMatchObject({ email: 'leaving@example.net', name: 'Zelda Quintanilla' });
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.posts).toEqual([expect.objectContaining({ id: posted.data!.reply.id, body: 'Our city caps it at 5 %.' })]);
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: 'Budgets', query: 'participatory budget' })]);
    expect(data.follows.map((follow: { kind: string }) => follow.kind).sort()).toEqual(['SAVED_SEARCH', 'THREAD']);

    expect((await browser.gql(`mutation { deleteAccount(password: "wrong password here") }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await browser.gql(`mutation { deleteAccount(password: "${PASSWORD}") }`)).data).toEqual({ deleteAccount: true });
    expect((await browser.gql(VIEWER)).data!.viewer).toBeNull();

    const connection = api.orm.em.getConnection();
    const tables = await connection.execute<{ table_name: string; table_schema: string }[]>(
      `select table_schema, table_name from information_schema.tables where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE'`,
    );
    for (const { table_schema, table_name } of tables) {
      const [row] = await connection.execute<{ hits: number }[]>(
        `select count(*)::int as hits from "${table_schema}"."${table_name}" t where t::text ilike ? or t::text ilike ?`,
        ['%leaving@example.net%', '%Zelda Quintanilla%'],
      );
      expect({ table: `${table_schema}.${table_name}`, hits: row!.hits }).toEqual({ table: `${table_schema}.${table_name}`, hits: 0 });
    }
    const search = await api.gql(`query { searchCases(input: { query: "Quintanilla" }) { total } }`);
    expect(search.data!.searchCases.total).toBe(0);
  });

  it('requires a signed-in viewer', async () => {
    expect((await api.client().gql(`query { myData }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
