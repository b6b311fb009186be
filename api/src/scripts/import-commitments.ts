import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { createAccountServices } from '../modules/accounts/account.services.js';
import { COLUMNS } from '../modules/commitments/import/commitment-csv.js';
import { importCommitments, type ImportReport } from '../modules/commitments/import/import-commitments.js';
import { SearchRuntime } from '../modules/search/search.runtime.js';

const USAGE = `usage: npm run import:commitments -- FILE.csv --network SLUG [--dry-run] [--strict]

  --network SLUG  the network the plans and commitments belong to (required)
  --dry-run       check every row against the database, then write nothing
  --strict        write nothing when any row is bad (default: write the valid rows, report the others)

Columns (header row, any order): ${Object.entries(COLUMNS).map(([name, column]) => `${name}${column.required ? '*' : ''}`).join(', ')}
(* required). See "Importing OGP commitments" in the README.`;

/** Exit codes: 0 every row imported (or would be, in a dry run); 2 some rows rejected; 1 nothing imported because of an error. */
function printReport(report: ImportReport): number {
  const { created, updated } = report;
  for (const problem of report.problems) console.log(`  row ${problem.row}, column ${problem.column}: ${problem.reason}`);
  if (report.problems.length) console.log('');
  const counts = `  plans: ${created.plans} new, ${updated.plans} updated; commitments: ${created.commitments} new, ${updated.commitments} updated; milestones: ${created.milestones} new, ${updated.milestones} updated.`;
  if (report.committed || report.dryRun) {
    console.log(`${report.dryRun ? 'Dry run (nothing written): would import' : 'Imported'} ${report.importedRows} of ${report.rows} rows into ${report.network}; ${report.rejectedRows} rejected.`);
    console.log(counts);
    return report.problems.length ? 2 : 0;
  }
  const why = report.rejectedRows ? `${report.rejectedRows} of ${report.rows} rows rejected, and --strict imports all rows or none` : 'the file cannot be read as a commitments CSV';
  console.log(`Imported nothing into ${report.network}: ${why}. Fix the problems above and run again.`);
  return 1;
}

/** `npm run import:commitments -- FILE.csv --network SLUG`: plans, commitments and milestones from a spreadsheet. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { network: { type: 'string' }, 'dry-run': { type: 'boolean' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1 || !values.network) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  const csv = await readFile(positionals[0]!, 'utf8');

  const config = loadConfig({ ...process.env, SEARCH_WORKER: 'off' });
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const orm = await initOrm({ databaseUrl: config.DATABASE_URL });
  await migrate(orm);
  const search = await SearchRuntime.start({ config, logger });
  const accounts = createAccountServices(config, logger);
  try {
    // The same context as a request's, without a viewer: the audit event has no actor.
    const ctx = createContext({ em: orm.em, logger, requestId: `import-${Date.now()}`, search, accounts });
    const bar = new cliProgress.SingleBar({ format: 'rows [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic);
    let started = false;
    const report = await importCommitments(ctx, {
      csv,
      network: values.network,
      dryRun: values['dry-run'],
      strict: values.strict,
      onProgress: (done, total) => {
        if (!started) bar.start(Math.max(total, 1), 0);
        started = true;
        bar.update(done);
      },
    });
    if (started) bar.stop();
    return printReport(report);
  } finally {
    await accounts.close();
    await search.close();
    await orm.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
