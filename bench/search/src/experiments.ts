/**
 * Measured evidence for proposed changes to the PostgreSQL engine, on a database kept by a run
 * (`run.js --cards N --keep-db`), with that run's query mix (results/queries-N.json):
 *   node bench/search/dist/experiments.js --cards 100000 [--per-category 50] [--runs 2] [--indexing]
 * Each variant answers the same queries in this process (engine level, no GraphQL); quality is compared with
 * the product as shipped (top-20 overlap, totals, facet counts, typo top-3).
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { initOrm } from '../../../api/dist/db/orm.js';
import { CaseCard, CaseStatus } from '../../../api/dist/modules/cases/case.entity.js';
import { PostgresSearchEngine } from '../../../api/dist/modules/search/postgres-engine.js';
import { toSearchDocument } from '../../../api/dist/modules/search/search-document.js';
import type { EngineResult } from '../../../api/dist/modules/search/search-engine.js';
import { toRequest } from './diagnose.js';
import { Rng } from './prng.js';
import { ProposedEngine, type ProposalOptions } from './proposed-engine.js';
import { CATEGORIES, CATEGORY_LABELS, type BenchQuery, type Category } from './queries.js';
import { mean, percentile, round } from './stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const outputRoot = process.env.BENCH_OUTPUT_ROOT ?? repoRoot;
const arg = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
};
const cards = Number(arg('cards', '100000'));
const perCategory = Number(arg('per-category', '50'));
const runs = Number(arg('runs', '2'));
const only = arg('variants', '');
const serverUrl = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const databaseUrl = `${serverUrl}/bench_search_${cards}`;

interface Variant {
  name: string;
  description: string;
  poolOptions?: string;
  proposal?: ProposalOptions;
}

const PLANNER = '-c enable_seqscan=off -c jit=off';
const VARIANTS: Variant[] = [
  { name: 'v0', description: 'product as shipped' },
  { name: 'v1', description: 'product, search pool with jit=off', poolOptions: '-c jit=off' },
  { name: 'v2', description: 'product, search pool with jit=off and enable_seqscan=off', poolOptions: PLANNER },
  { name: 'v3', description: 'v2 + separate count, one-pass exact facets (no caps)', poolOptions: PLANNER, proposal: { rankCap: null, facetCap: null, lazySectionsHighlight: false } },
  { name: 'v4', description: 'v3 + rank ≤ 1,000 matches, facets over ≤ 5,000 matches (scaled), lazy sections highlight', poolOptions: PLANNER, proposal: { rankCap: 1000, facetCap: 5000, lazySectionsHighlight: true } },
];

interface Answer {
  ids: string[];
  total: number;
  facets: EngineResult['facets'];
}

async function runVariant(variant: Variant, queries: BenchQuery[]) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8, ...(variant.poolOptions ? { options: variant.poolOptions } : {}) });
  const search = variant.proposal
    ? (() => {
        const engine = new ProposedEngine(pool, variant.proposal);
        return (query: BenchQuery) => engine.search(toRequest(query));
      })()
    : (() => {
        const engine = new PostgresSearchEngine(pool);
        return (query: BenchQuery) => engine.search(toRequest(query));
      })();
  const times = new Map<string, number[]>();
  const answers = new Map<string, Answer>();
  try {
    for (const query of queries) {
      const result = await search(query); // warm-up, and the answer compared for quality
      answers.set(query.id, { ids: result.hits.map((hit) => hit.id), total: result.total, facets: result.facets });
    }
    const rng = new Rng(7);
    for (let round_ = 0; round_ < runs; round_++) {
      for (const query of rng.shuffle([...queries])) {
        const started = performance.now();
        await search(query);
        const ms = performance.now() - started;
        times.set(query.id, [...(times.get(query.id) ?? []), ms]);
      }
    }
  } finally {
    await pool.end();
  }
  return { times, answers };
}

function facetError(reference: EngineResult['facets'], candidate: EngineResult['facets']): number[] {
  const errors: number[] = [];
  for (const facet of Object.keys(reference) as (keyof EngineResult['facets'])[]) {
    const total = reference[facet].reduce((sum, entry) => sum + entry.count, 0);
    const counts = new Map(candidate[facet].map((entry) => [entry.value, entry.count]));
    for (const entry of reference[facet]) {
      if (entry.count < Math.max(20, total * 0.01)) continue; // values that matter in the UI
      errors.push(Math.abs((counts.get(entry.value) ?? 0) - entry.count) / entry.count);
    }
  }
  return errors;
}

/** The product's upsert SQL, read from the compiled engine so that the experiment cannot drift from it. */
function productUpsertSql(): string {
  const source = readFileSync(path.join(repoRoot, 'api/dist/modules/search/postgres-engine.js'), 'utf8');
  const match = /const UPSERT_SQL = `([\s\S]*?)`;/.exec(source);
  if (!match) throw new Error('UPSERT_SQL not found in api/dist/modules/search/postgres-engine.js');
  return match[1]!;
}

