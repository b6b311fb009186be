import type { CaseSnapshot } from '../../cases/case.entity.js';
import { EMPTY_SNAPSHOT } from '../../cases/case.snapshot.js';
import { assertReadyToSubmit, Problems, validateCaseInput } from '../../cases/case.validation.js';
import type { CaseInput } from '../../cases/curation.types.js';
import { InvalidFieldsError } from '../../../errors.js';
import { CSV_COLUMNS, splitItems, type TranslationRef } from '../case-record.js';
import type { RowProblem } from './read-rows.js';

/** The longest external id. */
export const EXTERNAL_ID_MAX = 200;

/** One valid row: the card it describes and how the import finds it again. */
export interface ImportCard {
  row: number;
  /** The external id: the row's `externalId`, else its `id`. */
  key: string;
  /** The values other rows' `translations` may name this row by (its `id` and `externalId`). */
  aliases: string[];
  snapshot: CaseSnapshot;
  /** When a new card imported as published was first published (the file's `publishedAt`), if given. */
  publishedAt: Date | null;
  translations: TranslationRef[];
}

const KNOWN_KEYS = new Set<string>(CSV_COLUMNS);

/** Reads a row's raw values (CSV strings or JSON values) into the card form's input, noting type problems. */
class RowReader {
  constructor(private readonly values: Record<string, unknown>, private readonly fromCsv: boolean, readonly problems: Problems) {}

