/**
 * Casebook search benchmark, one run at one size:
 *   node bench/search/dist/run.js --cards 100000 [--seed 42] [--per-category 50] [--runs 3] [--port 4300] [--keep-db]
 * Creates database bench_search_<cards> on DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432),
 * generates and inserts the cards, times the product's reindexAll, starts the real API (node api/dist/main.js)
 * with its in-process indexing worker, measures index lag and the query mix over GraphQL, the ILIKE baseline
 * over pg, writes bench/search/results/<cards>.json and the run's section of docs/benchmarks.md, and drops
 * the database (unless --keep-db).
 */
import 'reflect-metadata';
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { initOrm, migrate } from '../../../api/dist/db/orm.js';
import { createLogger } from '../../../api/dist/logger.js';
import { CaseCard } from '../../../api/dist/modules/cases/case.entity.js';
import { PostgresSearchEngine } from '../../../api/dist/modules/search/postgres-engine.js';
import { SearchIndexQueue } from '../../../api/dist/modules/search/search-index.queue.js';
import { reindexAll } from '../../../api/dist/modules/search/search.indexer.js';
import { runBaseline } from './baseline.js';
import { breakdown } from './diagnose.js';
import { CardGenerator, generateAndInsert, NAME_SPACES, nameWord, type GenerationStats } from './generate.js';
import { GraphqlClient, type SearchResponse } from './graphql.js';
import { Rng } from './prng.js';
import { candidateQueries, CATEGORIES, selectQueries, type BenchQuery, type Category } from './queries.js';
import { printSummary, updateBenchmarksDoc, type RunResults } from './report.js';
import { percentile, round, summarise } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
/** Where results and docs/benchmarks.md are written (BENCH_OUTPUT_ROOT: when running from a snapshot of a commit). */
const outputRoot = process.env.BENCH_OUTPUT_ROOT ?? repoRoot;
const resultsDir = path.join(outputRoot, 'bench/search/results');

function arg(name: string, fallback?: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  return value && !value.startsWith('--') ? value : 'true';
}

const cards = Number(arg('cards', '100000'));
const seed = Number(arg('seed', '42'));
const perCategory = Number(arg('per-category', '50'));
const runs = Number(arg('runs', '3'));
const port = Number(arg('port', '4300'));
const lagSamples = Number(arg('lag-samples', '40'));
const keepDb = arg('keep-db') === 'true';
const skipBaseline = arg('skip-baseline') === 'true';
/** Seconds the ILIKE baseline may spend per category before it stops (it always runs at least 5 queries). */
const baselineBudget = Number(arg('baseline-budget', cards >= 500_000 ? '60' : '120'));
const diagnosePerCategory = Number(arg('diagnose', '10'));
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const dbName = `bench_search_${cards}`;
const databaseUrl = `${serverUrl}/${dbName}`;

const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (started: number) => (performance.now() - started) / 1000;

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The 1-minute load average every 5 s, so that results can say what else was running. */
function sampleLoad() {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), 5000);
  timer.unref();
  return { samples, stop: () => clearInterval(timer) };
}

