import { CsvError, parse } from 'csv-parse';
import { Readable } from 'node:stream';
import { CSV_COLUMNS } from '../case-record.js';
import { EncodingProblem, textChunks, type ImportFormat, type ImportSource } from './read-source.js';

/** The longest record (a CSV row or a JSON line) read, in characters: a longer one is refused, not loaded. */
export const RECORD_MAX = 8_000_000;

/** A rejected row, or at row 1 of a CSV file a problem with its header: the field (column or key) and why. */
export interface RowProblem {
  row: number;
  field: string;
  reason: string;
}

/** A row read: its cells by column (CSV, all strings) or its object (JSON Lines, any JSON values). */
export type RowEvent = { row: number; values: Record<string, unknown> } | { row: number; problem: RowProblem };

/** A problem with the file as a whole (encoding, header, unreadable CSV): nothing of it can be imported. */
export class FileProblem extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(problems.map((problem) => `row ${problem.row}, ${problem.field}: ${problem.reason}`).join(' '));
  }
}

const KNOWN = new Set<string>(CSV_COLUMNS);

/** The header's problems: unknown or repeated columns, and the columns an import needs. */
function headerProblems(names: string[]): RowProblem[] {
  const problems: RowProblem[] = [];
  names.forEach((name, index) => {
    if (!KNOWN.has(name)) problems.push({ row: 1, field: name || '(empty)', reason: `unknown column; the columns are ${CSV_COLUMNS.join(', ')} (see docs/open-data.md).` });
    else if (names.indexOf(name) !== index) problems.push({ row: 1, field: name, reason: 'appears twice.' });
  });
  if (!names.includes('title')) problems.push({ row: 1, field: 'title', reason: 'missing required column.' });
  if (!names.includes('id') && !names.includes('externalId')) problems.push({ row: 1, field: 'externalId', reason: 'missing required column: each card needs an id or an externalId.' });
  return problems;
}

function asFileProblem(error: unknown, row: number): FileProblem | null {
  // An encoding problem is found in bytes, before rows: it names the file's line.
  if (error instanceof EncodingProblem) return new FileProblem([{ row: error.line, field: '(file)', reason: error.message }]);
  if (error instanceof CsvError) {
    // The parser reads ahead of the rows handed out: its own count says which record it was reading.
    if (typeof error.records === 'number') row = error.records + 1;
    const reason = error.code === 'CSV_MAX_RECORD_SIZE' ? `a row longer than ${RECORD_MAX.toLocaleString('en')} characters.` : `not a readable CSV file: ${error.message}`;
    return new FileProblem([{ row, field: '(file)', reason }]);
  }
  return null;
}

/** CSV rows with a header naming the export's columns, in any order. Row 1 is the header. */
async function* csvRows(source: ImportSource): AsyncGenerator<RowEvent> {
  const input = Readable.from(textChunks(source));
  const parser = parse({ relax_column_count: true, max_record_size: RECORD_MAX, info: true });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let names: string[] | null = null;
  let row = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      row = info.records;
      if (!names) {
        names = record.map((name) => name.trim());
        const problems = headerProblems(names);
        if (problems.length) throw new FileProblem(problems);
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      if (record.length !== names.length) {
        yield { row, problem: { row, field: '(row)', reason: `${record.length} cells where the header has ${names.length}.` } };
        continue;
      }
      yield { row, values: Object.fromEntries(names.map((name, index) => [name, record[index]])) };
    }
    if (!names) throw new FileProblem([{ row: 1, field: '(file)', reason: 'the file is empty: a CSV import needs a header row.' }]);
  } catch (error) {
    throw asFileProblem(error, row + 1) ?? error;
  } finally {
    input.destroy();
  }
}

/** JSON Lines: one object per line; blank lines are skipped. Row n is line n. */
async function* jsonRows(source: ImportSource): AsyncGenerator<RowEvent> {
  let pending = '';
  let line = 1;
  let tooLong = false;
  const finishLine = (text: string): RowEvent | null => {
    const row = line++;
    if (tooLong) {
      tooLong = false;
      return { row, problem: { row, field: '(row)', reason: `a line longer than ${RECORD_MAX.toLocaleString('en')} characters.` } };
    }
    if (text.trim() === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return { row, problem: { row, field: '(row)', reason: `not valid JSON: ${(error as Error).message.slice(0, 200)}` } };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { row, problem: { row, field: '(row)', reason: 'each line must be one JSON object.' } };
    return { row, values: value as Record<string, unknown> };
  };
  try {
    for await (const text of textChunks(source)) {
      const lines = (pending + text).split('\n');
      pending = lines.pop()!;
      for (const lineText of lines) {
        const event = finishLine(lineText);
        if (event) yield event;
      }
      if (pending.length > RECORD_MAX) {
        tooLong = true;
        pending = '';
      }
    }
    const last = finishLine(pending);
    if (last) yield last;
  } catch (error) {
    throw asFileProblem(error, line) ?? error;
  }
}

/** The file's rows, streamed: each a row's values or a problem that rejects the row; a `FileProblem` stops the file. */
export function readRows(source: ImportSource, format: ImportFormat): AsyncGenerator<RowEvent> {
  return format === 'csv' ? csvRows(source) : jsonRows(source);
}
