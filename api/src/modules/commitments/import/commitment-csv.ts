import { parse } from 'csv-parse/sync';
import { Problems } from '../../cases/case.validation.js';
import { CommitmentStatus, type PartnerKind } from '../commitment.enums.js';
import {
  cityValue, commitmentValues, isIsoDate, MILESTONES_MAX, milestoneValues, planValues, todayUtc, type CommitmentValues, type MilestoneValues,
} from '../commitment.validation.js';

/**
 * The columns of a commitments spreadsheet (CSV, UTF-8, comma-separated, a header row with these names in any
 * order; lists inside a cell are separated by semicolons). Row numbers are the spreadsheet's: the header is
 * row 1. The README documents the same list.
 */
export const COLUMNS = {
  external_id: { required: true, help: 'the commitment\'s id in the source, unique in the network: re-imports update the commitment with this id' },
  city: { required: true, help: 'city name' },
  country: { required: true, help: 'ISO 3166-1 alpha-2 code, e.g. FR' },
  plan_title: { required: true, help: 'the action plan (one plan per title per city)' },
  plan_start: { required: true, help: 'YYYY-MM-DD' },
  plan_end: { required: true, help: 'YYYY-MM-DD, not before plan_start' },
  plan_url: { required: false, help: 'the official document, http(s)' },
  commitment_title: { required: true, help: 'at most 200 characters' },
  problem: { required: false, help: 'Markdown' },
  description: { required: false, help: 'Markdown' },
  lead_institution: { required: false, help: 'text' },
  partners: { required: false, help: '"name|government" or "name|civil_society", separated by semicolons' },
  ogp_values: { required: false, help: 'OGP value slugs (access-to-information, civic-participation, public-accountability, technology-innovation)' },
  sdgs: { required: false, help: 'SDG numbers, 1 to 17' },
  themes: { required: false, help: 'theme slugs (see the `themes` query)' },
  status: { required: false, help: 'NOT_STARTED, LIMITED, SUBSTANTIAL or COMPLETE (empty: NOT_STARTED when new, unchanged on re-import)' },
  milestones: { required: false, help: '"title|due YYYY-MM-DD|status|done YYYY-MM-DD", separated by semicolons; status and done are optional' },
} as const;
export type Column = keyof typeof COLUMNS;

/** A rejected row (or, at row 1, a problem with the header): the column and the reason. */
export interface RowProblem {
  row: number;
  column: string;
  reason: string;
}

/** One valid row: everything the import writes. */
export interface ImportRow {
  row: number;
  city: { name: string; country: string };
  plan: { title: string; periodStart: string; periodEnd: string; documentUrl: string | null };
  commitment: CommitmentValues & { externalId: string; title: string };
  /** Whether the status cell was filled in (empty leaves a re-imported commitment's status alone). */
  statusGiven: boolean;
  milestones: MilestoneValues[];
}

const FIELD_COLUMNS: Record<string, Column> = {
  externalId: 'external_id', title: 'commitment_title', problem: 'problem', description: 'description', leadInstitution: 'lead_institution',
  partners: 'partners', ogpValues: 'ogp_values', sdgs: 'sdgs', themes: 'themes', status: 'status', milestones: 'milestones',
};
const PLAN_COLUMNS: Record<string, Column> = { title: 'plan_title', periodStart: 'plan_start', periodEnd: 'plan_end', documentUrl: 'plan_url', 'city.name': 'city', 'city.country': 'country' };

const list = (cell: string): string[] => cell.split(';').map((item) => item.trim()).filter(Boolean);
const enumName = (value: string): string => value.trim().toUpperCase().replace(/[\s-]+/g, '_');

function partnersOf(cell: string, problems: Problems): { name: string; kind: PartnerKind }[] {
  return list(cell).map((item) => {
    const [name = '', kind = '', ...rest] = item.split('|').map((part) => part.trim());
    // An unknown kind is named by the commitment's own check.
    if (rest.length || !kind) problems.add('partners', `"${item.slice(0, 80)}" is not "name|government" or "name|civil_society".`);
    return { name, kind: enumName(kind) as PartnerKind };
  });
}

