import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../context.js';
import { withAudit } from '../../audit/audit.js';
import { findOrCreateCities } from '../../cases/case.snapshot.js';
import { Network } from '../../networks/network.entity.js';
import { ActionPlan } from '../action-plan.entity.js';
import { CommitmentStatus } from '../commitment.enums.js';
import { Commitment } from '../commitment.entity.js';
import { Milestone } from '../milestone.entity.js';
import { applyCommitmentValues } from '../operations/commitment-fields.js';
import { parseCommitmentCsv, type ImportRow, type RowProblem } from './commitment-csv.js';

export interface ImportCounts {
  plans: number;
  commitments: number;
  milestones: number;
}

export interface ImportReport {
  network: string;
  /** Data rows in the file (empty rows left out). */
  rows: number;
  /** Rows written (or, in a dry run or a refused strict run, that would have been). */
  importedRows: number;
  /** Every problem, by row: row 1 is the header. A row may have several. */
  problems: RowProblem[];
  /** Rows with at least one problem. */
  rejectedRows: number;
  created: ImportCounts;
  updated: ImportCounts;
  /** Whether anything was written: false for a dry run, a file-level problem, or a strict run with a bad row. */
  committed: boolean;
  dryRun: boolean;
  strict: boolean;
}

export interface ImportOptions {
  csv: string;
  /** Network slug. */
  network: string;
  /** Checks everything, the database included, then rolls back. */
  dryRun?: boolean;
  /** Imports nothing when any row is bad. */
  strict?: boolean;
  /** Called after each data row is handled. */
  onProgress?: (done: number, total: number) => void;
}

/** A row the database refuses (e.g. its plan's new period would strand milestones): only that row is dropped. */
class RowRejection extends Error {
  constructor(readonly column: string, readonly reason: string) {
    super(reason);
  }
}

/** Thrown to roll back a dry run or a refused strict run, carrying the report. */
class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

const zero = (): ImportCounts => ({ plans: 0, commitments: 0, milestones: 0 });

/**
 * Imports a network's commitments from a CSV (see `COLUMNS`): plans, commitments and milestones. Re-runs
 * update in place: commitments are found by external id, plans by city and title, milestones by title within
 * their commitment (milestones missing from the file are kept). Nothing is half-imported: every valid row is
 * written in one transaction (each row behind a savepoint, so that a row the database refuses is reported,
 * not half-written); with `strict`, one bad row means nothing is written.
 */
export async function importCommitments(ctx: RequestContext, options: ImportOptions): Promise<ImportReport> {
  const network = await ctx.em.findOne(Network, { slug: options.network });
  if (!network) throw new Error(`Unknown network "${options.network}".`);
  const parsed = parseCommitmentCsv(options.csv);
  const report: ImportReport = {
    network: network.slug,
    rows: parsed.rowCount,
    importedRows: 0,
    problems: [...parsed.problems],
    rejectedRows: 0,
    created: zero(),
    updated: zero(),
    committed: false,
    dryRun: !!options.dryRun,
    strict: !!options.strict,
  };
  const finish = (): ImportReport => {
    report.problems.sort((a, b) => a.row - b.row);
    report.rejectedRows = new Set(report.problems.filter((problem) => problem.row > 1).map((problem) => problem.row)).size;
    return report;
  };
  if (parsed.fatal || (options.strict && parsed.problems.length)) return finish();

  const total = parsed.rowCount;
  let done = parsed.rowCount - parsed.valid.length;
  options.onProgress?.(done, total);
  try {
    await withAudit(ctx, { network, action: 'commitment.import', recordType: 'network', recordId: network.id }, async (tx, audit) => {
      // One import per network at a time.
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`commitment-import:${network.id}`]);
      for (const row of parsed.valid) {
        try {
          // A savepoint per row, in a fork that starts empty, so that a refused row leaves nothing behind.
          const counts = await tx.transactional((rowTx) => importRow(rowTx, network.id, row), { clear: true });
          for (const key of ['plans', 'commitments', 'milestones'] as const) {
            report.created[key] += counts.created[key];
            report.updated[key] += counts.updated[key];
          }
          report.importedRows++;
        } catch (error) {
          if (error instanceof RowRejection) report.problems.push({ row: row.row, column: error.column, reason: error.reason });
          else if (error instanceof UniqueConstraintViolationException) report.problems.push({ row: row.row, column: '(row)', reason: 'conflicts with a change saved at the same time; run the import again.' });
          else throw error;
        }
        options.onProgress?.(++done, total);
      }
      // Every row is written already; the transaction's own unit of work keeps only the audit event.
      tx.clear();
      audit.details = { rows: report.rows, imported: report.importedRows, rejected: report.problems.length, createdCommitments: report.created.commitments, updatedCommitments: report.updated.commitments };
      if (options.dryRun || (options.strict && report.problems.length)) throw new Rollback(report);
    });
    report.committed = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return finish();
}