async function indexingExperiment() {
  const orm = await initOrm({ databaseUrl });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const engine = new PostgresSearchEngine(pool);
  const results: Record<string, number> = {};
  try {
    const count = 2000;
    const loadStarted = performance.now();
    const batches: ReturnType<typeof toSearchDocument>[][] = [];
    let lastId: string | null = null;
    const fork = orm.em.fork();
    for (let i = 0; i < count / 500; i++) {
      const batch: CaseCard[] = await fork.find(CaseCard, { status: CaseStatus.PUBLISHED, ...(lastId ? { id: { $gt: lastId } } : {}) }, { populate: ['network', 'cities'], orderBy: { id: 'asc' }, limit: 500 });
      batches.push(batch.map(toSearchDocument));
      lastId = batch.at(-1)!.id;
      fork.clear();
    }
    results.ormLoadAndMapMsPerCard = (performance.now() - loadStarted) / count;
    const ids = batches.flat().map((doc) => doc.id);
    const rows = (docs: ReturnType<typeof toSearchDocument>[]) =>
      JSON.stringify(docs.map((doc) => ({
        case_id: doc.id, slug: doc.slug, title: doc.title, summary: doc.summary, challenge: doc.challenge, sections: doc.sections.join('\n\n'),
        places: doc.places.join(' · '), organisations: doc.organisations.join(' · '), network_slug: doc.networkSlug, network_name: doc.networkName,
        language: doc.language, config: ({ en: 'casebook_english', es: 'casebook_spanish', fr: 'casebook_french', pt: 'casebook_portuguese' } as Record<string, string>)[doc.language] ?? 'casebook_simple',
        sdgs: doc.sdgs, regions: doc.regions, countries: doc.countries, themes: doc.themes, ogp_values: doc.ogpValues, year_started: doc.yearStarted, published_at: doc.publishedAt.toISOString(),
      })));
    const upsert = productUpsertSql();
    const [withoutLexicon] = upsert.split('-- The lexicon');
    const vectorsOnly = upsert.replace(/\), upserted as \([\s\S]*$/, `) select sum(length(setweight(to_tsvector(cfg, title), 'A')
      || setweight(to_tsvector(cfg, summary || ' ' || challenge), 'B') || setweight(to_tsvector(cfg, sections), 'C')
      || setweight(to_tsvector(cfg, places || ' ' || organisations || ' ' || network_name), 'D')
      || setweight(to_tsvector('casebook_simple', title), 'A') || setweight(to_tsvector('casebook_simple', summary || ' ' || challenge), 'B')
      || setweight(to_tsvector('casebook_simple', sections), 'C') || setweight(to_tsvector('casebook_simple', places || ' ' || organisations || ' ' || network_name), 'D'))
      + length(to_tsvector('casebook_simple', title || ' ' || places))) from input`);
    const lexiconOnly = upsert.replace(/\), upserted as \([\s\S]*?returning title, summary, challenge, sections, places, organisations, network_name\n\)/, '), upserted as (select * from input)');
    const time = async (name: string, run: (docs: ReturnType<typeof toSearchDocument>[]) => Promise<unknown>) => {
      await pool.query('delete from search_documents where case_id = any($1::uuid[])', [ids]);
      const started = performance.now();
      for (const docs of batches) await run(docs);
      results[`${name}MsPerCard`] = (performance.now() - started) / count;
    };
    await time('productIndex', (docs) => engine.index(docs));
    await time('vectorsOnly', (docs) => pool.query(vectorsOnly, [rows(docs)]));
    await time('upsertWithoutLexicon', (docs) => pool.query(`${withoutLexicon} select count(*) from upserted`, [rows(docs)]));
    await time('lexiconOnly', (docs) => pool.query(lexiconOnly, [rows(docs)]));
    // Leave the index complete again.
    await time('productIndexAgain', (docs) => engine.index(docs));
  } finally {
    await pool.end();
    await orm.close();
  }
  return Object.fromEntries(Object.entries(results).map(([key, value]) => [key, round(value, 3)]));
}

