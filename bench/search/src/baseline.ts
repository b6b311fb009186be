/**
 * The naive baseline: the same queries as an `ILIKE '%term%'` scan over case_cards' text columns, run directly
 * through pg (no GraphQL, no facet counts, no highlights, no ranking: newest first), with the total counted
 * by `count(*) over ()` in the same statement.
 */
import type pg from 'pg';
import type { BenchQuery } from './queries.js';

const TEXT_COLUMNS = ['title', 'summary', 'challenge', 'approach', 'innovation', 'open_government', 'lessons'];

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export function baselineSql(query: BenchQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const add = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions = [`c.status = 'PUBLISHED'`];
  if (query.ilike !== null) {
    const pattern = add(`%${escapeLike(query.ilike)}%`);
    conditions.push(`(${TEXT_COLUMNS.map((column) => `c.${column} ilike ${pattern}`).join(' or ')})`);
  }
  if (query.filters.sdgs?.length) conditions.push(`c.sdgs && ${add(query.filters.sdgs)}::smallint[]`);
  if (query.filters.regions?.length) {
    conditions.push(
      `exists (select 1 from case_card_cities cc join cities ci on ci.id = cc.city_id where cc.case_card_id = c.id and ci.region = any(${add(query.filters.regions)}::text[]))`,
    );
  }
  if (query.filters.networks?.length) conditions.push(`c.network_id in (select n.id from networks n where n.slug = any(${add(query.filters.networks)}::text[]))`);
  return {
    text: `select c.id, c.slug, c.title, count(*) over ()::int as total
             from case_cards c
            where ${conditions.join('\n              and ')}
            order by c.published_at desc
            limit 20`,
    values,
  };
}

export async function runBaseline(pool: pg.Pool, query: BenchQuery): Promise<{ ms: number; total: number; slugs: string[] }> {
  const { text, values } = baselineSql(query);
  const started = performance.now();
  const { rows } = await pool.query<{ slug: string; total: number }>(text, values);
  return { ms: performance.now() - started, total: rows[0]?.total ?? 0, slugs: rows.map((row) => row.slug) };
}