function sdgsOf(cell: string, problems: Problems): number[] {
  return list(cell).map((item) => {
    const number = Number(item.replace(/^sdg\s*/i, ''));
    if (!Number.isInteger(number)) problems.add('sdgs', `"${item.slice(0, 40)}" is not an SDG number.`);
    return number;
  });
}

function statusOf(cell: string, field: string, problems: Problems): CommitmentStatus | undefined {
  if (!cell.trim()) return undefined;
  const status = enumName(cell) as CommitmentStatus;
  if (Object.values(CommitmentStatus).includes(status)) return status;
  problems.add(field, `unknown status "${cell.slice(0, 40)}": ${Object.values(CommitmentStatus).join(', ')}.`);
  return undefined;
}

/** "title|due|status|done" items; `due`/`done` may carry those words before the date. */
function milestonesOf(cell: string, plan: { periodStart?: string; periodEnd?: string }, problems: Problems): MilestoneValues[] {
  const items = list(cell);
  if (items.length > MILESTONES_MAX) problems.add('milestones', `${items.length} milestones; at most ${MILESTONES_MAX} are allowed.`);
  const seen = new Set<string>();
  const today = todayUtc();
  return items.map((item, index) => {
    const [title = '', due = '', status = '', done = '', ...rest] = item.split('|').map((part) => part.trim());
    const label = `milestone ${index + 1} ("${title.slice(0, 60)}")`;
    const at = (field: string) => `milestones:${label} ${field === 'dueDate' ? 'due date' : field === 'doneDate' ? 'done date' : field}`;
    if (rest.length) problems.add('milestones', `${label} has more than 4 parts: "title|due|status|done".`);
    if (seen.has(title.toLowerCase())) problems.add('milestones', `${label} appears twice: milestones are matched by title.`);
    seen.add(title.toLowerCase());
    const dueDate = due.replace(/^due\s+/i, '');
    const doneDate = done.replace(/^done\s+/i, '');
    const statusValue = statusOf(status, at('status'), problems);
    const period = plan.periodStart && plan.periodEnd ? { periodStart: plan.periodStart, periodEnd: plan.periodEnd } : { periodStart: '0000-01-01', periodEnd: '9999-12-31' };
    return milestoneValues(problems, at, { title, dueDate: dueDate || null, status: statusValue ?? null, doneDate: doneDate || null }, period, { today, doneByDefault: false });
  });
}

/** Checks one row with the API's own rules; the problems name CSV columns. */
function validateRow(row: number, cells: Record<Column, string>): { value?: ImportRow; problems: RowProblem[] } {
  const problems = new Problems();
  const planAt = (field: string) => PLAN_COLUMNS[field] ?? field;
  const plan = planValues(problems, planAt, { title: cells.plan_title, periodStart: cells.plan_start || null, periodEnd: cells.plan_end || null, documentUrl: cells.plan_url });
  const city = cityValue(problems, (field) => planAt(field), { name: cells.city, country: cells.country });
  if (!cells.external_id.trim()) problems.add('externalId', 'required: re-imports find the commitment by it.');
  const status = statusOf(cells.status, 'status', problems);
  const commitment = commitmentValues(
    problems,
    (field) => field,
    {
      externalId: cells.external_id, title: cells.commitment_title, problem: cells.problem, description: cells.description, leadInstitution: cells.lead_institution,
      partners: partnersOf(cells.partners, problems), ogpValues: list(cells.ogp_values), sdgs: sdgsOf(cells.sdgs, problems), themes: list(cells.themes), status,
    },
    true,
  );
  const validPeriod = plan.periodStart && plan.periodEnd && isIsoDate(plan.periodStart) && isIsoDate(plan.periodEnd);
  const milestones = milestonesOf(cells.milestones, validPeriod ? plan : {}, problems);
  const found = problems.list.map((problem) => {
    const [field, detail] = problem.field.startsWith('milestones:') ? ['milestones', `${problem.field.slice('milestones:'.length)}: `] : [problem.field.replace(/\[\d+\].*$/, ''), ''];
    return { row, column: FIELD_COLUMNS[field] ?? field, reason: `${detail}${problem.message}` };
  });
  if (found.length) return { problems: dedupe(found) };
  return {
    problems: [],
    value: {
      row,
      city,
      plan: { title: plan.title!, periodStart: plan.periodStart!, periodEnd: plan.periodEnd!, documentUrl: plan.documentUrl ?? null },
      commitment: { ...commitment, externalId: commitment.externalId!, title: commitment.title! },
      statusGiven: status !== undefined,
      milestones,
    },
  };
}

