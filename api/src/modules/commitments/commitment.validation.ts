import { countryByCode, isOgpValueSlug, isSdgNumber, isThemeSlug, LIMITS } from '@casebook/taxonomy';
import type { CaseLink } from '../cases/case.entity.js';
import { httpUrl, LIST_MAX, type Problems } from '../cases/case.validation.js';
import { CommitmentStatus, PartnerKind } from './commitment.enums.js';
import type { Partner } from './commitment.entity.js';

/** Names a field in errors: `input.title` for the API, a CSV column for imports. */
export type Namer = (field: string) => string;
export const inputField = (prefix = 'input'): Namer => (field) => `${prefix}.${field}`;

const NAME_MAX = 200;
const URL_MAX = 2000;
const MILESTONES_MAX = 50;
const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Plans outside these years are typing mistakes. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** Today's date in UTC, YYYY-MM-DD: the date of an update, and the latest a milestone can be done. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export interface PlanPeriod {
  periodStart: string;
  periodEnd: string;
}

/** A trimmed text within its limit; `required` also refuses an empty one. Undefined when not given. */
export function text(problems: Problems, field: string, value: string | null | undefined, max: number, required = false): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = (value ?? '').trim();
  if (required && !trimmed) problems.add(field, 'required.');
  if (trimmed.length > max) problems.add(field, `${trimmed.length} characters long; at most ${max} are allowed.`);
  return trimmed;
}

function optionalUrl(problems: Problems, field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const url = (value ?? '').trim();
  if (!url) return null;
  if (!httpUrl(url) || url.length > URL_MAX) problems.add(field, `"${url.slice(0, 80)}" is not an http(s) address.`);
  return url;
}

function date(problems: Problems, field: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isIsoDate(value)) {
    problems.add(field, `"${String(value).slice(0, 40)}" is not a date: use YYYY-MM-DD.`);
    return undefined;
  }
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) problems.add(field, `${value} is not between ${FIRST_YEAR} and ${LAST_YEAR}.`);
  return value;
}

function tooMany(problems: Problems, field: string, values: unknown[] | null | undefined, max: number): void {
  if (values && values.length > max) problems.add(field, `${values.length} values; at most ${max} are allowed.`);
}

function known(problems: Problems, field: string, values: string[], isKnown: (value: string) => boolean, hint: string): string[] {
  const unknown = values.filter((value) => !isKnown(value));
  if (unknown.length) problems.add(field, `unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. ${hint}`);
  return [...new Set(values)];
}

/** A plan's title, period and document. The end may not come before the start. */
export function planValues(
  problems: Problems,
  at: Namer,
  input: { title?: string | null; periodStart?: string | null; periodEnd?: string | null; documentUrl?: string | null },
  current?: PlanPeriod,
): { title?: string; periodStart?: string; periodEnd?: string; documentUrl?: string | null } {
  const title = text(problems, at('title'), input.title, LIMITS.titleMax, input.title !== undefined || !current)?.replace(/\s+/g, ' ');
  const periodStart = date(problems, at('periodStart'), input.periodStart);
  const periodEnd = date(problems, at('periodEnd'), input.periodEnd);
  if (!current && !input.periodStart) problems.add(at('periodStart'), 'required.');
  if (!current && !input.periodEnd) problems.add(at('periodEnd'), 'required.');
  const start = periodStart ?? current?.periodStart;
  const end = periodEnd ?? current?.periodEnd;
  if (start && end && end < start) problems.add(at('periodEnd'), `the plan ends (${end}) before it starts (${start}).`);
  return { title, periodStart, periodEnd, documentUrl: optionalUrl(problems, at('documentUrl'), input.documentUrl) };
}

/** A city of the shared directory, by name and ISO country code. */
export function cityValue(problems: Problems, at: Namer, city: { name?: string | null; country?: string | null } | null | undefined): { name: string; country: string } {
  const name = (city?.name ?? '').trim().replace(/\s+/g, ' ');
  const country = (city?.country ?? '').trim().toUpperCase();
  if (!name || name.length > NAME_MAX) problems.add(at('city.name'), `a city needs a name of 1 to ${NAME_MAX} characters.`);
  if (!countryByCode(country)) problems.add(at('city.country'), `unknown country "${(city?.country ?? '').slice(0, 40)}": use an ISO 3166-1 alpha-2 code.`);
  return { name, country };
}

