/**
 * Casebook exports benchmark: do the exports stream in constant memory?
 *   node bench/exports/dist/exports/src/run.js --cards 100000 [--seed 42] [--port 4310] [--keep-db]
 * Creates database bench_exports_<cards> on BENCH_DATABASE_SERVER (default postgres://postgres@127.0.0.1:5432),
 * starts the real API (node api/dist/main.js, or BENCH_API_MAIN) so that it migrates, fills the database with
 * bench/search's synthetic cards, then downloads each export over HTTP while reading the API process's peak
 * resident memory (VmHWM, reset before each download through /proc/PID/clear_refs). Writes
 * bench/exports/results/<cards>.json; docs/benchmarks.md ("Exports") records the runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { CardGenerator, generateAndInsert } from '../../search/src/generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../../..');

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = process.argv[index + 1];
  return value && !value.startsWith('--') ? value : 'true';
}

const cards = Number(arg('cards', '100000'));
const seed = Number(arg('seed', '42'));
const port = Number(arg('port', '4310'));
const keepDb = arg('keep-db', 'false') === 'true';
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const apiMain = process.env.BENCH_API_MAIN ?? path.join(repoRoot, 'api/dist/main.js');
const dbName = `bench_exports_${cards}`;
const databaseUrl = `${serverUrl}/${dbName}`;
const baseUrl = `http://127.0.0.1:${port}`;

const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (kilobytes: number) => Math.round(kilobytes / 102.4) / 10;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A line of /proc/PID/status, in kB (VmRSS: resident now; VmHWM: the peak since start or the last reset). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

/** Resets VmHWM to the current resident size (Linux: "5" to clear_refs). */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

async function startApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [apiMain], {
    env: {
      ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), API_HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      DEMO_DATA: 'off', DEMO_ACCOUNTS: 'off', SEARCH_WORKER: 'off', NOTIFICATION_WORKER: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/health`).then((response) => response.ok, () => false);
    if (ok) return child;
    await sleep(250);
  }
  throw new Error('the API did not start');
}

interface Download {
  path: string;
  cards: number;
  megabytes: number;
  seconds: number;
  cardsPerSecond: number;
  rssBeforeMb: number;
  peakRssMb: number;
}

/** Downloads an export, counting its records (lines, less the CSV header), while the API's peak memory is tracked. */
async function download(pid: number, exportPath: string): Promise<Download> {
  resetPeak(pid);
  const rssBefore = memoryOf(pid, 'VmRSS');
  const started = performance.now();
  const response = await fetch(`${baseUrl}${exportPath}`);
  if (!response.ok) throw new Error(`${exportPath}: ${response.status} ${await response.text()}`);
  const reader = response.body!.getReader();
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let index = value.indexOf(10); index !== -1; index = value.indexOf(10, index + 1)) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  // CSV cells may hold line breaks: for CSV, the count of cards comes from the JSON Lines twin (same cards).
  const records = exportPath.includes('.jsonl') ? lines : Number.NaN;
  return {
    path: exportPath, cards: records, megabytes: Math.round(bytes / 1e5) / 10, seconds: Math.round(seconds * 10) / 10,
    cardsPerSecond: Math.round(records / seconds), rssBeforeMb: mb(rssBefore), peakRssMb: mb(memoryOf(pid, 'VmHWM')),
  };
}

async function main(): Promise<void> {
  log(`Casebook exports benchmark: ${cards} cards, database ${dbName}, API ${apiMain}`);
  await admin(`drop database if exists ${dbName}`);
  await admin(`create database ${dbName}`);
  let api: ChildProcess | null = null;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    api = await startApi();
    const pid = api.pid!;
    log(`API started (pid ${pid}, ${mb(memoryOf(pid, 'VmRSS'))} MB resident); generating cards`);
    const generated = performance.now();
    await generateAndInsert(pool, new CardGenerator(seed, cards), (done) => {
      if (done % 20000 === 0 || done === cards) log(`  inserted ${done}/${cards}`);
    });
    await pool.query('vacuum analyze case_cards, case_card_cities, cities, networks');
    log(`generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

    const networks = (await pool.query<{ slug: string; count: number }>(
      `select n.slug, count(*)::int as count from case_cards c join networks n on n.id = c.network_id group by n.slug order by count`,
    )).rows;
    const small = networks[0]!;
    log(`smallest network: ${small.slug} (${small.count} cards)`);
    await download(pid, `/export/cases.jsonl?network=${small.slug}`); // warm-up: code paths, pools, JIT

    const paths = [
      `/export/cases.jsonl?network=${small.slug}`, `/export/cases.csv?network=${small.slug}`,
      '/export/cases.jsonl?region=Europe', '/export/cases.jsonl', '/export/cases.csv',
    ];
    const downloads: Download[] = [];
    for (const exportPath of paths) {
      const result = await download(pid, exportPath);
      downloads.push(result);
      log(`${exportPath}: ${result.megabytes} MB in ${result.seconds} s${Number.isNaN(result.cards) ? '' : ` (${result.cards} cards, ${result.cardsPerSecond}/s)`}; API resident ${result.rssBeforeMb} MB before, peak ${result.peakRssMb} MB`);
    }
    const results = {
      cards, seed, date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), smallestNetwork: small, downloads,
    };
    mkdirSync(path.join(repoRoot, 'bench/exports/results'), { recursive: true });
    writeFileSync(path.join(repoRoot, `bench/exports/results/${cards}.json`), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\n| export | cards | size | time | API peak RSS (before) |\n| --- | --- | --- | --- | --- |');
    for (const d of downloads) console.log(`| \`${d.path}\` | ${Number.isNaN(d.cards) ? '(same as JSON Lines)' : d.cards.toLocaleString('en')} | ${d.megabytes} MB | ${d.seconds} s | ${d.peakRssMb} MB (${d.rssBeforeMb} MB) |`);
  } finally {
    api?.kill('SIGTERM');
    await pool.end();
    await sleep(1000);
    if (!keepDb) await admin(`drop database if exists ${dbName}`).catch((error: unknown) => log(`could not drop ${dbName}: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
