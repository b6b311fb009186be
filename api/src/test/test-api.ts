import 'reflect-metadata';
import { createTestDatabase, findTestServer, type PostgresServer } from '@casebook/infra';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startHttpServer } from '../app.js';
import { loadConfig } from '../config.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger, type Logger } from '../logger.js';
import { seedDemoDataIfEmpty } from '../modules/demo/demo.seed.js';
import { SearchRuntime } from '../modules/search/search.runtime.js';
import { createAccountServices, type AccountServices } from '../modules/accounts/account.services.js';
import type { Mailer, MailMessage } from '../modules/mail/mailer.js';
import { NotificationRuntime } from '../modules/notifications/notification.runtime.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** Keeps every email the API sends, so that tests can follow their links. */
export class MailCatcher implements Mailer {
  readonly messages: MailMessage[] = [];
  private failures = 0;

  async send(message: MailMessage): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('the test mail server refused the message');
    }
    this.messages.push(message);
  }

  /** The next `count` sends throw, as an unreachable mail server would (retries are then tested for real). */
  failNext(count = 1): void {
    this.failures = count;
  }

  /** The newest message to this address, or an error naming what arrived instead. */
  last(to: string): MailMessage {
    const found = this.messages.filter((message) => message.to === to.toLowerCase()).at(-1);
    if (!found) throw new Error(`no email to ${to}; sent: ${this.messages.map((message) => message.to).join(', ') || 'none'}`);
    return found;
  }

  /** The token in the newest link sent to this address. */
  token(to: string): string {
    const link = this.last(to).link ?? '';
    return new URL(link).searchParams.get('token') ?? '';
  }
}

/** A browser-like client: keeps the cookies the API sets and sends them back. */
export interface TestClient {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The Set-Cookie headers of the last response. */
  lastSetCookies: string[];
  cookies: Map<string, string>;
}

export type TestMembership = [string, 'COORDINATOR' | 'EDITOR' | 'MEMBER'] | [string, 'COORDINATOR' | 'EDITOR' | 'MEMBER', string[]];
export interface SignedInOptions {
  memberships?: TestMembership[];
  admin?: boolean;
  name?: string;
}

export interface TestApi {
  url: string;
  orm: MikroORM;
  search: SearchRuntime;
  accounts: AccountServices;
  notifications: NotificationRuntime;
  mail: MailCatcher;
  logger: Logger;
  /** Resolves when the indexing queue is empty (every committed change is searchable). */
  waitForIndexing(timeoutMs?: number): Promise<void>;
  /** Resolves when no notification fan-out or email job is waiting (retries included). */
  waitForNotifications(timeoutMs?: number): Promise<void>;
  /** SQL statements sent since the start; reset freely. */
  sql: { count: number };
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** A new anonymous browser. */
  client(): TestClient;
  /**
   * A browser signed in as this user (created verified, with the given memberships, when missing). A
   * membership's third item lists the cities it represents, by slug (`paris-fr`) or id.
   */
  signedIn(email: string, options?: SignedInOptions): Promise<TestClient>;
  close(): Promise<void>;
}

/**
 * The real API on a real PostgreSQL: a fresh database migrated from scratch, served over HTTP on a free
 * port. Each test file gets its own database, so files can run side by side.
 */
export async function startTestApi(options: { demoData?: boolean; worker?: boolean; notificationWorker?: boolean; env?: Record<string, string> } = {}): Promise<TestApi> {
  const server: PostgresServer = await findTestServer();
  const database = await createTestDatabase(server);
  const sql = { count: 0 };
  const orm = await initOrm({ databaseUrl: database.url, onQuery: () => sql.count++, poolMax: 5 });
  await migrate(orm);

  const config = loadConfig({ DATABASE_URL: database.url, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const logger = createLogger('silent');
  const search = await SearchRuntime.start({ config, logger });
  if (options.worker ?? true) await search.startWorker(orm, logger, 0.5);
  const notifications = await NotificationRuntime.start({ config, logger });
  if (options.demoData ?? true) await seedDemoDataIfEmpty(orm.em, search.queue);
  const mail = new MailCatcher();
  const accounts = createAccountServices(config, logger, mail);
  // The digest's cron schedule stays off: tests call sendDailyDigests with the time they want.
  if (options.notificationWorker ?? options.worker ?? true) await notifications.startWorkers({ mailer: mail, logger, pollingIntervalSeconds: 0.5, scheduleDigest: false });
  const http = await startHttpServer({ config, orm, logger, search, accounts }, 0, '127.0.0.1');

  async function waitForIndexing(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await search.queue.backlog()) > 0) {
      if (Date.now() > deadline) throw new Error('the search index did not catch up in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  if ((options.demoData ?? true) && (options.worker ?? true)) await waitForIndexing();

  async function waitForNotifications(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await notifications.backlog()) > 0) {
      if (Date.now() > deadline) throw new Error('the notification jobs did not finish in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  function client(): TestClient {
    const state: TestClient = {
      cookies: new Map(),
      lastSetCookies: [],
      async gql(query, variables) {
        const cookie = [...state.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
        const response = await fetch(`${http.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        state.lastSetCookies = response.headers.getSetCookie();
        for (const header of state.lastSetCookies) {
          const [pair] = header.split(';');
          const [name, ...rest] = pair!.split('=');
          const value = rest.join('=');
          if (!value || /expires=Thu, 01 Jan 1970/i.test(header)) state.cookies.delete(name!.trim());
          else state.cookies.set(name!.trim(), value);
        }
        return { status: response.status, ...((await response.json()) as object) };
      },
    };
    return state;
  }

  const TEST_PASSWORD = 'a long enough test password';
  async function signedIn(email: string, options: SignedInOptions = {}): Promise<TestClient> {
    const em = orm.em.fork();
    const { User } = await import('../modules/accounts/user.entity.js');
    const { Membership, NetworkRole } = await import('../modules/memberships/membership.entity.js');
    const { Network } = await import('../modules/networks/network.entity.js');
    const { hashPassword } = await import('../modules/accounts/password.js');
    const { findCitiesBySlugOrId } = await import('../modules/cities/city.lookup.js');
    let user = await em.findOne(User, { email });
    if (!user) {
      // isDemo: exempt from the two-factor requirement, so that tests of other rules sign in in one step.
      user = em.create(User, { email, name: options.name ?? email.split('@')[0]!, passwordHash: await hashPassword(TEST_PASSWORD), emailVerifiedAt: new Date(), isDemo: true, isPlatformAdmin: !!options.admin });
      for (const [slug, role, cities = []] of options.memberships ?? []) {
        const found = await findCitiesBySlugOrId(em, cities);
        if (found.size !== cities.length) throw new Error(`unknown cities among ${cities.join(', ')}`);
        const cityIds = [...found.values()].map((city) => city.id);
        em.create(Membership, { user, network: await em.findOneOrFail(Network, { slug }), role: NetworkRole[role], cityIds });
      }
      await em.flush();
    }
    const browser = client();
    const response = await browser.gql(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`, { email, password: TEST_PASSWORD });
    if (response.data?.signIn?.status !== 'SIGNED_IN') throw new Error(`could not sign in ${email}: ${JSON.stringify(response)}`);
    return browser;
  }

  return {
    client,
    signedIn,
    url: http.url,
    orm,
    search,
    accounts,
    notifications,
    mail,
    logger,
    waitForIndexing,
    waitForNotifications,
    sql,
    async gql(query, variables) {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await http.close();
      await search.close();
      await notifications.close();
      await accounts.close();
      await orm.close();
      await database.drop();
      await server.stop();
    },
  };
}