export interface CommitmentValues {
  externalId?: string | null;
  title?: string;
  problem?: string;
  description?: string;
  leadInstitution?: string | null;
  partners?: Partner[];
  ogpValues?: string[];
  sdgs?: number[];
  themes?: string[];
  status?: CommitmentStatus;
  caseIds?: string[];
}

/** The commitment's own fields (not its plan or milestones); `create` makes the title required. */
export function commitmentValues(
  problems: Problems,
  at: Namer,
  input: {
    externalId?: string | null; title?: string | null; problem?: string | null; description?: string | null; leadInstitution?: string | null;
    partners?: { name: string; kind: PartnerKind }[] | null; ogpValues?: string[] | null; sdgs?: number[] | null; themes?: string[] | null;
    status?: CommitmentStatus | null; caseIds?: string[] | null;
  },
  create: boolean,
): CommitmentValues {
  const values: CommitmentValues = {};
  if (input.externalId !== undefined) {
    const externalId = (input.externalId ?? '').trim();
    if (externalId && !EXTERNAL_ID.test(externalId)) problems.add(at('externalId'), 'use 1 to 100 letters, digits and . _ : / - (starting with a letter or digit).');
    values.externalId = externalId || null;
  }
  const title = text(problems, at('title'), create ? (input.title ?? '') : input.title, LIMITS.titleMax, create || input.title !== undefined);
  if (title !== undefined) values.title = title.replace(/\s+/g, ' ');
  const problem = text(problems, at('problem'), input.problem, LIMITS.sectionMax);
  if (problem !== undefined) values.problem = problem;
  const description = text(problems, at('description'), input.description, LIMITS.sectionMax);
  if (description !== undefined) values.description = description;
  const lead = text(problems, at('leadInstitution'), input.leadInstitution, NAME_MAX);
  if (lead !== undefined) values.leadInstitution = lead || null;

  if (input.partners !== undefined) {
    tooMany(problems, at('partners'), input.partners, LIST_MAX);
    values.partners = (input.partners ?? []).map((partner, index) => {
      const name = (partner.name ?? '').trim().replace(/\s+/g, ' ');
      if (!name || name.length > NAME_MAX) problems.add(at(`partners[${index}].name`), `a partner needs a name of 1 to ${NAME_MAX} characters.`);
      if (!Object.values(PartnerKind).includes(partner.kind)) problems.add(at(`partners[${index}].kind`), `unknown kind "${String(partner.kind).slice(0, 40)}": GOVERNMENT or CIVIL_SOCIETY.`);
      return { name, kind: partner.kind };
    });
  }
  if (input.ogpValues !== undefined) {
    tooMany(problems, at('ogpValues'), input.ogpValues, LIMITS.filterValuesMax);
    values.ogpValues = known(problems, at('ogpValues'), input.ogpValues ?? [], isOgpValueSlug, 'See the `ogpValues` query for the list.');
  }
  if (input.sdgs !== undefined) {
    const sdgs = input.sdgs ?? [];
    const bad = sdgs.filter((sdg) => !isSdgNumber(sdg));
    if (bad.length) problems.add(at('sdgs'), `unknown SDG${bad.length > 1 ? 's' : ''} ${bad.join(', ')}. SDGs are numbered 1 to 17.`);
    values.sdgs = [...new Set(sdgs)].sort((a, b) => a - b);
  }
  if (input.themes !== undefined) {
    tooMany(problems, at('themes'), input.themes, LIMITS.filterValuesMax);
    values.themes = known(problems, at('themes'), input.themes ?? [], isThemeSlug, 'See the `themes` query for the list.');
  }
  if (input.status !== undefined && input.status !== null) {
    if (!Object.values(CommitmentStatus).includes(input.status)) problems.add(at('status'), `unknown status "${String(input.status).slice(0, 40)}": ${Object.values(CommitmentStatus).join(', ')}.`);
    values.status = input.status;
  }
  if (input.caseIds !== undefined) {
    tooMany(problems, at('caseIds'), input.caseIds, LIST_MAX);
    values.caseIds = [...new Set(input.caseIds ?? [])];
  }
  return values;
}

export interface MilestoneValues {
  title: string;
  dueDate: string;
  status: CommitmentStatus;
  doneDate: string | null;
}

/**
 * A milestone, whole (merged over `current` when it is an edit): due within the plan's period; a done date
 * only when COMPLETE, never before the plan's start nor after today. A COMPLETE milestone without a done date
 * is done `today` when `doneByDefault`, an error otherwise (imports give history, not today's news).
 */