async function main() {
  const all: BenchQuery[] = JSON.parse(readFileSync(path.join(outputRoot, `bench/search/results/queries-${cards}.json`), 'utf8'));
  const queries = CATEGORIES.flatMap((category) => all.filter((q) => q.category === category).slice(0, perCategory));
  const lookup = new pg.Client({ connectionString: databaseUrl });
  await lookup.connect();
  const slugs = queries.filter((q) => q.expectSlug).map((q) => q.expectSlug!);
  const idBySlug = new Map((await lookup.query<{ slug: string; id: string }>('select slug, case_id as id from search_documents where slug = any($1)', [slugs])).rows.map((row) => [row.slug, row.id]));
  await lookup.end();
  const variants = VARIANTS.filter((variant) => !only || only.split(',').includes(variant.name));
  const output: Record<string, unknown> = { cards, perCategory, runs, date: new Date().toISOString(), variants: {} };
  let reference: Map<string, Answer> | null = null;
  for (const variant of variants) {
    const started = performance.now();
    const { times, answers } = await runVariant(variant, queries);
    reference ??= answers;
    const perCategoryResults = Object.fromEntries(
      CATEGORIES.map((category) => {
        const list = queries.filter((q) => q.category === category);
        const ms = list.flatMap((q) => times.get(q.id) ?? []);
        const overlap = list.map((q) => {
          const ref = reference!.get(q.id)!.ids;
          const got = new Set(answers.get(q.id)!.ids);
          return ref.length ? ref.filter((id) => got.has(id)).length / ref.length : 1;
        });
        const totalsEqual = list.filter((q) => reference!.get(q.id)!.total === answers.get(q.id)!.total).length / list.length;
        const facetErrors = list.flatMap((q) => facetError(reference!.get(q.id)!.facets, answers.get(q.id)!.facets));
        const typoTop3 = category === 'typo' ? list.filter((q) => answers.get(q.id)!.ids.slice(0, 3).includes(idBySlug.get(q.expectSlug!) ?? '')).length : null;
        return [category, { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), top20Overlap: round(mean(overlap), 3), totalsEqual: round(totalsEqual, 3), facetMeanRelError: round(mean(facetErrors), 4), facetMaxRelError: round(facetErrors.length ? Math.max(...facetErrors) : 0, 4), typoTop3 }];
      }),
    );
    (output.variants as Record<string, unknown>)[variant.name] = { description: variant.description, seconds: round((performance.now() - started) / 1000), categories: perCategoryResults };
    console.log(`\n${variant.name}: ${variant.description} (${round((performance.now() - started) / 1000)} s)`);
    console.table(Object.fromEntries(Object.entries(perCategoryResults).map(([category, r]) => [CATEGORY_LABELS[category as Category], r])));
  }
  if (process.argv.includes('--indexing')) {
    output.indexing = await indexingExperiment();
    console.log('\nindexing (ms per card, 2,000 cards in batches of 500):');
    console.table(output.indexing);
  }
  writeFileSync(path.join(outputRoot, `bench/search/results/experiments-${cards}.json`), JSON.stringify(output, null, 2));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
