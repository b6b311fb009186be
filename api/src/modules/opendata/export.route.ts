import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import type { RequestContext } from '../../context.js';
import { CSV_COLUMNS, toCsvRow, type CaseRecord } from './case-record.js';
import { parseExportSelection, type ExportSelection } from './export-filters.js';
import { exportRecords, licencesOf } from './export-source.js';
import { licenceById } from './licence.js';
import { answerRejection, type OpenDataDeps, requestContext, requestParams } from './route-support.js';

export type ExportFormat = 'csv' | 'jsonl';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson',
};

/**
 * Writes and, when the reader is behind, waits for it (or for the response to close), so that a slow client
 * never makes the server buffer the export.
 */
async function writeWithBackpressure(res: Response, chunk: string): Promise<void> {
  if (res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** One batch in the chosen format: CSV rows (CRLF, RFC 4180 quoting) or JSON lines. */
function formatBatch(format: ExportFormat, batch: CaseRecord[]): string {
  if (format === 'jsonl') return batch.map((record) => `${JSON.stringify(record)}\n`).join('');
  return stringify(batch.map(toCsvRow), { columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
}

/**
 * Streams the records into the response a batch at a time (the batch's text is the only copy in memory);
 * stops early when the client goes away.
 */
async function streamRecords(format: ExportFormat, records: AsyncGenerator<CaseRecord[]>, res: Response, gone: () => boolean): Promise<void> {
  if (format === 'csv') await writeWithBackpressure(res, stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' }));
  for await (const batch of records) {
    if (gone()) return;
    await writeWithBackpressure(res, formatBatch(format, batch));
  }
  res.end();
}

function fileName(format: ExportFormat, selection: ExportSelection): string {
  return `casebook-cases${selection.narrowed ? '-selection' : ''}.${format}`;
}

/** `GET /export/cases.csv` and `/export/cases.jsonl`: published cards, or a search's result, streamed. */
export function exportHandler(format: ExportFormat, deps: OpenDataDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx: RequestContext = requestContext(deps);
    let gone = false;
    res.on('close', () => {
      gone = !res.writableFinished;
    });
    try {
      const selection = await parseExportSelection(ctx, requestParams(req));
      const licences = await licencesOf(ctx, selection);
      res.status(200);
      res.setHeader('content-type', CONTENT_TYPES[format]);
      res.setHeader('content-disposition', `attachment; filename="${fileName(format, selection)}"`);
      res.setHeader('cache-control', 'public, max-age=300');
      if (licences.length) res.setHeader('link', licences.map((id) => `<${licenceById(id).url}>; rel="license"; title="${id}"`).join(', '));
      await streamRecords(format, exportRecords(ctx, selection, { webUrl: deps.accounts.webUrl }), res, () => gone);
    } catch (error) {
      if (answerRejection(error, res)) return;
      ctx.logger.error({ err: error }, 'export failed');
      // Once rows are on their way the status is sent: cutting the connection tells the client the file is incomplete.
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else res.status(500).type('text/plain').send(`Internal server error (request ${ctx.requestId}).`);
    }
  };
}