function otherProcesses(): string {
  try {
    return execSync('ps -eo pcpu,etime,args --sort=-pcpu | head -8', { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.slice(0, 140))
      .join('\n');
  } catch {
    return '';
  }
}

async function startApi(): Promise<{ child: ChildProcess; url: string }> {
  mkdirSync(resultsDir, { recursive: true });
  const logFile = createWriteStream(path.join(resultsDir, `api-${cards}.log`));
  const child = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), API_HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'warn', NODE_ENV: 'production', SEARCH_ENGINE: 'postgres' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(logFile);
  child.stderr!.pipe(logFile);
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}; see bench/search/results/api-${cards}.log`);
    try {
      const response = await fetch(`${base}/health`);
      if (response.ok) return { child, url: `${base}/graphql` };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error('the API did not answer /health within 60 s');
}

async function stopApi(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Index lag: commit a title change with its job (as the product does), then poll GraphQL every 20 ms. */
async function measureLag(orm: Awaited<ReturnType<typeof initOrm>>, client: GraphqlClient, stats: GenerationStats): Promise<number[]> {
  const logger = createLogger('warn');
  const queue = await SearchIndexQueue.start(databaseUrl, logger);
  const rng = new Rng(seed ^ 0x1a9);
  const lags: number[] = [];
  try {
    for (let i = 0; i < lagSamples; i++) {
      const card = stats.samples[(i * 7) % stats.samples.length]!;
      const word = `lagmark${nameWord(NAME_SPACES.lag + i)}`;
      await orm.em.fork().transactional(async (tx) => {
        const entity = await tx.findOneOrFail(CaseCard, { id: card.id });
        entity.title = `${word} ${entity.title}`.slice(0, 200);
        await tx.flush();
        await queue.enqueueInTransaction(tx, [card.id]);
      });
      const committed = performance.now();
      for (;;) {
        const total = await client.total(word);
        if (total > 0) break;
        if (performance.now() - committed > 60_000) throw new Error(`card ${card.slug} not searchable 60 s after commit`);
        await sleep(20);
      }
      lags.push(performance.now() - committed);
      // Spread commits over the worker's polling phase.
      await sleep(100 + rng.int(400));
    }
  } finally {
    await queue.stop();
  }
  return lags;
}

interface Measurement {
  query: BenchQuery;
  ms: number;
  tookMs: number;
  total: number;
  top3: boolean | null;
  suggestion: string | null;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const runStarted = performance.now();
  const load = sampleLoad();
  const processesAtStart = otherProcesses();
  const durations: Record<string, number> = {};
  log(`Casebook search benchmark: ${cards} cards, seed ${seed}, database ${dbName}`);

  await adminQuery(`drop database if exists ${dbName}`);
  await adminQuery(`create database ${dbName}`);
  let api: ChildProcess | null = null;
  let orm: Awaited<ReturnType<typeof initOrm>> | null = null;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  try {
    orm = await initOrm({ databaseUrl });
    await migrate(orm);
    const [{ version, shared_buffers, work_mem, max_parallel }] = (
      await pool.query(`select current_setting('server_version') as version, current_setting('shared_buffers') as shared_buffers,
                               current_setting('work_mem') as work_mem, current_setting('max_parallel_workers_per_gather') as max_parallel`)
    ).rows;

    // 1–2. Generate and insert.
    let phase = performance.now();
    const generator = new CardGenerator(seed, cards);
    let lastLog = 0;
    const stats = await generateAndInsert(pool, generator, (done) => {
      if (performance.now() - lastLog > 10_000 || done === cards) {
        lastLog = performance.now();
        log(`  inserted ${done}/${cards} cards`);
      }
    });
    durations.generateAndInsert = seconds(phase);
    phase = performance.now();
    await pool.query('vacuum analyze case_cards, case_card_cities, cities, networks');
    durations.vacuumCards = seconds(phase);
    log(`generated and inserted ${cards} cards in ${durations.generateAndInsert.toFixed(1)} s (vacuum analyze ${durations.vacuumCards.toFixed(1)} s)`);

    // 3. Bulk indexing: the product's reindexAll with the PostgreSQL engine.
    phase = performance.now();
    const engine = new PostgresSearchEngine(pool);
    // Time spent inside engine.index (the upsert SQL) vs the rest of reindexAll (ORM loading, mapping).
    let engineIndexMs = 0;
    const timedEngine = Object.create(engine) as PostgresSearchEngine;
    timedEngine.index = async (documents) => {
      const indexStarted = performance.now();
      await engine.index(documents);
      engineIndexMs += performance.now() - indexStarted;
    };
    let lastIndexLog = performance.now();
    const indexed = await reindexAll(orm.em, timedEngine, (done, total) => {
      if (performance.now() - lastIndexLog > 15_000) {
        lastIndexLog = performance.now();
        log(`  indexed ${done}/${total} (${Math.round(done / seconds(phase))} cards/s)`);
      }
    });
    durations.reindexAll = seconds(phase);
    log(`reindexAll: ${indexed} cards in ${durations.reindexAll.toFixed(1)} s = ${Math.round(indexed / durations.reindexAll)} cards/s`);
    phase = performance.now();
    await pool.query('vacuum analyze search_documents, search_lexicon');
    durations.vacuumIndex = seconds(phase);
    const sizes = (
      await pool.query<{ name: string; mb: number }>(
        `select relname as name, round(pg_total_relation_size(oid) / 1048576.0)::int as mb from pg_class
          where relname in ('case_cards', 'search_documents', 'search_lexicon', 'search_documents_vec') order by relname`,
      )
    ).rows;
    const lexiconRows = (await pool.query<{ n: number }>('select count(*)::int as n from search_lexicon')).rows[0]!.n;
    const dbMb = (await pool.query<{ mb: number }>(`select round(pg_database_size(current_database()) / 1048576.0)::int as mb`)).rows[0]!.mb;

    // 4. The real API, with its indexing worker.
    phase = performance.now();
    const started = await startApi();
    api = started.child;
    const client = new GraphqlClient(started.url);
    durations.apiStart = seconds(phase);
    log(`API up at ${started.url} in ${durations.apiStart.toFixed(1)} s`);

    // 5. Index lag.
    phase = performance.now();
    const lags = await measureLag(orm, client, stats);
    durations.lag = seconds(phase);
    log(`index lag over ${lags.length} commits: p50 ${percentile(lags, 50).toFixed(0)} ms, p95 ${percentile(lags, 95).toFixed(0)} ms`);

    // 6. Query mix: calibration + warm-up pass, then timed rounds.
    phase = performance.now();
    const candidates = candidateQueries(stats, seed, perCategory);
    log(`calibration/warm-up pass over ${candidates.length} candidate queries`);
    for (const query of candidates) {
      const { result } = await client.search({ query: query.text || undefined, ...query.filters });
      query.calibratedTotal = result.total;
    }
    const queries = selectQueries(candidates, cards, perCategory);
    durations.calibration = seconds(phase);
    phase = performance.now();
    const measurements: Measurement[] = [];
    const order = new Rng(seed ^ 0x0dde);
    for (let round_ = 0; round_ < runs; round_++) {
      for (const query of order.shuffle([...queries])) {
        const { result, ms } = await client.search({ query: query.text || undefined, ...query.filters });
        measurements.push({ query, ms, tookMs: result.tookMs, total: result.total, top3: query.expectSlug ? topSlugs(result, 3).includes(query.expectSlug) : null, suggestion: result.suggestion });
      }
      log(`  round ${round_ + 1}/${runs} done`);
    }
    durations.queryMix = seconds(phase);
    log(`query mix: ${queries.length} queries × ${runs} rounds in ${durations.queryMix.toFixed(1)} s`);
    await stopApi(api);
    api = null;

    // Engine breakdown per statement (in this process, same engine class and pool size as the API).
    phase = performance.now();
    const diagnosis = diagnosePerCategory > 0 ? await breakdown(databaseUrl, queries, CATEGORIES, diagnosePerCategory) : { breakdown: {}, explains: [] };
    durations.diagnose = seconds(phase);
    writeFileSync(
      path.join(resultsDir, `explain-${cards}.txt`),
      diagnosis.explains.map((e) => `=== ${e.category} · ${e.kind} · ${e.query} · ${e.ms.toFixed(1)} ms\n${e.plan}\n`).join('\n'),
    );

    // 7. ILIKE baseline.
    phase = performance.now();
    const baseline: Partial<Record<Category, { ms: number; total: number; id: string }[]>> = {};
    if (!skipBaseline) {
      await runBaseline(pool, queries.find((q) => q.category === 'common')!); // warm the cache once
      for (const category of CATEGORIES) {
        const list = queries.filter((q) => q.category === category);
        const categoryStarted = performance.now();
        const rows: { ms: number; total: number; id: string }[] = [];
        for (const query of list) {
          const { ms, total } = await runBaseline(pool, query);
          rows.push({ ms, total, id: query.id });
          if (rows.length >= 5 && seconds(categoryStarted) > baselineBudget) break;
        }
        baseline[category] = rows;
        log(`  baseline ${category}: ${rows.length} queries, p50 ${percentile(rows.map((r) => r.ms), 50).toFixed(0)} ms`);
      }
    }
    durations.baseline = seconds(phase);
    durations.total = seconds(runStarted);
    load.stop();

    const results: RunResults = {
      date: startedAt.toISOString(),
      cards,
      seed,
      command: `node bench/search/dist/run.js ${process.argv.slice(2).join(' ')}`.trim(),
      git: gitState(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, postgres: version, sharedBuffers: shared_buffers, workMem: work_mem, maxParallelWorkersPerGather: max_parallel },
      load: { mean1m: round(load.samples.reduce((a, b) => a + b, 0) / Math.max(1, load.samples.length), 2), max1m: round(Math.max(0, ...load.samples), 2), processesAtStart, processesAtEnd: otherProcesses() },
      generation: {
        languages: stats.languages,
        regions: stats.regions,
        sdgs: stats.sdgs,
        networks: stats.networks,
        cities: stats.cities,
        avgWords: stats.avgWords,
        avgDistinctWords: stats.avgDistinctWords,
        textMb: Math.round(stats.textBytes / 1048576),
        generateSeconds: round(stats.generateSeconds),
        insertSeconds: round(stats.insertSeconds),
      },
      indexing: { cards: indexed, seconds: round(durations.reindexAll), engineIndexSeconds: round(engineIndexMs / 1000), cardsPerSecond: Math.round(indexed / durations.reindexAll), vacuumAnalyzeSeconds: round(durations.vacuumIndex), sizesMb: Object.fromEntries(sizes.map((s) => [s.name, s.mb])), databaseMb: dbMb, lexiconRows },
      lag: { samples: lags.length, ...roundSummary(summarise(lags)) },
      categories: Object.fromEntries(
        CATEGORIES.map((category) => {
          const rows = measurements.filter((m) => m.query.category === category);
          const distinct = queries.filter((q) => q.category === category);
          const totals = distinct.map((q) => q.calibratedTotal ?? 0);
          const base = baseline[category] ?? [];
          const client = roundSummary(summarise(rows.map((m) => m.ms)));
          const baseSummary = roundSummary(summarise(base.map((b) => b.ms)));
          return [
            category,
            {
              queries: distinct.length,
              samples: rows.length,
              client,
              took: roundSummary(summarise(rows.map((m) => m.tookMs))),
              matches: { min: Math.min(...totals), median: percentile(totals, 50), max: Math.max(...totals), medianPct: round((percentile(totals, 50) / cards) * 100, 3) },
              baseline: base.length ? { ...baseSummary, queries: base.length, medianMatches: percentile(base.map((b) => b.total), 50) } : null,
              speedup: base.length ? { p50: round(baseSummary.p50 / client.p50), p95: round(baseSummary.p95 / client.p95) } : null,
              examples: distinct.slice(0, 6).map((q) => (q.text ? q.text : '') + (Object.keys(q.filters).length ? ` ${JSON.stringify(q.filters)}` : '')),
            },
          ];
        }),
      ) as RunResults['categories'],
      typo: typoResults(measurements),
      breakdown: diagnosis.breakdown,
      durations: Object.fromEntries(Object.entries(durations).map(([k, v]) => [k, round(v)])),
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, `${cards}.json`), JSON.stringify(results, null, 2));
    writeFileSync(
      path.join(resultsDir, `queries-${cards}.json`),
      JSON.stringify(
        queries.map((query) => {
          const rows = measurements.filter((m) => m.query === query);
          const base = baseline[query.category]?.find((b) => b.id === query.id);
          return { ...query, ms: rows.map((m) => round(m.ms)), tookMs: rows.map((m) => m.tookMs), total: rows[0]?.total, top3: rows[0]?.top3, suggestion: rows[0]?.suggestion, baselineMs: base ? round(base.ms) : null, baselineTotal: base?.total ?? null };
        }),
        null,
        1,
      ),
    );
    updateBenchmarksDoc(path.join(outputRoot, 'docs/benchmarks.md'), results);
    printSummary(results);
  } finally {
    load.stop();
    if (api) await stopApi(api);
    await pool.end().catch(() => undefined);
    await orm?.close().catch(() => undefined);
    if (!keepDb) {
      await adminQuery(`drop database if exists ${dbName} with (force)`).catch((error) => log(`could not drop ${dbName}: ${String(error)}`));
      log(`dropped ${dbName}`);
    } else {
      log(`kept ${dbName} (--keep-db): drop it with  psql -h 127.0.0.1 -U postgres -c 'drop database ${dbName}'`);
    }
  }
}

function topSlugs(result: SearchResponse, count: number): string[] {
  return result.hits.slice(0, count).map((hit) => hit.case.slug);
}

function typoResults(measurements: Measurement[]) {
  const rows = measurements.filter((m) => m.query.category === 'typo');
  const firstRound = new Map<string, Measurement>();
  for (const row of rows) if (!firstRound.has(row.query.id)) firstRound.set(row.query.id, row);
  const distinct = [...firstRound.values()];
  const byKind: Record<string, { n: number; top3: number }> = {};
  for (const row of distinct) {
    const kind = row.query.typoKind ?? 'substitution';
    byKind[kind] ??= { n: 0, top3: 0 };
    byKind[kind].n++;
    if (row.top3) byKind[kind].top3++;
  }
  const top3 = distinct.filter((row) => row.top3).length;
  return {
    queries: distinct.length,
    top3,
    top3Pct: round((top3 / Math.max(1, distinct.length)) * 100),
    suggestionIsIntended: distinct.filter((row) => row.suggestion === row.query.intended).length,
    byKind,
    misses: distinct.filter((row) => !row.top3).slice(0, 10).map((row) => `${row.query.text} (for ${row.query.intended}): ${row.total} matches, suggestion ${row.suggestion ?? 'none'}`),
  };
}

function roundSummary(summary: ReturnType<typeof summarise>) {
  return { n: summary.n, p50: round(summary.p50), p95: round(summary.p95), max: round(summary.max), mean: round(summary.mean) };
}

function gitState(): { commit: string; dirty: string[]; snapshot?: boolean } {
  // A snapshot made with `git archive <commit>` carries the commit in HEAD_COMMIT and has no uncommitted files.
  const snapshot = path.join(repoRoot, 'HEAD_COMMIT');
  if (existsSync(snapshot)) return { commit: readFileSync(snapshot, 'utf8').trim().slice(0, 7), dirty: [], snapshot: true };
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain', { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean).map((line) => line.trim());
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: [] };
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
