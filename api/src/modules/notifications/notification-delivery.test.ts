import { startTestApi, type TestApi } from '../../test/test-api.js';
import { sendDailyDigests } from './digest.job.js';
import { deliverEmail } from './email.job.js';
import { inTransaction } from './job-db.js';
import { enqueueFanOut } from './notification.queue.js';
import { A, decide, mailTo, notificationsOf, ok, person, submittedCard, UPDATE_PREFERENCES, type Person } from './notifications.fixtures.js';

/** Curation decisions reach the card's author: in the app, and by email at once or in the daily digest. */
let api: TestApi;
let coordinator: Person;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await person(api, 'coordinator', [[A, 'COORDINATOR']]);
});
afterAll(() => api?.close());

describe('a curation decision', () => {
  it('notifies the author in the app and by email, naming who decided what, and never the coordinator who decided', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Open budget hearings');
    await decide(coordinator.client, card.id, 'REQUEST_CHANGES', 'Add the **results** of the hearings.');
    await api.waitForNotifications();

    const { unreadCount, nodes } = await notificationsOf(author.client);
    expect(unreadCount).toBe(1);
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'CURATION_DECISION',
        read: false,
        title: `${coordinator.name} asked for changes to your card “Open budget hearings”`,
        verb: 'CHANGES_REQUESTED',
        headline: 'Open budget hearings',
        context: null,
        summary: 'Add the results of the hearings.',
        link: `/cases/by-id/${card.id}`,
        actor: { name: coordinator.name },
        network: { slug: A },
        caseId: card.id,
      }),
    ]);
    const emails = mailTo(api, author.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe(`${coordinator.name} asked for changes to your card “Open budget hearings”`);
    expect(emails[0]!.text).toContain(`http://localhost:3000/cases/by-id/${card.id}`);
    expect((await notificationsOf(coordinator.client)).nodes).toEqual([]);
    expect(mailTo(api, coordinator.email)).toEqual([]);
  });

  it('tells the author that the card is published when approved', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Participatory water board');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    const { nodes } = await notificationsOf(author.client);
    expect(nodes.map((node) => node.title)).toEqual([`${coordinator.name} approved your card “Participatory water board”`]);
    expect(mailTo(api, author.email).map((message) => message.subject)).toEqual([`${coordinator.name} approved your card “Participatory water board”`]);
  });

  it('is not notified to a coordinator who decides on their own card', async () => {
    const card = await submittedCard(coordinator.client, A, 'A coordinator\'s own card');
    await decide(coordinator.client, card.id, 'REJECT', 'On second thought, no.');
    await api.waitForNotifications();
    expect((await notificationsOf(coordinator.client)).nodes).toEqual([]);
  });
});

