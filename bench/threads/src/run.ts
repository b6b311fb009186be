/**
 * Casebook threads benchmark:
 *   node bench/threads/dist/run.js [--posts 1000] [--requests 200] [--warmup 20]
 * Creates database bench_threads on BENCH_DATABASE_SERVER (default postgres://postgres@127.0.0.1:5432),
 * migrates it, loads the demo data, writes one thread of --posts posts (rendered the way the API renders them,
 * some edited, hidden or deleted) and a baseline thread of 20, serves the real API in this process on a free port and
 * measures, over HTTP: the first page (`posts(first: 20)`) of each thread, a deep page, and the `networks`
 * query as a baseline, anonymous and signed in; and the SQL statements of a page of 10, 50 and 100 posts.
 * Writes bench/threads/results/<posts>.json and prints the Markdown section for docs/benchmarks.md.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startHttpServer } from '../../../api/dist/app.js';
import { loadConfig } from '../../../api/dist/config.js';
import { initOrm, migrate } from '../../../api/dist/db/orm.js';
import { createLogger } from '../../../api/dist/logger.js';
import { createAccountServices } from '../../../api/dist/modules/accounts/account.services.js';
import { seedDemoDataIfEmpty } from '../../../api/dist/modules/demo/demo.seed.js';
import { SearchRuntime } from '../../../api/dist/modules/search/search.runtime.js';
import { seedBenchThread } from './seed.js';
import { summarise, type Summary } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const resultsDir = path.join(repoRoot, 'bench/threads/results');

function arg(name: string, fallback: string): number {
  const index = process.argv.indexOf(`--${name}`);
  return Number(index === -1 ? fallback : process.argv[index + 1]);
}

const postCount = arg('posts', '1000');
const requests = arg('requests', '200');
const warmup = arg('warmup', '20');
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const dbName = 'bench_threads';
const databaseUrl = `${serverUrl}/${dbName}`;
/** The baseline thread: exactly one first page, so that both pages carry 20 posts. */
const BASELINE_POSTS = 20;
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const POST_FIELDS = `id body bodyHtml hidden deleted parentId author { name } createdAt editedAt revisions { body replacedAt editedBy { name } } viewerCan { edit delete hide flag }`;
const PAGE = `query($id: ID!, $first: Int!, $after: String) {
  thread(id: $id) {
    id title locked membersOnly replyCount unread lastActivityAt network { slug } viewerCan { reply moderate }
    posts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${POST_FIELDS} } } }
  }
}`;
const NETWORKS = `query { networks { slug name description } }`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

class Client {
  cookie = '';
  constructor(private readonly url: string) {}

  async gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) }, body: JSON.stringify({ query, variables }) });
    const setCookie = response.headers.getSetCookie()[0];
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
    return body.data;
  }
}