  text(field: string): string | undefined {
    const value = this.values[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.problems.add(field, 'must be text.');
    return undefined;
  }

  /** A list: CSV items joined by "; " with parts joined by "|"; in JSON, an array of values or objects. */
  items<T>(field: string, fromParts: (parts: string[]) => T | undefined, fromJson: (value: unknown) => T | undefined): T[] | undefined {
    const value = this.values[field];
    if (value === undefined || value === null || value === '') return undefined;
    if (this.fromCsv) return splitItems(String(value)).map((parts) => fromParts(parts)).filter((item): item is T => item !== undefined);
    if (!Array.isArray(value)) {
      this.problems.add(field, 'must be a list (a JSON array).');
      return undefined;
    }
    return value.map(fromJson).filter((item): item is T => item !== undefined);
  }

  bad(field: string, reason: string): undefined {
    this.problems.add(field, reason);
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string';
const objectOf = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

function readInput(reader: RowReader): { input: CaseInput; translations: TranslationRef[] } {
  const input: CaseInput = {};
  for (const field of ['title', 'summary', 'challenge', 'approach', 'innovation', 'openGovernment', 'lessons'] as const) input[field] = reader.text(field) ?? '';
  input.language = reader.text('language') || 'en';
  const sdgNumber = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : reader.bad('sdgs', `"${text.slice(0, 40)}" is not an SDG number.`));
  input.sdgs = reader.items('sdgs', ([text = '']) => sdgNumber(text), (value) => (typeof value === 'number' ? value : isText(value) ? sdgNumber(value) : reader.bad('sdgs', 'SDGs are numbers.'))) ?? [];
  const slug = (field: string) => (value: unknown) => (isText(value) ? value : reader.bad(field, 'values must be text.'));
  input.themes = reader.items('themes', ([text]) => text, slug('themes')) ?? [];
  input.ogpValues = reader.items('ogpValues', ([text]) => text, slug('ogpValues')) ?? [];
  input.cities = reader.items(
    'cities',
    (parts) => (parts.length === 2 ? { name: parts[0]!, country: parts[1]! } : reader.bad('cities', `"${parts.join('|').slice(0, 80)}" is not "name|country".`)),
    (value) => {
      const city = objectOf(value);
      return city && isText(city.name) && isText(city.country) ? { name: city.name, country: city.country } : reader.bad('cities', 'each city is {"name", "country"}.');
    },
  ) ?? [];
  input.contacts = reader.items(
    'contacts',
    (parts) => (parts.length <= 3 ? { name: parts[0]!, role: parts[1] || null, organisation: parts[2] || null } : reader.bad('contacts', `"${parts.join('|').slice(0, 80)}" is not "name|role|organisation".`)),
    (value) => {
      const contact = objectOf(value);
      const optional = (text: unknown) => (isText(text) ? text : null);
      return contact && isText(contact.name) ? { name: contact.name, role: optional(contact.role), organisation: optional(contact.organisation) } : reader.bad('contacts', 'each contact is {"name", "role", "organisation"}.');
    },
  ) ?? [];
  input.links = reader.items(
    'links',
    (parts) => (parts.length === 1 ? { label: null, url: parts[0]! } : parts.length === 2 ? { label: parts[0] || null, url: parts[1]! } : reader.bad('links', `"${parts.join('|').slice(0, 80)}" is not "label|url".`)),
    (value) => {
      const link = objectOf(value);
      return link && isText(link.url) ? { label: isText(link.label) ? link.label : null, url: link.url } : reader.bad('links', 'each link is {"label", "url"}.');
    },
  ) ?? [];
  const translations = reader.items(
    'translations',
    (parts) => (parts.length === 2 && parts[0] && parts[1] ? { language: parts[0], id: parts[1] } : reader.bad('translations', `"${parts.join('|').slice(0, 80)}" is not "language|id".`)),
    (value) => {
      const ref = objectOf(value);
      return ref && isText(ref.language) && isText(ref.id) ? { language: ref.language, id: ref.id } : reader.bad('translations', 'each translation is {"language", "id"}.');
    },
  ) ?? [];
  return { input, translations };
}

function yearOf(reader: RowReader, value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d{1,4}$/.test(value.trim())) return Number(value);
  return reader.bad('yearStarted', `"${String(value).slice(0, 40)}" is not a year.`) ?? null;
}

function dateOf(reader: RowReader, text: string | undefined): Date | null {
  if (!text?.trim()) return null;
  const date = new Date(text.trim());
  if (Number.isNaN(date.getTime()) || date.getTime() > Date.now()) return reader.bad('publishedAt', `"${text.slice(0, 40)}" is not a past date (ISO 8601).`) ?? null;
  return date;
}

/** "input.cities[1].country" → the field "cities" and "item 2, country: "; plain fields keep their name. */
function locate(path: string): { field: string; detail: string } {
  const match = /^(?:input\.)?([A-Za-z]+)(?:\[(\d+)\](?:\.(\w+))?)?$/.exec(path);
  if (!match) return { field: path, detail: '' };
  const [, field = path, index, part] = match;
  return { field, detail: index === undefined ? '' : `item ${Number(index) + 1}${part ? `, ${part}` : ''}: ` };
}

/** Problems of the card validation, with the row's field names. */
function validationProblems(row: number, error: InvalidFieldsError): RowProblem[] {
  const problems = (error.extensions.problems ?? []) as { field: string; message: string }[];
  return problems.map((problem) => {
    const { field, detail } = locate(problem.field);
    return { row, field, reason: `${detail}${problem.message}` };
  });
}

/**
 * Checks one row with the same validation as the card form (`validateCaseInput`; with `publish`, also what
 * submitting needs) and answers the card, or every problem with its field.
 */
export function checkRow(row: number, values: Record<string, unknown>, options: { fromCsv: boolean; publish: boolean }): { card?: ImportCard; problems: RowProblem[] } {
  const problems = new Problems();
  if (!options.fromCsv) for (const key of Object.keys(values)) if (!KNOWN_KEYS.has(key)) problems.add(key, `unknown field; the fields are ${CSV_COLUMNS.join(', ')}.`);
  const reader = new RowReader(values, options.fromCsv, problems);
  const { input, translations } = readInput(reader);
  input.yearStarted = yearOf(reader, values.yearStarted);
  const id = (reader.text('id') ?? '').trim();
  const externalId = (reader.text('externalId') ?? '').trim();
  const key = externalId || id;
  if (!key) problems.add('externalId', 'each card needs an id or an externalId: re-imports find the card by it.');
  if (key.length > EXTERNAL_ID_MAX) problems.add(externalId ? 'externalId' : 'id', `${key.length} characters long; at most ${EXTERNAL_ID_MAX} are allowed.`);
  if (!input.title?.trim()) problems.add('title', 'required.');
  const publishedAt = dateOf(reader, reader.text('publishedAt'));

  const found: RowProblem[] = problems.list.map((problem) => ({ row, field: problem.field, reason: problem.message }));
  let snapshot: CaseSnapshot | null = null;
  try {
    snapshot = { ...EMPTY_SNAPSHOT, ...validateCaseInput(input) };
    if (options.publish) assertReadyToSubmit(snapshot);
  } catch (error) {
    if (!(error instanceof InvalidFieldsError)) throw error;
    found.push(...validationProblems(row, error));
  }
  if (found.length || !snapshot) return { problems: dedupe(found) };
  return { problems: [], card: { row, key, aliases: [...new Set([id, externalId].filter(Boolean))], snapshot, publishedAt, translations } };
}

function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => !seen.has(`${problem.field}|${problem.reason}`) && !!seen.add(`${problem.field}|${problem.reason}`));
}
