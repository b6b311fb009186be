/**
 * Where the PostgreSQL engine spends its time: the product's PostgresSearchEngine, in this process, over a pool
 * whose `query` is timed per statement (typo lookup, page with count(*) over (), facet counts, highlights),
 * plus EXPLAIN (ANALYZE, BUFFERS) of each statement of one representative query per category.
 */
import pg from 'pg';
import { PostgresSearchEngine } from '../../../api/dist/modules/search/postgres-engine.js';
import type { SearchRequest } from '../../../api/dist/modules/search/search-engine.js';
import type { BenchQuery, Category } from './queries.js';
import { summarise, type Summary } from './stats.js';

export type StatementKind = 'corrections' | 'page' | 'facets' | 'highlights' | 'other';
export const STATEMENT_KINDS: StatementKind[] = ['corrections', 'page', 'facets', 'highlights'];

interface Recorded {
  kind: StatementKind;
  ms: number;
  text: string;
  values: unknown[];
}

function kindOf(text: string): StatementKind {
  if (text.includes('search_lexicon')) return 'corrections';
  if (text.includes('ts_headline')) return 'highlights';
  if (text.includes('as materialized')) return 'facets';
  if (text.includes('count(*) over')) return 'page';
  return 'other';
}

export function toRequest(query: BenchQuery): SearchRequest {
  return {
    query: query.text,
    filters: {
      sdgs: query.filters.sdgs ?? [],
      regions: query.filters.regions ?? [],
      countries: [],
      networks: query.filters.networks ?? [],
      themes: [],
      ogpValues: [],
      languages: [],
      yearFrom: null,
      yearTo: null,
    },
    sort: query.text ? 'RELEVANCE' : 'NEWEST',
    offset: 0,
    limit: 20,
  };
}

export class InstrumentedEngine {
  readonly pool: pg.Pool;
  readonly engine: PostgresSearchEngine;
  private readonly original: (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
  recorded: Recorded[] = [];

  constructor(databaseUrl: string) {
    // Same pool size as the API's SearchRuntime.
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
    this.original = this.pool.query.bind(this.pool) as (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
    (this.pool as unknown as { query: unknown }).query = async (text: string, values?: unknown[]) => {
      const started = performance.now();
      const result = await this.original(text, values);
      this.recorded.push({ kind: kindOf(text), ms: performance.now() - started, text, values: values ?? [] });
      return result;
    };
    this.engine = new PostgresSearchEngine(this.pool);
  }

  async run(query: BenchQuery): Promise<{ ms: number; statements: Recorded[] }> {
    this.recorded = [];
    const started = performance.now();
    await this.engine.search(toRequest(query));
    return { ms: performance.now() - started, statements: this.recorded };
  }

  async explain(statement: Recorded): Promise<string> {
    const { rows } = await this.original(`explain (analyze, buffers, format text) ${statement.text}`, statement.values);
    return rows.map((row) => (row as Record<string, string>)['QUERY PLAN']).join('\n');
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export interface Breakdown {
  engine: Summary;
  statements: Partial<Record<StatementKind, Summary>>;
}

/** Per category: the engine's own time and each statement's, over `perCategory` queries (one warm run first). */
export async function breakdown(databaseUrl: string, queries: BenchQuery[], categories: readonly Category[], perCategory: number) {
  const instrumented = new InstrumentedEngine(databaseUrl);
  const result: Partial<Record<Category, Breakdown>> = {};
  const explains: { category: Category; query: string; kind: StatementKind; ms: number; plan: string }[] = [];
  try {
    for (const category of categories) {
      const list = queries.filter((q) => q.category === category).slice(0, perCategory);
      const engineMs: number[] = [];
      const byKind: Partial<Record<StatementKind, number[]>> = {};
      for (const query of list) {
        await instrumented.run(query);
        const { ms, statements } = await instrumented.run(query);
        engineMs.push(ms);
        for (const statement of statements) (byKind[statement.kind] ??= []).push(statement.ms);
      }
      result[category] = {
        engine: summarise(engineMs),
        statements: Object.fromEntries(Object.entries(byKind).map(([kind, values]) => [kind, summarise(values)])),
      };
      // EXPLAIN the query with the most matches in the category (the costly end).
      const representative = [...list].sort((a, b) => (b.calibratedTotal ?? 0) - (a.calibratedTotal ?? 0))[0];
      if (representative) {
        const { statements } = await instrumented.run(representative);
        for (const statement of statements) {
          explains.push({ category, query: representative.text || JSON.stringify(representative.filters), kind: statement.kind, ms: statement.ms, plan: await instrumented.explain(statement) });
        }
      }
    }
  } finally {
    await instrumented.close();
  }
  return { breakdown: result, explains };
}
