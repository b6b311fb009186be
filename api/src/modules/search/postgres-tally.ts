import type pg from 'pg';
import type { SqlParams } from './postgres-sql.js';
import { TALLY_VALUES_MAX, type Tally, type TallyDimension } from './search-engine.js';

/** The array column each dimension counts. */
const TALLY_COLUMNS: Readonly<Record<TallyDimension, string>> = {
  cities: 'd.city_ids',
  sdgs: 'd.sdgs',
};

/** A search's matching documents as SQL over `search_documents d`. */
export interface MatchingRows {
  params: SqlParams;
  from: string;
  where: string;
}

/**
 * One statement: the matching documents once, their number, and the largest counts per value of the
 * dimension (an `unnest` aggregate), so the cost does not depend on how many values there are.
 */
export async function tallyMatches(pool: pg.Pool, sql: MatchingRows, by: TallyDimension): Promise<Tally> {
  const limit = sql.params.add(TALLY_VALUES_MAX);
  const { rows } = await pool.query<{ value: string | null; count: number }>(
    `with matched as (select ${TALLY_COLUMNS[by]} as keys from ${sql.from} where ${sql.where})
     (select null::text as value, count(*)::int as count from matched)
     union all
     (select k::text as value, count(*)::int as count
        from matched, unnest(matched.keys) k
       group by k
       order by count(*) desc, k::text
       limit ${limit})`,
    sql.params.values,
  );
  // The total is the row without a value (array elements are never null); UNION ALL promises no order.
  const total = rows.find((row) => row.value === null)?.count ?? 0;
  const counts = rows.filter((row) => row.value !== null).map((row) => ({ value: row.value!, count: row.count }));
  return { total, counts: counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true })) };
}
