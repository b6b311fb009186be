import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../../context.js';
import { withAudit } from '../../audit/audit.js';
import { Network } from '../../networks/network.entity.js';
import { checkFile, validCards, type CheckedFile } from './check-file.js';
import type { ImportCard } from './import-row.js';
import { linkImportedTranslations } from './link-imported-translations.js';
import { formatOf, type ImportFormat, type ImportSource } from './read-source.js';
import type { RowProblem } from './read-rows.js';
import { writeCard } from './write-card.js';

/** Valid rows written per transaction (each row behind its own savepoint). */
export const IMPORT_BATCH_SIZE = 100;

export interface CaseImportOptions {
  source: ImportSource;
  /** From the file's extension when left out. */
  format?: ImportFormat;
  /** Network slug. */
  network: string;
  /** New cards are published (and drafts in the file's network published) instead of written as drafts. */
  publish?: boolean;
  /** Checks everything, the database included, then rolls back. */
  dryRun?: boolean;
  batchSize?: number;
  /** Called after each valid row is written, with the number of valid rows. */
  onProgress?: (done: number, total: number) => void;
}

export interface CaseImportReport {
  network: string;
  format: ImportFormat;
  /** Data rows in the file (blank ones left out). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Translation links made. */
  linkedTranslations: number;
  /** Rows with at least one problem; none of them is imported. */
  rejectedRows: number;
  /** Every problem, by row (a CSV file's header is row 1; a JSON Lines file's row n is line n). */
  problems: RowProblem[];
  /** Imported rows with something left out (a translation that could not be linked). */
  warnings: RowProblem[];
  /** Whether anything was written: false for a dry run and for a file that cannot be read. */
  committed: boolean;
  dryRun: boolean;
  publish: boolean;
  /** Cards created, updated or linked: the ones search must index again. */
  cardIds: string[];
}

/** The network cards go to, by plain values (entities merged back after each transaction may be references). */
export interface ImportNetwork {
  id: string;
  slug: string;
}

/** Thrown to roll a dry run back once its report is complete. */
class Rollback extends Error {}

/** Writes a batch of cards in one transaction with its audit event; a row the database refuses is reported, not half-written. */
async function writeBatch(ctx: RequestContext, network: ImportNetwork, cards: ImportCard[], report: CaseImportReport): Promise<void> {
  await withAudit(ctx, { network: network.id, action: 'case.import', recordType: 'network', recordId: network.id }, async (tx, audit) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const changed: string[] = [];
    for (const card of cards) {
      try {
        const { outcome, id } = await tx.transactional((rowTx) => writeCard(rowTx, network.id, card, { publish: report.publish }), { clear: true });
        counts[outcome]++;
        if (outcome !== 'unchanged') changed.push(id);
      } catch (error) {
        if (!(error instanceof DriverException)) throw error;
        const reason = error instanceof UniqueConstraintViolationException
          ? 'conflicts with a change saved at the same time; run the import again.'
          : `the database refused it (${error.message.split('\n')[0]!.slice(-160)}).`;
        report.problems.push({ row: card.row, field: '(row)', reason });
      }
    }
    // Every row is written already; the transaction's own unit of work keeps only the audit event.
    tx.clear();
    audit.details = { rows: `${cards[0]!.row}-${cards.at(-1)!.row}`, ...counts };
    audit.reindex(changed);
    report.created += counts.created;
    report.updated += counts.updated;
    report.unchanged += counts.unchanged;
    report.cardIds.push(...changed);
  });
}

/** Writes every valid row, batch by batch, then links the translations the file names. */
async function writeAll(ctx: RequestContext, network: ImportNetwork, options: CaseImportOptions, checked: CheckedFile, report: CaseImportReport): Promise<void> {
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  let batch: ImportCard[] = [];
  let done = 0;
  options.onProgress?.(0, checked.valid);
  const flush = async () => {
    if (batch.length) await writeBatch(ctx, network, batch, report);
    done += batch.length;
    batch = [];
    options.onProgress?.(done, checked.valid);
  };
  for await (const card of validCards(options.source, report.format, checked, report.publish)) {
    batch.push(card);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const { linked, ids } = await linkImportedTranslations(ctx, network, checked, report.warnings);
  report.linkedTranslations = linked;
  report.cardIds = [...new Set([...report.cardIds, ...ids])];
}

/**
 * Imports case cards from a file in the export's own format (CSV or JSON Lines, see docs/open-data.md)
 * into a network. The file is read twice: first every row is checked with the card form's validation (a
 * file that cannot be read imports nothing), then the valid rows are written in batches, each card whole or
 * not at all. Re-runs find cards by external id: unchanged cards are left alone, changed ones updated.
 */
export async function importCases(ctx: RequestContext, options: CaseImportOptions): Promise<CaseImportReport> {
  const format = options.format ?? formatOf(options.source);
  if (!format) throw new Error('Name a .csv or .jsonl file (or give the format).');
  const found = await ctx.em.findOne(Network, { slug: options.network });
  if (!found) throw new Error(`Unknown network "${options.network}".`);
  const network: ImportNetwork = { id: found.id, slug: found.slug };
  const report: CaseImportReport = {
    network: network.slug, format, rows: 0, created: 0, updated: 0, unchanged: 0, linkedTranslations: 0, rejectedRows: 0,
    problems: [], warnings: [], committed: false, dryRun: !!options.dryRun, publish: !!options.publish, cardIds: [],
  };
  const checked = await checkFile(options.source, format, report.publish);
  Object.assign(report, { rows: checked.rows, problems: checked.problems, rejectedRows: checked.rejected.size });
  if (checked.fatal) return report;

  if (options.dryRun) {
    // The same writes inside one transaction that is rolled back: the counts are the real ones, nothing stays.
    await ctx.em
      .transactional(async (outer) => {
        await writeAll({ ...ctx, em: outer }, network, options, checked, report);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    report.cardIds = [];
  } else {
    await writeAll(ctx, network, options, checked, report);
    report.committed = true;
  }
  report.problems.sort((a, b) => a.row - b.row);
  report.warnings.sort((a, b) => a.row - b.row);
  report.rejectedRows = new Set(report.problems.map((problem) => problem.row)).size;
  return report;
}
