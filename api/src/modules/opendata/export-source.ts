import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context.js';
import { CaseCard } from '../cases/case.entity.js';
import { publishedCardsMatching } from '../cases/case.service.js';
import type { SearchRequest } from '../search/search-engine.js';
import { toCaseRecord, type CaseRecord, type ExportRow } from './case-record.js';
import type { ExportSelection } from './export-filters.js';

/** Cards per database round trip: memory holds one batch at a time, whatever the export's size. */
export const EXPORT_BATCH_SIZE = 500;

/** A timestamp as ISO 8601 text in UTC (the ORM's driver settings hand raw timestamps over as text). */
const isoTime = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Published cards by id, with their network, cities (in the card's order) and published translations, in
 * one statement. Exports only read, and building ORM entities for large text rows costs about ten times the
 * query, so the rows are read as they are.
 */
const ROWS_SQL = `
select c.id, c.external_id, c.slug, n.slug as network, n.licence, c.language, c.title, c.summary, c.challenge, c.approach,
       c.innovation, c.open_government, c.lessons, c.sdgs, c.themes, c.ogp_values, c.year_started, c.contacts, c.links,
       ${isoTime('c.published_at')} as published_at, ${isoTime('c.updated_at')} as updated_at,
       coalesce((select json_agg(json_build_object('name', ci.name, 'country', ci.country, 'region', ci.region) order by cc.id)
                   from case_card_cities cc join cities ci on ci.id = cc.city_id
                  where cc.case_card_id = c.id), '[]') as cities,
       coalesce((select json_agg(json_build_object('language', t.language, 'id', t.id) order by t.language, t.id)
                   from case_cards t
                  where t.translation_group = c.translation_group and t.id <> c.id and t.status = 'PUBLISHED'), '[]') as translations
  from case_cards c join networks n on n.id = c.network_id
 where c.id in (?) and c.status = 'PUBLISHED'`;

/** The records of these cards, in this order; cards no longer published are left out. */
async function recordsOf(em: EntityManager, ids: string[], webUrl: string): Promise<CaseRecord[]> {
  if (ids.length === 0) return [];
  const rows = await em.getConnection().execute<ExportRow[]>(ROWS_SQL, [ids]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCaseRecord(row, webUrl)] : [];
  });
}

/** One batch of records and where the next one starts (null: the last batch). */
interface Page<Position> {
  records: CaseRecord[];
  next: Position | null;
}

type KeysetPosition = { publishedAt: Date; id: string } | 'start';

/** Published cards the filter selects, newest published first, after a keyset position (no offset to skip). */
async function keysetPage(em: EntityManager, selection: ExportSelection, after: KeysetPosition, batchSize: number, webUrl: string): Promise<Page<KeysetPosition>> {
  const matching = publishedCardsMatching(selection.filter);
  const where: FilterQuery<CaseCard> =
    after === 'start'
      ? matching
      : { $and: [matching, { $or: [{ publishedAt: { $lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { $lt: after.id } }] }] };
  const keys = await em.find(CaseCard, where, { fields: ['id', 'publishedAt'], orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], limit: batchSize });
  const last = keys.at(-1);
  const next = last && keys.length === batchSize ? { publishedAt: last.publishedAt!, id: last.id } : null;
  return { records: await recordsOf(em, keys.map((key) => key.id), webUrl), next };
}

/**
 * A page of a search's result, in its order (best match first), from the PostgreSQL engine, which is always
 * kept in step with the database; cards unpublished since they were indexed are left out.
 */
async function searchPage(ctx: RequestContext, em: EntityManager, selection: ExportSelection, offset: number, batchSize: number, webUrl: string): Promise<Page<number>> {
  const { filter } = selection;
  const { hits, total } = await ctx.search.postgres.search({
    query: selection.query,
    filters: { sdgs: filter.sdgs, regions: filter.regions, countries: filter.countries, networks: filter.networkSlugs, themes: filter.themes, ogpValues: [], languages: [], yearFrom: null, yearTo: null },
    sort: 'RELEVANCE',
    offset,
    limit: batchSize,
  } satisfies SearchRequest);
  const next = offset + hits.length;
  return { records: await recordsOf(em, hits.map((hit) => hit.id), webUrl), next: hits.length === batchSize && next < total ? next : null };
}

/**
 * The export's records, one batch at a time: all published cards (or those the filters select) by keyset
 * pages, or a search's result page by page. Only the batch being written is in memory (the entity manager
 * is cleared after each), so memory stays flat however many cards there are.
 */
export async function* exportRecords(
  ctx: RequestContext,
  selection: ExportSelection,
  options: { webUrl: string; batchSize?: number },
): AsyncGenerator<CaseRecord[]> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const em = ctx.em.fork();
  let keyset: KeysetPosition | null = 'start';
  let offset: number | null = 0;
  while (selection.query ? offset !== null : keyset !== null) {
    let records: CaseRecord[];
    if (selection.query) ({ records, next: offset } = await searchPage(ctx, em, selection, offset!, batchSize, options.webUrl));
    else ({ records, next: keyset } = await keysetPage(em, selection, keyset!, batchSize, options.webUrl));
    em.clear();
    if (records.length) yield records;
  }
}

/** The licences of the networks whose cards the selection may hold (for the response's Link header). */
export async function licencesOf(ctx: RequestContext, selection: ExportSelection): Promise<string[]> {
  const networkIds = selection.filter.networkIds;
  // knex expands an array parameter into a list: "in (?)" takes it; an empty list means every network.
  const rows = await ctx.em.getConnection().execute<{ licence: string }[]>(
    `select distinct n.licence from networks n
      where exists (select 1 from case_cards c where c.network_id = n.id and c.status = 'PUBLISHED')
        ${networkIds.length ? 'and n.id in (?)' : ''}
      order by n.licence`,
    networkIds.length ? [networkIds] : [],
  );
  return rows.map((row) => row.licence);
}
