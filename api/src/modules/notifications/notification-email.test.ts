import { startTestApi, type TestApi } from '../../test/test-api.js';
import { A, decide, errorOf, FOLLOWING, mailTo, ok, person, PREFERENCES, submittedCard, UNSUBSCRIBE, type Person } from './notifications.fixtures.js';
import { MADRID_CASE, REPLY, START } from '../threads/threads.fixtures.js';

/** What the emails say, and their unsubscribe links, which work without signing in. */
let api: TestApi;
let coordinator: Person;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await person(api, 'coordinator', [[A, 'COORDINATOR']]);
});
afterAll(() => api?.close());

const UNSUBSCRIBE_ALL = /Unsubscribe from all Casebook email: (\S+)/;
const STOP_FOLLOWING = /Stop following this: (\S+)/;

/** The API's address for a link in an email (the web app forwards the same path to the API). */
function onApi(link: string): string {
  const url = new URL(link);
  return `${api.url}${url.pathname}${url.search}`;
}

async function emailedDecision(): Promise<{ author: Person; card: { id: string }; text: string; subject: string; link?: string; headers?: Record<string, string> }> {
  const author = await person(api, 'author', [[A, 'EDITOR']]);
  const card = await submittedCard(author.client, A, 'Street lighting data');
  await decide(coordinator.client, card.id, 'REQUEST_CHANGES', 'Which districts?');
  await api.waitForNotifications();
  const [message] = mailTo(api, author.email);
  if (!message) throw new Error('no email');
  return { author, card, ...message };
}

describe('an immediate email', () => {
  it('says who did what where, quotes the comment, links to the page and to unsubscribing', async () => {
    const { author, card, subject, text, link, headers } = await emailedDecision();
    expect(subject).toBe(`${coordinator.name} asked for changes to your card “Street lighting data”`);
    expect(text).toContain(`Hello ${author.name},`);
    expect(text).toContain(`${coordinator.name} asked for changes to your card “Street lighting data” (UCLG`);
    expect(text).toContain('Which districts?');
    expect(text).toContain(`Open it: http://localhost:3000/cases/by-id/${card.id}`);
    expect(link).toBe(`http://localhost:3000/cases/by-id/${card.id}`);
    expect(text).toContain('You get this email because you wrote this card.');
    expect(text).toMatch(UNSUBSCRIBE_ALL);
    expect(text).not.toMatch(STOP_FOLLOWING);
    const unsubscribeAll = text.match(UNSUBSCRIBE_ALL)![1];
    expect(headers?.['List-Unsubscribe']).toBe(`<${unsubscribeAll}>`);
  });

  it('of a post in a followed thread names the author, the thread, links to the post, and offers to stop following', async () => {
    const asker = await person(api, 'asker');
    const answerer = await person(api, 'answerer');
    const caseId = ok(await api.gql(`query { case(slug: "${MADRID_CASE}") { id } }`)).case.id;
    const thread = ok(await asker.client.gql(START, { input: { caseId, title: 'How was Consul adopted?', body: 'Who ran the **first** pilot?' } })).startThread;
    const post = ok(await answerer.client.gql(REPLY, { threadId: thread.id, body: 'The city council, in 2015. See [the report](https://example.org/report).' })).reply;
    await api.waitForNotifications();

    const [message] = mailTo(api, asker.email);
    expect(message!.subject).toBe(`${answerer.name} posted in “How was Consul adopted?”`);
    expect(message!.text).toContain('The city council, in 2015. See the report.');
    expect(message!.text).toContain(`Open it: http://localhost:3000/threads/${thread.id}#post-${post.id}`);
    expect(message!.text).toContain('You get this email because you follow this conversation.');
    const stop = STOP_FOLLOWING.exec(message!.text)![1]!;
    expect(ok(await asker.client.gql(FOLLOWING, { id: thread.id })).following).toBe(true);
    const response = await fetch(onApi(stop));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('You no longer follow this');
    expect(ok(await asker.client.gql(FOLLOWING, { id: thread.id })).following).toBe(false);
  });
});

describe('the unsubscribe link', () => {
  it('turns email off without a session, answers a confirmation page, and works again', async () => {
    const { author, text } = await emailedDecision();
    const link = UNSUBSCRIBE_ALL.exec(text)![1]!;
    const response = await fetch(onApi(link));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('You are unsubscribed');
    expect(ok(await author.client.gql(PREFERENCES)).notificationPreferences.email).toBe('OFF');
    expect((await fetch(onApi(link))).status).toBe(200);

    const card = await submittedCard(author.client, A, 'After unsubscribing');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    expect(mailTo(api, author.email)).toHaveLength(1);
  });

  it('works as a one-click POST and through GraphQL, signed out', async () => {
    const first = await emailedDecision();
    const token = new URL(UNSUBSCRIBE_ALL.exec(first.text)![1]!).searchParams.get('token')!;
    expect((await fetch(`${api.url}/notifications/unsubscribe?token=${encodeURIComponent(token)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(200);
    expect(ok(await first.author.client.gql(PREFERENCES)).notificationPreferences.email).toBe('OFF');

    const second = await emailedDecision();
    const secondToken = new URL(UNSUBSCRIBE_ALL.exec(second.text)![1]!).searchParams.get('token')!;
    expect(ok(await api.client().gql(UNSUBSCRIBE, { token: secondToken })).unsubscribe).toMatchObject({ scope: 'ALL' });
    expect(ok(await second.author.client.gql(PREFERENCES)).notificationPreferences.email).toBe('OFF');
  });

  it('refuses an altered, foreign or missing token with a clear 400 and changes nothing', async () => {
    const { author, text } = await emailedDecision();
    const token = new URL(UNSUBSCRIBE_ALL.exec(text)![1]!).searchParams.get('token')!;
    const [userId, scope, signature] = token.split('.');
    const someoneElse = await person(api, 'someone');
    const forged = [
      `${userId}.${scope}.${signature!.slice(0, -2)}AA`,
      `${someoneElse.id}.${scope}.${signature}`,
      'not-a-token',
      '',
    ];
    for (const bad of forged) {
      const response = await fetch(`${api.url}/notifications/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('This unsubscribe link is not valid');
    }
    expect(errorOf(await api.client().gql(UNSUBSCRIBE, { token: forged[1] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(ok(await author.client.gql(PREFERENCES)).notificationPreferences.email).toBe('IMMEDIATE');
    expect(ok(await someoneElse.client.gql(PREFERENCES)).notificationPreferences.email).toBe('IMMEDIATE');
  });
});