interface Operation {
  name: string;
  client: Client;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Client-side latency of each operation, `requests` times each after `warmup` unmeasured runs. The
 * operations take turns in rounds of 10 requests, so that a busy moment of the (shared) machine falls on
 * all of them alike rather than on whichever ran then.
 */
async function timeAll(operations: Operation[]): Promise<Record<string, Summary>> {
  for (const operation of operations) for (let i = 0; i < warmup; i++) await operation.client.gql(operation.query, operation.variables);
  const samples = new Map<string, number[]>(operations.map((operation) => [operation.name, []]));
  for (let round = 0; round < Math.ceil(requests / 10); round++) {
    for (const operation of operations) {
      for (let i = 0; i < 10 && samples.get(operation.name)!.length < requests; i++) {
        const started = performance.now();
        await operation.client.gql(operation.query, operation.variables);
        samples.get(operation.name)!.push(performance.now() - started);
      }
    }
  }
  return Object.fromEntries([...samples.entries()].map(([name, values]) => [name, summarise(values)]));
}

/** The cursor after the first `skip` posts of a thread, paging 100 at a time. */
async function cursorAfter(client: Client, threadId: string, skip: number): Promise<string | null> {
  let after: string | null = null;
  for (let skipped = 0; skipped < skip; ) {
    const first = Math.min(100, skip - skipped);
    after = (await client.gql(PAGE, { id: threadId, first, after })).thread.posts.pageInfo.endCursor;
    skipped += first;
  }
  return after;
}

async function main(): Promise<void> {
  await admin(`drop database if exists ${dbName}`);
  await admin(`create database ${dbName}`);
  const sql = { count: 0 };
  const orm = await initOrm({ databaseUrl, onQuery: () => sql.count++ });
  const config = loadConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'silent', SEARCH_WORKER: 'off', SEARCH_ENGINE: 'postgres' });
  const logger = createLogger('silent');
  const search = await SearchRuntime.start({ config, logger });
  const accounts = createAccountServices(config, logger);
  try {
    await migrate(orm);
    await seedDemoDataIfEmpty(orm.em, search.queue);
    log(`writing a thread of ${postCount} posts and one of ${BASELINE_POSTS}`);
    const renderStarted = performance.now();
    const big = await seedBenchThread(orm.em, { posts: postCount, title: `A thread of ${postCount} posts`, seed: 42 });
    const seedSeconds = (performance.now() - renderStarted) / 1000;
    const small = await seedBenchThread(orm.em, { posts: BASELINE_POSTS, title: `A thread of ${BASELINE_POSTS} posts`, seed: 7 });
    await orm.em.getConnection().execute('analyze');

    const server = await startHttpServer({ config, orm, logger, search, accounts }, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const anonymous = new Client(url);
    const member = new Client(url);
    await member.gql(`mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`, { email: big.memberEmail, password: big.memberPassword });

    const statements: Record<string, Record<number, number>> = { anonymous: {}, member: {} };
    for (const [who, client] of [['anonymous', anonymous], ['member', member]] as const) {
      for (const first of [10, 50, 100]) {
        sql.count = 0;
        const data = await client.gql(PAGE, { id: big.threadId, first });
        if (data.thread.posts.edges.length !== first) throw new Error(`expected ${first} posts`);
        statements[who]![first] = sql.count;
      }
    }
    log(`statements per page (10/50/100): anonymous ${Object.values(statements.anonymous!).join('/')}, member ${Object.values(statements.member!).join('/')}`);

    const deepCursor = await cursorAfter(anonymous, big.threadId, Math.max(1, postCount - 20));
    const firstPage = `${postCount}-post thread, first page (20)`;
    const baseline = `${BASELINE_POSTS}-post thread, first page (20) (baseline)`;
    const latency = await timeAll([
      { name: 'networks (baseline)', client: anonymous, query: NETWORKS },
      { name: baseline, client: anonymous, query: PAGE, variables: { id: small.threadId, first: 20 } },
      { name: firstPage, client: anonymous, query: PAGE, variables: { id: big.threadId, first: 20 } },
      { name: `${postCount}-post thread, last page (20, by cursor)`, client: anonymous, query: PAGE, variables: { id: big.threadId, first: 20, after: deepCursor } },
      { name: `${postCount}-post thread, first page (20), signed in`, client: member, query: PAGE, variables: { id: big.threadId, first: 20 } },
    ]);
    for (const [name, summary] of Object.entries(latency)) log(`${name}: p50 ${summary.p50} ms, p95 ${summary.p95} ms`);
    await server.close();

    const results = {
      ranAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, load: os.loadavg().map((value) => Math.round(value * 100) / 100) },
      posts: postCount,
      requests,
      warmup,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      renderMsPerPost: Math.round((big.renderMs / postCount) * 1000) / 1000,
      statements,
      latency,
      firstPageP95OverBaseline: Math.round((latency[firstPage]!.p95 / latency[baseline]!.p95) * 100) / 100,
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, `${postCount}.json`), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await search.close();
    await accounts.close();
    await orm.close();
    await admin(`drop database if exists ${dbName}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
