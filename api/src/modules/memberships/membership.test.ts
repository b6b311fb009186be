import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';

let api: TestApi;
let coordinator: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.signedIn('coord@uclg.example', { memberships: [['uclg-transparency', 'COORDINATOR']] });
});
afterAll(() => api?.close());

const INVITE = `mutation($email: String!, $role: NetworkRole!) { inviteMember(network: "uclg-transparency", email: $email, role: $role) { id email role expiresAt } }`;
const MEMBERS = `query { members(network: "uclg-transparency") { role user { id name email } } }`;
const PASSWORD = 'correct horse battery staple';

describe('invitations', () => {
  it('invites by email; the invited person signs up with that address and accepts', async () => {
    const invited = await coordinator.gql(INVITE, { email: 'Newcomer@Example.net', role: 'EDITOR' });
    expect(invited.data!.inviteMember).toMatchObject({ email: 'newcomer@example.net', role: 'EDITOR' });
    const token = api.mail.token('newcomer@example.net');

    const browser = api.client();
    await browser.gql(`mutation { signUp(email: "newcomer@example.net", password: "${PASSWORD}", name: "New Comer") }`);
    await browser.gql(`mutation($token: String!) { verifyEmail(token: $token) }`, { token: api.mail.token('newcomer@example.net') });
    await browser.gql(`mutation { signIn(email: "newcomer@example.net", password: "${PASSWORD}") { status } }`);
    const accepted = await browser.gql(`mutation($token: String!) { acceptInvitation(token: $token) { role network { slug } } }`, { token });
    expect(accepted.data!.acceptInvitation).toEqual({ role: 'EDITOR', network: { slug: 'uclg-transparency' } });
    const viewer = await browser.gql(`query { viewer { memberships { role network { slug } } } }`);
    expect(viewer.data!.viewer.memberships).toEqual([{ role: 'EDITOR', network: { slug: 'uclg-transparency' } }]);
    expect((await browser.gql(`mutation($token: String!) { acceptInvitation(token: $token) { role } }`, { token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('will not let another account use someone else\'s invitation', async () => {
    await coordinator.gql(INVITE, { email: 'intended@example.net', role: 'MEMBER' });
    const token = api.mail.token('intended@example.net');
    const other = await api.signedIn('someone.else@example.net');
    const response = await other.gql(`mutation($token: String!) { acceptInvitation(token: $token) { role } }`, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  it('refuses an expired invitation', async () => {
    await coordinator.gql(INVITE, { email: 'late@example.net', role: 'MEMBER' });
    const token = api.mail.token('late@example.net');
    await api.orm.em.getConnection().execute(`update invitations set expires_at = now() - interval '1 minute' where email = 'late@example.net'`);
    const late = await api.signedIn('late@example.net');
    expect((await late.gql(`mutation($token: String!) { acceptInvitation(token: $token) { role } }`, { token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists open invitations to coordinators only', async () => {
    expect((await coordinator.gql(`query { invitations(network: "uclg-transparency") { email } }`)).data!.invitations.length).toBeGreaterThan(0);
    const member = await api.signedIn('plain.member@example.net', { memberships: [['uclg-transparency', 'MEMBER']] });
    expect((await member.gql(`query { invitations(network: "uclg-transparency") { email } }`)).data!.invitations).toBeNull();
  });
});

describe('roles', () => {
  it('changes roles and removes members; emails are shown to coordinators only', async () => {
    const editor = await api.signedIn('ed@uclg.example', { memberships: [['uclg-transparency', 'EDITOR']] });
    const members = (await coordinator.gql(MEMBERS)).data!.members;
    const editorRow = members.find((member: any) => member.user.email === 'ed@uclg.example');
    expect(editorRow.role).toBe('EDITOR');
    expect((await editor.gql(MEMBERS)).data!.members.every((member: any) => member.user.email === null)).toBe(true);

    const promoted = await coordinator.gql(`mutation($id: ID!) { changeMemberRole(network: "uclg-transparency", userId: $id, role: MEMBER) { role } }`, { id: editorRow.user.id });
    expect(promoted.data!.changeMemberRole.role).toBe('MEMBER');
    const byEditor = await editor.gql(`mutation($id: ID!) { removeMember(network: "uclg-transparency", userId: $id) }`, { id: editorRow.user.id });
    expect(byEditor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await coordinator.gql(`mutation($id: ID!) { removeMember(network: "uclg-transparency", userId: $id) }`, { id: editorRow.user.id })).data).toEqual({ removeMember: true });
    expect((await editor.gql(MEMBERS)).data!.members).toBeNull();
  });

  it('keeps the last coordinator', async () => {
    const own = (await coordinator.gql(`query { viewer { id } }`)).data!.viewer.id;
    const demote = await coordinator.gql(`mutation($id: ID!) { changeMemberRole(network: "uclg-transparency", userId: $id, role: MEMBER) { role } }`, { id: own });
    expect(demote.errors?.[0]?.message).toMatch(/at least one coordinator/);
    expect((await coordinator.gql(`mutation { leaveNetwork(network: "uclg-transparency") }`)).errors?.[0]?.message).toMatch(/at least one coordinator/);
    expect((await coordinator.gql(`mutation($id: ID!) { removeMember(network: "uclg-transparency", userId: $id) }`, { id: own })).errors?.[0]?.message).toMatch(/at least one coordinator/);
  });
});

describe('networks', () => {
  it('are created by platform admins only, who invite the first coordinator', async () => {
    const admin = await api.signedIn('root@example.net', { admin: true });
    const input = { slug: 'ucci', name: 'Union of Ibero-American Capital Cities', coordinatorEmail: 'lead@ucci.example' };
    const created = await admin.gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug name } }`, { input });
    expect(created.data!.createNetwork).toEqual({ slug: 'ucci', name: input.name });
    expect(api.mail.last('lead@ucci.example').link).toContain('/invitations/accept?token=');
    const again = await admin.gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug } }`, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });

    const denied = await coordinator.gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug } }`, { input: { ...input, slug: 'other' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.client().gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug } }`, { input: { ...input, slug: 'other' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