/** Writes one row: its plan, its commitment and the commitment's milestones. Answers what it created and updated. */
async function importRow(tx: EntityManager, networkId: string, row: ImportRow): Promise<{ created: ImportCounts; updated: ImportCounts }> {
  const report = { created: zero(), updated: zero() };
  const network = tx.getReference(Network, networkId);
  const [city] = await findOrCreateCities(tx, [row.city]);
  let plan = await tx.findOne(ActionPlan, { network, city: city!.id, title: row.plan.title });
  if (!plan) {
    plan = tx.create(ActionPlan, { network, city: city!, ...row.plan });
    report.created.plans++;
  } else if (plan.periodStart !== row.plan.periodStart || plan.periodEnd !== row.plan.periodEnd || plan.documentUrl !== row.plan.documentUrl) {
    Object.assign(plan, row.plan);
    report.updated.plans++;
  }

  let commitment = await tx.findOne(Commitment, { network, externalId: row.commitment.externalId });
  const { caseIds: _caseIds, ...values } = row.commitment;
  if (!commitment) {
    commitment = tx.create(Commitment, { network, actionPlan: plan, title: values.title, status: values.status ?? CommitmentStatus.NOT_STARTED });
    applyCommitmentValues(commitment, values);
    report.created.commitments++;
  } else {
    const changed = applyCommitmentValues(commitment, row.statusGiven ? values : { ...values, status: undefined });
    if (commitment.actionPlan.id !== plan.id) {
      commitment.actionPlan = plan;
      changed.push('actionPlan');
    }
    if (changed.length) report.updated.commitments++;
  }

  const existing = await tx.find(Milestone, { commitment });
  for (const wanted of row.milestones) {
    const milestone = existing.find((candidate) => candidate.title.toLowerCase() === wanted.title.toLowerCase());
    if (!milestone) {
      tx.create(Milestone, { commitment, ...wanted });
      report.created.milestones++;
    } else if (milestone.title !== wanted.title || milestone.dueDate !== wanted.dueDate || milestone.status !== wanted.status || milestone.doneDate !== wanted.doneDate) {
      Object.assign(milestone, wanted);
      report.updated.milestones++;
    }
  }
  await tx.flush();

  // The plan's period must still hold every milestone of the plan, those of other rows and earlier imports included.
  const misfit = await tx.findOne(Milestone, {
    commitment: { actionPlan: plan },
    $or: [{ dueDate: { $lt: plan.periodStart } }, { dueDate: { $gt: plan.periodEnd } }, { doneDate: { $lt: plan.periodStart } }],
  });
  if (misfit) {
    throw new RowRejection('plan_start', `the plan's period ${plan.periodStart} to ${plan.periodEnd} would leave milestone "${misfit.title.slice(0, 60)}" (due ${misfit.dueDate}) outside it.`);
  }
  return report;
}