describe('delivery', () => {
  it('runs the same fan-out job twice: one notification and one email', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Twice-delivered decision');
    const job = {
      eventKey: `curation:${card.id}:replayed`,
      activity: { kind: 'CURATION_DECIDED' as const, actorId: coordinator.id, networkId: await networkId(A), caseId: card.id, authorId: author.id, decision: 'REJECT' as const },
    };
    // Two deliveries of one event, as pg-boss may make after a crash: both jobs really run.
    await inTransaction(api.notifications.pool, (db) => enqueueFanOut(db, job));
    await inTransaction(api.notifications.pool, (db) => enqueueFanOut(db, job));
    await api.waitForNotifications();
    expect(await completedJobs('notification-fan-out', job.eventKey)).toBe(2);
    expect((await notificationsOf(author.client)).nodes).toHaveLength(1);
    expect(mailTo(api, author.email)).toHaveLength(1);
  });

  it('retries an email the mail server refused, and sends it once', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    const card = await submittedCard(author.client, A, 'Refused at first');
    api.mail.failNext(1);
    await decide(coordinator.client, card.id, 'REJECT', 'Not in scope.');
    await api.waitForNotifications();

    const [notification] = (await notificationsOf(author.client)).nodes;
    expect(notification.emailedAt).not.toBeNull();
    expect(mailTo(api, author.email)).toHaveLength(1);
    const [job] = await api.orm.em.getConnection().execute(`select state, retry_count from pgboss.job where name = 'notification-email' and data->>'notificationId' = ?`, [notification.id]);
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
    // A late retry after success finds the email claimed.
    expect(await deliverEmail(api.notifications.mailDeps(api.mail), notification.id)).toBe('already sent');
    expect(mailTo(api, author.email)).toHaveLength(1);
  });

  it('keeps notifications in the app only when email is OFF', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    ok(await author.client.gql(UPDATE_PREFERENCES, { input: { email: 'OFF' } }));
    const card = await submittedCard(author.client, A, 'Quiet author');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    expect((await notificationsOf(author.client)).nodes).toHaveLength(1);
    expect(mailTo(api, author.email)).toEqual([]);
  });

  it('does not email a kind the user muted', async () => {
    const author = await person(api, 'author', [[A, 'EDITOR']]);
    ok(await author.client.gql(UPDATE_PREFERENCES, { input: { mutedKinds: ['CURATION_DECISION'] } }));
    const card = await submittedCard(author.client, A, 'Muted decision');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    expect((await notificationsOf(author.client)).nodes).toHaveLength(1);
    expect(mailTo(api, author.email)).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('sends one email with everything not yet sent, grouped, and never the same notification twice', async () => {
    const author = await person(api, 'digester', [[A, 'EDITOR']]);
    ok(await author.client.gql(UPDATE_PREFERENCES, { input: { email: 'DAILY_DIGEST' } }));
    const first = await submittedCard(author.client, A, 'Digest card one');
    const second = await submittedCard(author.client, A, 'Digest card two');
    await decide(coordinator.client, first.id, 'APPROVE');
    await decide(coordinator.client, second.id, 'REJECT', 'Duplicate of another card.');
    await api.waitForNotifications();
    expect(mailTo(api, author.email)).toEqual([]);

    const deps = api.notifications.mailDeps(api.mail);
    const outcome = await sendDailyDigests(deps, new Date());
    expect(outcome.failed).toBe(0);
    const digests = mailTo(api, author.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Your Casebook digest: 2 notifications');
    expect(digests[0]!.text).toContain('Your cards');
    expect(digests[0]!.text).toContain(`${coordinator.name} approved your card “Digest card one”`);
    expect(digests[0]!.text).toContain(`${coordinator.name} rejected your card “Digest card two”`);
    expect(digests[0]!.text).toContain('Duplicate of another card.');
    expect(digests[0]!.text).toMatch(/Unsubscribe from all Casebook email: http:\/\/localhost:3000\/notifications\/unsubscribe\?token=\S+/);

    await sendDailyDigests(deps, new Date());
    expect(mailTo(api, author.email)).toHaveLength(1);
    expect((await notificationsOf(author.client)).nodes.every((node) => node.digestedAt !== null && node.emailedAt === null)).toBe(true);
  });

  it('leaves out what came after its time, and sends it the next day', async () => {
    const author = await person(api, 'digester', [[A, 'EDITOR']]);
    ok(await author.client.gql(UPDATE_PREFERENCES, { input: { email: 'DAILY_DIGEST' } }));
    const cutoff = new Date(Date.now() - 1000);
    const card = await submittedCard(author.client, A, 'Decided after the digest');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    const deps = api.notifications.mailDeps(api.mail);
    await sendDailyDigests(deps, cutoff);
    expect(mailTo(api, author.email)).toEqual([]);
    await sendDailyDigests(deps, new Date(Date.now() + 86_400_000));
    expect(mailTo(api, author.email).map((message) => message.subject)).toEqual(['Your Casebook digest: 1 notification']);
  });

  it('retries a digest whose email failed, without resending the ones that went out', async () => {
    const failing = await person(api, 'digester', [[A, 'EDITOR']]);
    ok(await failing.client.gql(UPDATE_PREFERENCES, { input: { email: 'DAILY_DIGEST' } }));
    const card = await submittedCard(failing.client, A, 'Digest that fails once');
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForNotifications();
    const deps = api.notifications.mailDeps(api.mail);
    // Everyone else's digests are out already (earlier tests): the one failure is this user's.
    await sendDailyDigests(deps, new Date());
    const cardTwo = await submittedCard(failing.client, A, 'Digest that fails once, two');
    await decide(coordinator.client, cardTwo.id, 'APPROVE');
    await api.waitForNotifications();
    api.mail.failNext(1);
    await expect(sendDailyDigests(deps, new Date())).rejects.toThrow(/1 digest email\(s\) failed/);
    expect(mailTo(api, failing.email)).toHaveLength(1);
    await sendDailyDigests(deps, new Date());
    const subjects = mailTo(api, failing.email).map((message) => message.subject);
    expect(subjects).toEqual(['Your Casebook digest: 1 notification', 'Your Casebook digest: 1 notification']);
    expect(mailTo(api, failing.email)[1]!.text).toContain('Digest that fails once, two');
  });

  it('is scheduled daily at DIGEST_HOUR (UTC) by the API process', async () => {
    await api.notifications.scheduleDigest();
    expect(await api.notifications.schedules()).toEqual([{ name: 'notification-digest', cron: '0 7 * * *' }]);
  });
});

async function networkId(slug: string): Promise<string> {
  const [row] = await api.orm.em.getConnection().execute(`select id from networks where slug = ?`, [slug]);
  return row.id;
}

async function completedJobs(queue: string, eventKey: string): Promise<number> {
  const [row] = await api.orm.em.getConnection().execute(
    `select count(*)::int as count from pgboss.job where name = ? and data->>'eventKey' = ? and state = 'completed'`,
    [queue, eventKey],
  );
  return row.count;
}