export function milestoneValues(
  problems: Problems,
  at: Namer,
  input: { title?: string | null; dueDate?: string | null; status?: CommitmentStatus | null; doneDate?: string | null },
  plan: PlanPeriod,
  options: { today: string; doneByDefault: boolean; current?: MilestoneValues },
): MilestoneValues {
  const { current, today } = options;
  const title = text(problems, at('title'), input.title ?? current?.title ?? '', NAME_MAX, true)!.replace(/\s+/g, ' ');
  const dueDate = date(problems, at('dueDate'), input.dueDate) ?? (input.dueDate == null ? current?.dueDate : undefined);
  if (!dueDate && input.dueDate == null) problems.add(at('dueDate'), 'required.');
  if (dueDate && (dueDate < plan.periodStart || dueDate > plan.periodEnd)) {
    problems.add(at('dueDate'), `due ${dueDate}, outside the plan's period (${plan.periodStart} to ${plan.periodEnd}).`);
  }
  const status = input.status ?? current?.status ?? CommitmentStatus.NOT_STARTED;
  if (!Object.values(CommitmentStatus).includes(status)) problems.add(at('status'), `unknown status "${String(status).slice(0, 40)}": ${Object.values(CommitmentStatus).join(', ')}.`);
  const doneGiven = input.doneDate != null;
  let doneDate = doneGiven ? date(problems, at('doneDate'), input.doneDate) ?? null : null;
  if (status === CommitmentStatus.COMPLETE) {
    if (!doneGiven) {
      if (current?.status === CommitmentStatus.COMPLETE && current.doneDate) doneDate = current.doneDate;
      else if (options.doneByDefault) doneDate = today;
      else problems.add(at('doneDate'), 'a COMPLETE milestone needs the date it was done.');
    }
    if (doneDate && doneDate < plan.periodStart) problems.add(at('doneDate'), `done ${doneDate}, before the plan's start (${plan.periodStart}).`);
    if (doneDate && doneDate > today) problems.add(at('doneDate'), `done ${doneDate}, which is in the future.`);
  } else {
    if (doneGiven) problems.add(at('doneDate'), 'only a COMPLETE milestone has a done date.');
    doneDate = null;
  }
  return { title, dueDate: dueDate ?? '', status, doneDate: doneDate ?? null };
}

/** An update's text and evidence links. */
export function updateValues(problems: Problems, at: Namer, input: { body: string; links?: { label?: string | null; url: string }[] | null; completedMilestoneIds?: string[] | null }): { body: string; links: CaseLink[] } {
  const body = text(problems, at('body'), input.body, LIMITS.sectionMax, true)!;
  tooMany(problems, at('links'), input.links, LIST_MAX);
  tooMany(problems, at('completedMilestoneIds'), input.completedMilestoneIds, MILESTONES_MAX);
  const links = (input.links ?? []).map((link, index) => {
    const url = (link.url ?? '').trim();
    if (!httpUrl(url)) problems.add(at(`links[${index}].url`), `"${url.slice(0, 80)}" is not an http(s) address.`);
    const label = (link.label ?? '').trim();
    if (label.length > NAME_MAX) problems.add(at(`links[${index}].label`), `at most ${NAME_MAX} characters.`);
    return { label: label || url, url };
  });
  return { body, links };
}

/** An assessment: assessed within the plan's life (not before its start, not in the future). */
export function assessmentValues(
  problems: Problems,
  at: Namer,
  input: { assessor: string; assessedOn: string; reportUrl?: string | null; notes?: string | null },
  plan: PlanPeriod,
  today: string,
): { assessor: string; assessedOn: string; reportUrl: string | null; notes: string } {
  const assessor = text(problems, at('assessor'), input.assessor, NAME_MAX, true)!.replace(/\s+/g, ' ');
  const assessedOn = date(problems, at('assessedOn'), input.assessedOn) ?? '';
  if (assessedOn && assessedOn < plan.periodStart) problems.add(at('assessedOn'), `assessed ${assessedOn}, before the plan's start (${plan.periodStart}).`);
  if (assessedOn && assessedOn > today) problems.add(at('assessedOn'), `assessed ${assessedOn}, which is in the future.`);
  return {
    assessor,
    assessedOn,
    reportUrl: optionalUrl(problems, at('reportUrl'), input.reportUrl) ?? null,
    notes: text(problems, at('notes'), input.notes ?? '', LIMITS.sectionMax) ?? '',
  };
}

export { MILESTONES_MAX };
