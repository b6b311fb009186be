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

it('lets each network\'s demo editor represent every demo city of the network, and report on their commitments', async () => {
  await ensureDemoAccounts(api.orm.em, 'casebook-demo');
  const cities = async (email: string) => {
    const browser = api.client();
    const response = await browser.gql(`mutation($email: String!) { signIn(email: $email, password: "casebook-demo") { viewer { memberships { network { slug } cities { name } } } } }`, { email });
    return { browser, memberships: response.data!.signIn.viewer.memberships };
  };
  const ogp = await cities('editor.ogp-local@example.org');
  expect(ogp.memberships).toEqual([{ network: { slug: 'ogp-local' }, cities: [{ name: 'Buenos Aires' }, { name: 'Madrid' }, { name: 'Paris' }] }]);
  const uclg = await cities('editor.uclg-transparency@example.org');
  expect(uclg.memberships[0].cities.map((city: { name: string }) => city.name)).toEqual(['Bogotá', 'Johannesburg', 'Seoul', 'Tshwane (Pretoria)']);

  const [row] = await api.orm.em.getConnection().execute<{ id: string }[]>(`select id from commitments where external_id = 'MAD-2017-01'`);
  const posted = await ogp.browser.gql(`mutation($id: ID!) { postCommitmentUpdate(input: { commitmentId: $id, body: "Demo progress" }) { author { name } } }`, { id: row!.id });
  expect(posted.data!.postCommitmentUpdate).toEqual({ author: { name: 'Demo editor (ogp-local)' } });
  // Running it again changes nothing.
  await ensureDemoAccounts(api.orm.em, 'casebook-demo');
  expect((await cities('editor.ogp-local@example.org')).memberships[0].cities).toHaveLength(3);
});
