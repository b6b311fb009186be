/** Renders a run's results: a console table and its own section of docs/benchmarks.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Breakdown } from './diagnose.js';
import { CATEGORIES, CATEGORY_LABELS, type Category } from './queries.js';

interface Latency {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export interface RunResults {
  date: string;
  cards: number;
  seed: number;
  command: string;
  git: { commit: string; dirty: string[]; snapshot?: boolean };
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; sharedBuffers: string; workMem: string; maxParallelWorkersPerGather: string };
  load: { mean1m: number; max1m: number; processesAtStart: string; processesAtEnd: string };
  generation: {
    languages: Record<string, number>;
    regions: Record<string, number>;
    sdgs: Record<number, number>;
    networks: Record<string, number>;
    cities: number;
    avgWords: Record<string, number>;
    avgDistinctWords: number;
    textMb: number;
    generateSeconds: number;
    insertSeconds: number;
  };
  indexing: { cards: number; seconds: number; engineIndexSeconds: number; cardsPerSecond: number; vacuumAnalyzeSeconds: number; sizesMb: Record<string, number>; databaseMb: number; lexiconRows: number };
  lag: Latency & { samples: number };
  categories: Record<
    Category,
    {
      queries: number;
      samples: number;
      client: Latency;
      took: Latency;
      matches: { min: number; median: number; max: number; medianPct: number };
      baseline: (Latency & { queries: number; medianMatches: number }) | null;
      speedup: { p50: number; p95: number } | null;
      examples: string[];
    }
  >;
  typo: { queries: number; top3: number; top3Pct: number; suggestionIsIntended: number; byKind: Record<string, { n: number; top3: number }>; misses: string[] };
  breakdown: Partial<Record<Category, Breakdown>>;
  durations: Record<string, number>;
}

interface Goal {
  goal: string;
  target: string;
  measured: string;
  met: boolean;
}

export function goals(results: RunResults): Goal[] {
  const c = results.categories;
  const list: Goal[] = [];
  const latency = (category: Category, max: number) =>
    list.push({ goal: `p95 ${CATEGORY_LABELS[category]}`, target: `≤ ${max} ms`, measured: `${c[category].client.p95} ms`, met: c[category].client.p95 <= max });
  if (results.cards >= 1_000_000) {
    latency('rare', 15);
    latency('medium', 100);
    latency('common', 250);
  } else {
    latency('rare', 10);
    latency('medium', 10);
    latency('common', 40);
    latency('filters', 20);
  }
  const speedup = (category: Category, factor: number) => {
    const s = c[category].speedup;
    list.push({
      goal: `speed-up vs ILIKE, ${CATEGORY_LABELS[category]}`,
      target: `≥ ${factor}×`,
      measured: s ? `${s.p50}× at p50, ${s.p95}× at p95` : 'not run',
      met: !!s && s.p50 >= factor && s.p95 >= factor,
    });
  };
  speedup('rare', 30);
  speedup('medium', 30);
  speedup('common', 10);
  list.push({ goal: 'one-typo queries: intended card in top 3', target: '≥ 80 %', measured: `${results.typo.top3Pct} % (${results.typo.top3}/${results.typo.queries})`, met: results.typo.top3Pct >= 80 });
  list.push({ goal: 'bulk indexing (reindexAll)', target: '≥ 2,000 cards/s', measured: `${results.indexing.cardsPerSecond} cards/s`, met: results.indexing.cardsPerSecond >= 2000 });
  list.push({ goal: 'index lag p95 (commit → searchable)', target: '≤ 2 s', measured: `${results.lag.p95} ms`, met: results.lag.p95 <= 2000 });
  return list;
}

function gitLine(git: RunResults['git']): string {
  if (git.snapshot) return `code: a \`git archive\` snapshot of commit ${git.commit}`;
  const search = git.dirty.filter((line) => line.includes('modules/search/'));
  if (!git.dirty.length) return `commit ${git.commit}, clean working tree`;
  return `commit ${git.commit} with ${git.dirty.length} uncommitted paths in the working tree${search.length ? `, ${search.length} of them in the search module (${search.join(', ')})` : ', none in the search module'}`;
}

const fmt = (value: number | undefined | null): string => (value === undefined || value === null || Number.isNaN(value) ? '–' : String(value));
const sizeLabel = (cards: number): string => (cards >= 1_000_000 ? `${cards / 1_000_000}M` : `${cards / 1000}k`);

export function renderSection(results: RunResults): string {
  const r = results;
  const lines: string[] = [];
  lines.push(`### ${sizeLabel(r.cards)} cards (${r.cards.toLocaleString('en')})`, '');
  lines.push(`Run ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GB RAM, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} with its defaults`);
  lines.push(`(shared_buffers ${r.machine.sharedBuffers}, work_mem ${r.machine.workMem}, max_parallel_workers_per_gather ${r.machine.maxParallelWorkersPerGather}); ${gitLine(r.git)}.`);
  lines.push(`Load average during the run: mean ${r.load.mean1m}, max ${r.load.max1m} (the machine was shared with other work).`, '');
  lines.push('```sh', `npx tsc -p packages/taxonomy/tsconfig.build.json && npx tsc -p api/tsconfig.build.json && npx tsc -p bench/search`, r.command, '```', '');

  lines.push('#### Goals', '', '| goal | target | measured | met |', '| --- | --- | --- | --- |');
  for (const goal of goals(r)) lines.push(`| ${goal.goal} | ${goal.target} | ${goal.measured} | ${goal.met ? 'yes' : '**no**'} |`);
  lines.push('');

  lines.push('#### Query mix through GraphQL (hits with highlights + all seven facet counts)', '');
  lines.push('Client wall time per request, sequential, after a warm-up pass; `tookMs` is the API\'s own figure. Matches: how many cards the query finds (median over its queries, and as a share of all cards).', '');
  lines.push('| category | queries × rounds | p50 ms | p95 ms | max ms | API tookMs p50 / p95 | matches (median, share) | ILIKE p50 / p95 ms (queries) | speed-up p50 / p95 |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const category of CATEGORIES) {
    const c = r.categories[category];
    const base = c.baseline ? `${c.baseline.p50} / ${c.baseline.p95} (${c.baseline.queries})` : 'not run';
    const speed = c.speedup ? `${c.speedup.p50}× / ${c.speedup.p95}×` : '–';
    lines.push(`| ${CATEGORY_LABELS[category]} | ${c.queries} × ${c.samples / Math.max(1, c.queries)} | ${c.client.p50} | ${c.client.p95} | ${c.client.max} | ${c.took.p50} / ${c.took.p95} | ${c.matches.median} (${c.matches.medianPct} %) | ${base} | ${speed} |`);
  }
  lines.push('');
  lines.push(`One-typo queries: the intended card was in the top 3 for ${r.typo.top3}/${r.typo.queries} (${r.typo.top3Pct} %); ` +
    Object.entries(r.typo.byKind).map(([kind, v]) => `${kind} ${v.top3}/${v.n}`).join(', ') + `; the did-you-mean named the intended word for ${r.typo.suggestionIsIntended}.`);
  if (r.typo.misses.length) lines.push('', 'Misses (first 10): ' + r.typo.misses.map((miss) => `\`${miss}\``).join('; ') + '.');
  lines.push('');

  lines.push('#### Indexing', '');
  lines.push(`- Bulk: the product's \`reindexAll\` (batches of 500, PostgreSQL engine) indexed ${r.indexing.cards.toLocaleString('en')} cards in ${r.indexing.seconds} s: **${r.indexing.cardsPerSecond} cards/s** (${r.indexing.engineIndexSeconds} s of it inside \`PostgresSearchEngine.index\`, the upsert into search_documents and search_lexicon; the rest is loading cards through MikroORM and mapping them). Then \`vacuum analyze search_documents, search_lexicon\`: ${r.indexing.vacuumAnalyzeSeconds} s.`);
  lines.push(`- Sizes: ${Object.entries(r.indexing.sizesMb).map(([name, mb]) => `${name} ${mb} MB`).join(', ')} (tables with indexes and TOAST); whole database ${r.indexing.databaseMb} MB; lexicon ${r.indexing.lexiconRows.toLocaleString('en')} words.`);
  lines.push(`- Index lag, commit → found by \`searchCases\` (API running its worker, pg-boss polling every 0.5 s; GraphQL polled every 20 ms), ${r.lag.samples} commits: **p50 ${r.lag.p50} ms, p95 ${r.lag.p95} ms**, max ${r.lag.max} ms.`);
  lines.push('');

  const breakdown = Object.entries(r.breakdown) as [Category, Breakdown][];
  if (breakdown.length) {
    lines.push('#### Where the engine spends its time', '');
    lines.push('The product\'s `PostgresSearchEngine.search` in the bench process (pool of 8, like the API), per statement, p50 / p95 ms over the first queries of each category. `page` and `facets` run concurrently; `corrections` runs first, `highlights` last.', '');
    lines.push('| category | engine total | corrections | page (ts_rank + count(*) over ()) | facets | highlights |', '| --- | --- | --- | --- | --- | --- |');
    for (const [category, b] of breakdown) {
      const cell = (kind: string) => {
        const s = b.statements[kind as keyof Breakdown['statements']];
        return s ? `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}` : '–';
      };
      lines.push(`| ${CATEGORY_LABELS[category]} (${b.engine.n}) | ${b.engine.p50.toFixed(1)} / ${b.engine.p95.toFixed(1)} | ${cell('corrections')} | ${cell('page')} | ${cell('facets')} | ${cell('highlights')} |`);
    }
    lines.push('');
  }

  const g = r.generation;
  const pct = (value: number) => `${Math.round((value / r.cards) * 1000) / 10} %`;
  lines.push('#### Data', '');
  lines.push(`- Languages: ${Object.entries(g.languages).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}. Regions (cards with a city there): ${Object.entries(g.regions).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}.`);
  lines.push(`- SDGs (share of cards): ${Object.entries(g.sdgs).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}: ${pct(v)}`).join(', ')}, …; ${Object.keys(g.networks).length} networks; ${g.cities.toLocaleString('en')} cities.`);
  lines.push(`- Words per card on average: ${Object.entries(g.avgWords).map(([k, v]) => `${k} ${v}`).join(', ')}; ${g.avgDistinctWords} distinct words per card; ${g.textMb} MB of card text.`);
  lines.push(`- Generation ${g.generateSeconds} s, insertion ${g.insertSeconds} s (overlapped).`);
  lines.push(`- Example queries: ${CATEGORIES.map((category) => `${CATEGORY_LABELS[category]}: ${r.categories[category].examples.slice(0, 3).map((e) => `\`${e}\``).join(', ')}`).join('; ')}.`);
  lines.push(`- Phase durations (s): ${Object.entries(r.durations).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}.`);
  lines.push('');
  return lines.join('\n');
}

const START = (cards: number) => `<!-- bench:search:${cards}:start -->`;
const END = (cards: number) => `<!-- bench:search:${cards}:end -->`;

/** Replaces (or appends) this run size's section between its markers; the rest of the file is left alone. */
export function updateBenchmarksDoc(file: string, results: RunResults): void {
  const section = `${START(results.cards)}\n${renderSection(results)}\n${END(results.cards)}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n';
  const start = text.indexOf(START(results.cards));
  const end = text.indexOf(END(results.cards));
  if (start !== -1 && end !== -1) text = text.slice(0, start) + section + text.slice(end + END(results.cards).length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text);
}

export function printSummary(results: RunResults): void {
  const rows = CATEGORIES.map((category) => {
    const c = results.categories[category];
    return {
      category: CATEGORY_LABELS[category],
      'p50 ms': c.client.p50,
      'p95 ms': c.client.p95,
      'tookMs p95': c.took.p95,
      matches: c.matches.median,
      'ILIKE p50': c.baseline?.p50 ?? '–',
      'ILIKE p95': c.baseline?.p95 ?? '–',
      'speed-up p50': c.speedup?.p50 ?? '–',
    };
  });
  console.log(`\n${results.cards} cards — indexing ${results.indexing.cardsPerSecond} cards/s; lag p50 ${results.lag.p50} ms, p95 ${results.lag.p95} ms; typo top-3 ${results.typo.top3Pct} %`);
  console.table(rows);
  console.table(goals(results));
}
