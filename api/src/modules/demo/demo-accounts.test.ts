import { startTestApi, type TestApi } from '../../test/test-api.js';
import { demoAccountsEnabled, ensureDemoAccounts } from './demo-accounts.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('creates the admin and, per network, a coordinator, an editor and a member, once', async () => {
  const emails = await ensureDemoAccounts(api.orm.em, 'casebook-demo');
  expect(emails).toEqual([
    'admin@example.org',
    'coordinator.ogp-local@example.org', 'editor.ogp-local@example.org', 'member.ogp-local@example.org',
    'coordinator.uclg-transparency@example.org', 'editor.uclg-transparency@example.org', 'member.uclg-transparency@example.org',
  ]);
  await ensureDemoAccounts(api.orm.em, 'casebook-demo');
  const [row] = await api.orm.em.getConnection().execute<{ count: number }[]>(`select count(*)::int as count from users where is_demo`);
  expect(row!.count).toBe(7);
});

it('signs the demo coordinator in at once (exempt from two-factor), with the right role', async () => {
  await ensureDemoAccounts(api.orm.em, 'casebook-demo');
  const browser = api.client();
  const response = await browser.gql(`mutation { signIn(email: "coordinator.ogp-local@example.org", password: "casebook-demo") { status viewer { memberships { role network { slug } } } } }`);
  expect(response.data!.signIn).toEqual({ status: 'SIGNED_IN', viewer: { memberships: [{ role: 'COORDINATOR', network: { slug: 'ogp-local' } }] } });
  const admin = await api.client().gql(`mutation { signIn(email: "admin@example.org", password: "casebook-demo") { status viewer { isPlatformAdmin } } }`);
  expect(admin.data!.signIn).toEqual({ status: 'SIGNED_IN', viewer: { isPlatformAdmin: true } });
});

it('is never enabled in production', () => {
  expect(demoAccountsEnabled({ NODE_ENV: 'production', DEMO_ACCOUNTS: 'auto' })).toBe(false);
  expect(demoAccountsEnabled({ NODE_ENV: 'development', DEMO_ACCOUNTS: 'off' })).toBe(false);
  expect(demoAccountsEnabled({ NODE_ENV: 'development', DEMO_ACCOUNTS: 'auto' })).toBe(true);
});