function dedupe(problems: RowProblem[]): RowProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.row}|${problem.column}|${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Valid rows that contradict an earlier valid row: the same plan given with other dates or document. */
function crossCheck(rows: ImportRow[]): { valid: ImportRow[]; problems: RowProblem[] } {
  const plans = new Map<string, ImportRow>();
  const valid: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const key = `${row.city.name.toLowerCase()}|${row.city.country}|${row.plan.title.toLowerCase()}`;
    const plan = plans.get(key);
    if (plan) {
      const differs = (['periodStart', 'periodEnd', 'documentUrl'] as const).find((field) => plan.plan[field] !== row.plan[field]);
      if (differs) {
        const column = { periodStart: 'plan_start', periodEnd: 'plan_end', documentUrl: 'plan_url' }[differs];
        problems.push({ row: row.row, column, reason: `plan "${row.plan.title.slice(0, 60)}" has ${column} ${plan.plan[differs] ?? '(empty)'} on row ${plan.row}.` });
        continue;
      }
    } else {
      plans.set(key, row);
    }
    valid.push(row);
  }
  return { valid, problems };
}

export interface ParsedFile {
  /** Data rows read (empty rows left out). */
  rowCount: number;
  valid: ImportRow[];
  problems: RowProblem[];
  /** A problem with the file as a whole (unreadable CSV, missing or unknown columns): nothing can be imported. */
  fatal: boolean;
}

/** Reads and checks a commitments CSV; no database needed. */
export function parseCommitmentCsv(text: string): ParsedFile {
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    return { rowCount: 0, valid: [], problems: [{ row: lines ?? 1, column: '(file)', reason: `not a readable CSV file: ${message}` }], fatal: true };
  }
  const [header, ...data] = records;
  const names = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const problems: RowProblem[] = [];
  for (const name of names) if (!(name in COLUMNS)) problems.push({ row: 1, column: name || '(empty)', reason: `unknown column; the columns are ${Object.keys(COLUMNS).join(', ')}.` });
  for (const [name, column] of Object.entries(COLUMNS)) if (column.required && !names.includes(name)) problems.push({ row: 1, column: name, reason: 'missing required column.' });
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) problems.push({ row: 1, column: name, reason: 'appears twice.' });
  });
  if (problems.length) return { rowCount: data.length, valid: [], problems, fatal: true };

  const rows: ImportRow[] = [];
  const externalIds = new Map<string, number>();
  let rowCount = 0;
  for (const { record, info } of data) {
    if (record.every((cell) => !cell.trim())) continue;
    rowCount++;
    if (record.length !== names.length) {
      problems.push({ row: info.records, column: '(row)', reason: `${record.length} cells where the header has ${names.length}.` });
      continue;
    }
    const cells = Object.fromEntries(Object.keys(COLUMNS).map((column) => [column, record[names.indexOf(column)] ?? ''])) as Record<Column, string>;
    // A repeated external id is refused even when its first row is bad: the file names one commitment twice.
    const externalId = cells.external_id.trim();
    const first = externalIds.get(externalId);
    if (externalId && first !== undefined) {
      problems.push({ row: info.records, column: 'external_id', reason: `"${externalId.slice(0, 60)}" is already on row ${first}.` });
      continue;
    }
    if (externalId) externalIds.set(externalId, info.records);
    const checked = validateRow(info.records, cells);
    if (checked.value) rows.push(checked.value);
    problems.push(...checked.problems);
  }
  const crossed = crossCheck(rows);
  problems.push(...crossed.problems);
  problems.sort((a, b) => a.row - b.row);
  return { rowCount, valid: crossed.valid, problems, fatal: false };
}
