import type { TranslationRef } from '../case-record.js';
import { checkRow, type ImportCard } from './import-row.js';
import type { ImportFormat, ImportSource } from './read-source.js';
import { FileProblem, readRows, type RowProblem } from './read-rows.js';

/** What the first reading of a file learns, keeping only what the writing and linking need. */
export interface CheckedFile {
  /** Data rows read (blank ones left out). */
  rows: number;
  valid: number;
  problems: RowProblem[];
  /** Rows with at least one problem: the import leaves them out. */
  rejected: Set<number>;
  /** A problem with the whole file: nothing is imported. */
  fatal: boolean;
  /** Every value a valid row may be named by in `translations` (its id, its external id) → its external id. */
  aliases: Map<string, string>;
  /** The translations each valid row names, by its external id. */
  translations: Map<string, { row: number; refs: TranslationRef[] }>;
}

/** The valid rows of a file, in order, each checked as `checkFile` checked it (rejected rows are skipped). */
export async function* validCards(source: ImportSource, format: ImportFormat, checked: CheckedFile, publish: boolean): AsyncGenerator<ImportCard> {
  for await (const event of readRows(source, format)) {
    if ('problem' in event || checked.rejected.has(event.row)) continue;
    const { card } = checkRow(event.row, event.values, { fromCsv: format === 'csv', publish });
    if (card) yield card;
  }
}

/**
 * Reads the whole file once and checks every row with the card validation, before anything is written: a
 * file that turns out unreadable halfway (a bad byte, an unclosed quote) imports nothing.
 */
export async function checkFile(source: ImportSource, format: ImportFormat, publish: boolean): Promise<CheckedFile> {
  const checked: CheckedFile = { rows: 0, valid: 0, problems: [], rejected: new Set(), fatal: false, aliases: new Map(), translations: new Map() };
  const rowOfKey = new Map<string, number>();
  const reject = (problems: RowProblem[]) => {
    checked.problems.push(...problems);
    for (const problem of problems) checked.rejected.add(problem.row);
  };
  try {
    for await (const event of readRows(source, format)) {
      checked.rows++;
      if ('problem' in event) {
        reject([event.problem]);
        continue;
      }
      const { card, problems } = checkRow(event.row, event.values, { fromCsv: format === 'csv', publish });
      if (!card) {
        reject(problems);
        continue;
      }
      const first = rowOfKey.get(card.key);
      if (first !== undefined) {
        reject([{ row: card.row, field: 'externalId', reason: `"${card.key.slice(0, 60)}" is already on row ${first}: a file describes each card once.` }]);
        continue;
      }
      rowOfKey.set(card.key, card.row);
      for (const alias of card.aliases) checked.aliases.set(alias, card.key);
      if (card.translations.length) checked.translations.set(card.key, { row: card.row, refs: card.translations });
      checked.valid++;
    }
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    checked.problems.push(...error.problems);
    checked.fatal = true;
  }
  checked.problems.sort((a, b) => a.row - b.row);
  return checked;
}
