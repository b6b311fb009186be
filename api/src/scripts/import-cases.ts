import 'reflect-metadata';
import cliProgress from 'cli-progress';
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { initOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { createAccountServices } from '../modules/accounts/account.services.js';
import { CSV_COLUMNS } from '../modules/opendata/case-record.js';
import { importCases, type CaseImportReport } from '../modules/opendata/import/import-cases.js';
import { formatOf } from '../modules/opendata/import/read-source.js';
import { syncCases } from '../modules/search/search.indexer.js';
import { SearchRuntime } from '../modules/search/search.runtime.js';

const USAGE = `usage: npm run import:cases -- FILE.(csv|jsonl) --network SLUG [--publish] [--dry-run]

  --network SLUG  the network the cards belong to (required)
  --publish       publish the cards (default: new cards are drafts for the network's editors to review)
  --dry-run       check every row against the database, then write nothing

The file is an export's own format (GET /export/cases.csv or .jsonl): a CSV header with any of
${CSV_COLUMNS.join(', ')}
(title and id or externalId required), or one JSON object per line with the same keys. Re-runs update the
cards with the same external id (the externalId column, else id). See docs/open-data.md.`;

/** Exit codes: 0 every row imported (or would be, in a dry run); 2 some rows rejected; 1 nothing imported. */
function printReport(report: CaseImportReport): number {
  for (const problem of report.problems) console.log(`  row ${problem.row}, ${problem.field}: ${problem.reason}`);
  for (const warning of report.warnings) console.log(`  row ${warning.row}, ${warning.field} (imported): ${warning.reason}`);
  if (report.problems.length || report.warnings.length) console.log('');
  if (!report.committed && !report.dryRun) {
    console.log(`Imported nothing into ${report.network}: the file cannot be read as a cases ${report.format.toUpperCase()} file. Fix the problems above and run again.`);
    return 1;
  }
  const imported = report.created + report.updated + report.unchanged;
  console.log(`${report.dryRun ? 'Dry run (nothing written): would import' : 'Imported'} ${imported} of ${report.rows} rows into ${report.network}${report.publish ? ', published' : ' (new cards as drafts)'}; ${report.rejectedRows} rejected.`);
  console.log(`  cards: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged; translation links: ${report.linkedTranslations}.`);
  return report.problems.length ? 2 : 0;
}

function progressBar(label: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar({ format: `${label.padEnd(8)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, hideCursor: true }, cliProgress.Presets.shades_classic);
}

/** `npm run import:cases -- FILE --network SLUG`: case cards from an export-format file. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { network: { type: 'string' }, publish: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  const path = positionals[0];
  if (values.help || positionals.length !== 1 || !values.network || !path || !formatOf({ path })) {
    console.error(USAGE);
    return values.help ? 0 : 1;
  }
  await access(path);

  const config = loadConfig({ ...process.env, SEARCH_WORKER: 'off' });
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const orm = await initOrm({ databaseUrl: config.DATABASE_URL });
  await migrate(orm);
  const search = await SearchRuntime.start({ config, logger });
  const accounts = createAccountServices(config, logger);
  try {
    // The same context as a request's, without a viewer: the audit events have no actor.
    const ctx = createContext({ em: orm.em, logger, requestId: `import-${Date.now()}`, search, accounts });
    console.log(`Checking ${path}…`);
    const bar = progressBar('cards');
    let started = false;
    const report = await importCases(ctx, {
      source: { path },
      network: values.network,
      publish: values.publish,
      dryRun: values['dry-run'],
      onProgress: (done, total) => {
        if (!started) bar.start(Math.max(total, 1), 0);
        started = true;
        bar.update(done);
      },
    });
    if (started) bar.stop();
    await indexNow(orm, search, report.cardIds);
    return printReport(report);
  } finally {
    await accounts.close();
    await search.close();
    await orm.close();
  }
}

/**
 * The import queued indexing jobs with its writes (the API's worker runs them); indexing here as well makes
 * the cards searchable when no API is running. Indexing is idempotent, so the jobs do no harm.
 */
async function indexNow(orm: Awaited<ReturnType<typeof initOrm>>, search: SearchRuntime, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const bar = progressBar('search');
  bar.start(ids.length, 0);
  for (let start = 0; start < ids.length; start += 500) {
    await syncCases(orm.em, search.engines, ids.slice(start, start + 500));
    bar.update(Math.min(start + 500, ids.length));
  }
  bar.stop();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `Import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
