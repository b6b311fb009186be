/**
 * The case card form as plain data: what its inputs are called, how a submission reads back into values
 * (and into the API's CaseInput), and how the API's problems map onto the inputs. Pure, so that the Server
 * Action, the client form (and its unsaved-work copy in localStorage) and the unit tests share it.
 *
 * Inputs are named after the API's field paths without their `input.` prefix (`title`, `cities[0].name`),
 * so an API problem about `input.cities[0].name` goes next to the input called `cities[0].name`.
 */
import { EDITABLE_FIELDS, SECTIONS, type SectionKey } from './card-fields';

export interface CityRow {
  name: string;
  country: string;
}

export interface ContactRow {
  name: string;
  role: string;
  organisation: string;
  email: string;
}

export interface LinkRow {
  label: string;
  url: string;
}

export interface CardFormValues extends Record<SectionKey, string> {
  network: string;
  title: string;
  summary: string;
  cities: CityRow[];
  sdgs: number[];
  themes: string[];
  ogpValues: string[];
  contacts: ContactRow[];
  links: LinkRow[];
  language: string;
  /** As typed: checked here before it goes to the API as a number. */
  yearStarted: string;
}

/** What the form's Server Action answers (through useActionState). Plain data. */
export interface CardFormState {
  /** What was submitted, shown again. */
  values?: CardFormValues;
  /** Messages by input name (`title`, `cities[0].country`, `sdgs`…). */
  fieldErrors?: Record<string, string>;
  /** A message about the whole form. */
  error?: string;
  /** "Preview" was pressed: show each section rendered under its textarea. */
  preview?: boolean;
  /** A card this form created before its submission failed: later saves update it. */
  caseId?: string;
  /** New on every answer, so that the form shows the answer's values afresh. */
  nonce?: string;
}

export const REPEATABLE_GROUPS = ['cities', 'contacts', 'links'] as const;
export type RepeatableGroup = (typeof REPEATABLE_GROUPS)[number];

export const ROW_FIELDS = {
  cities: ['name', 'country'],
  contacts: ['name', 'role', 'organisation', 'email'],
  links: ['label', 'url'],
} as const satisfies Record<RepeatableGroup, readonly string[]>;

/** Rows past this index are ignored (the API allows 20 per list and says so). */
const ROW_INDEX_MAX = 100;

export const EMPTY_CARD_VALUES: CardFormValues = {
  network: '',
  title: '',
  summary: '',
  challenge: '',
  approach: '',
  innovation: '',
  openGovernment: '',
  lessons: '',
  cities: [],
  sdgs: [],
  themes: [],
  ogpValues: [],
  contacts: [],
  links: [],
  language: 'en',
  yearStarted: '',
};

/** The hidden input that keeps the card's own order of a list of checkboxes. */
export function orderInputName(name: 'themes' | 'ogpValues'): string {
  return `order.${name}`;
}

/** The input name of one cell of a repeatable row: `cities[0].name`. */
export function rowInputName(group: RepeatableGroup, index: number, field: string): string {
  return `${group}[${index}].${field}`;
}

const ROW_NAME = /^(cities|contacts|links)\[(\d{1,3})\]\.([a-zA-Z]+)$/;

type Entries = Iterable<[string, FormDataEntryValue]>;

/** A submitted text, trimmed, with the CRLF line breaks that browsers send for textareas made LF again. */
function text(value: FormDataEntryValue | undefined): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '';
}

/**
 * The values of a submitted card form. Rows left empty are dropped and the rest close up, so that the
 * index the API names in a problem is the row shown again.
 */
export function parseCardForm(entries: Entries): CardFormValues {
  const single = new Map<string, FormDataEntryValue>();
  const multi = new Map<string, string[]>();
  const rows: Record<RepeatableGroup, Map<number, Record<string, string>>> = { cities: new Map(), contacts: new Map(), links: new Map() };

  for (const [name, value] of entries) {
    const row = ROW_NAME.exec(name);
    if (row) {
      const group = row[1] as RepeatableGroup;
      const index = Number(row[2]);
      const field = row[3]!;
      if (index > ROW_INDEX_MAX || !(ROW_FIELDS[group] as readonly string[]).includes(field)) continue;
      const cells = rows[group].get(index) ?? {};
      cells[field] = text(value);
      rows[group].set(index, cells);
      continue;
    }
    if (!single.has(name)) single.set(name, value);
    if (typeof value === 'string') multi.set(name, [...(multi.get(name) ?? []), value]);
  }

  const rowsOf = <T>(group: RepeatableGroup): T[] =>
    [...rows[group].entries()]
      .sort(([a], [b]) => a - b)
      .map(([, cells]) => Object.fromEntries(ROW_FIELDS[group].map((field) => [field, cells[field] ?? ''])))
      .filter((cells) => Object.values(cells).some((cell) => cell !== '')) as T[];

  // Checkboxes arrive in the page's order; the card keeps its own (`order.themes`), so that an untouched
  // choice does not count as a change.
  const ordered = (name: 'themes' | 'ogpValues') => {
    const selected = [...new Set(multi.get(name) ?? [])];
    const order = text(single.get(`order.${name}`)).split(/\s+/).filter((value) => selected.includes(value));
    return [...new Set([...order, ...selected])];
  };

  const sections = Object.fromEntries(SECTIONS.map((key) => [key, text(single.get(key))])) as Record<SectionKey, string>;
  const sdgs = [...new Set((multi.get('sdgs') ?? []).map(Number).filter((number) => Number.isInteger(number) && number >= 1 && number <= 17))].sort((a, b) => a - b);

  return {
    network: text(single.get('network')),
    title: text(single.get('title')),
    summary: text(single.get('summary')),
    ...sections,
    cities: rowsOf<CityRow>('cities'),
    sdgs,
    themes: ordered('themes'),
    ogpValues: ordered('ogpValues'),
    contacts: rowsOf<ContactRow>('contacts'),
    links: rowsOf<LinkRow>('links'),
    language: text(single.get('language')) || 'en',
    yearStarted: text(single.get('yearStarted')),
  };
}

/** The words of the problems found before asking the API (the messages `curation.form.problems.*`). */
export interface LocalProblemWords {
  yearNotNumber: string;
  cityName: string;
  cityCountry: string;
}

export const ENGLISH_PROBLEM_WORDS: LocalProblemWords = {
  yearNotNumber: 'Enter the year as a number, such as 2019.',
  cityName: 'Enter the name of the city.',
  cityCountry: 'Choose the country of the city.',
};

/**
 * Problems found before asking the API: what cannot even be sent (a year that is not a number), and half
 * filled city rows, which the API would describe in terms of country codes. The API checks everything else.
 */
export function localProblems(values: CardFormValues, words: LocalProblemWords = ENGLISH_PROBLEM_WORDS): Record<string, string> {
  const problems: Record<string, string> = {};
  if (values.yearStarted && !/^\d{1,4}$/.test(values.yearStarted)) problems.yearStarted = words.yearNotNumber;
  values.cities.forEach((city, index) => {
    if (!city.name) problems[rowInputName('cities', index, 'name')] = words.cityName;
    if (!city.country) problems[rowInputName('cities', index, 'country')] = words.cityCountry;
  });
  return problems;
}

/**
 * Whether the values look complete enough to submit (title, a city, challenge, approach, an SDG). Only to
 * decide what to do first: the API checks for itself and its messages are the ones shown.
 */
export function looksReadyToSubmit(values: CardFormValues): boolean {
  return !!values.title && values.cities.length > 0 && !!values.challenge && !!values.approach && values.sdgs.length > 0;
}

/** The API's CaseInput for the form's values; `network` only when creating (a card never moves). */
export function toCaseInput(values: CardFormValues, { withNetwork }: { withNetwork: boolean }) {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    ...(withNetwork ? { network: values.network } : {}),
    title: values.title,
    summary: values.summary,
    challenge: values.challenge,
    approach: values.approach,
    innovation: values.innovation,
    openGovernment: values.openGovernment,
    lessons: values.lessons,
    cities: values.cities.map((city) => ({ name: city.name, country: city.country })),
    sdgs: values.sdgs,
    themes: values.themes,
    ogpValues: values.ogpValues,
    contacts: values.contacts.map((contact) => ({ name: contact.name, role: orNull(contact.role), organisation: orNull(contact.organisation), email: orNull(contact.email) })),
    links: values.links.map((link) => ({ url: link.url, label: orNull(link.label) })),
    language: values.language,
    yearStarted: values.yearStarted === '' ? null : Number(values.yearStarted),
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object') : [];
}

/**
 * Form values from a card version: a card as the API answers it (SDGs as objects) or a pending edit's
 * snapshot (SDGs as numbers). Anything missing falls back to the empty form.
 */
export function valuesFromVersion(version: Record<string, unknown>, network: string): CardFormValues {
  const sdgs = Array.isArray(version.sdgs)
    ? version.sdgs.map((sdg: unknown) => (typeof sdg === 'number' ? sdg : Number((sdg as { number?: unknown })?.number))).filter(Number.isInteger)
    : [];
  return {
    network,
    title: str(version.title),
    summary: str(version.summary),
    ...(Object.fromEntries(SECTIONS.map((key) => [key, str(version[key])])) as Record<SectionKey, string>),
    cities: records(version.cities).map((city) => ({ name: str(city.name), country: str(city.country) })),
    sdgs: [...new Set(sdgs)].sort((a, b) => a - b),
    themes: strings(version.themes),
    ogpValues: strings(version.ogpValues),
    contacts: records(version.contacts).map((contact) => ({
      name: str(contact.name),
      role: str(contact.role),
      organisation: str(contact.organisation),
      email: str(contact.email),
    })),
    links: records(version.links).map((link) => ({ label: str(link.label), url: str(link.url) })),
    language: str(version.language) || 'en',
    yearStarted: str(version.yearStarted),
  };
}

/** "add a title." → "Add a title." */
function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The API's problems as messages by input name: `input.cities[0].name` → `cities[0].name`. Problems about
 * something the form has no input for (the card's `id`: "waiting for review") are returned apart.
 */
export function fieldErrorsFrom(problems: { field: string; message: string }[], inputNames: (name: string) => boolean): { fieldErrors: Record<string, string>; other: string[] } {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const name = problem.field.replace(/^input\./, '');
    if (!inputNames(name)) {
      other.push(sentence(problem.message));
      continue;
    }
    fieldErrors[name] = fieldErrors[name] ? `${fieldErrors[name]} ${sentence(problem.message)}` : sentence(problem.message);
  }
  return { fieldErrors, other };
}

/** Whether the card form has an input (or a group of inputs) with this name. */
export function isCardInputName(name: string): boolean {
  if (name === 'network' || (EDITABLE_FIELDS as readonly string[]).includes(name)) return true;
  const row = ROW_NAME.exec(name);
  return !!row && (ROW_FIELDS[row[1] as RepeatableGroup] as readonly string[]).includes(row[3]!);
}

/** The id of the element a message about `name` belongs next to (for links from the error summary). */
export function inputId(formId: string, name: string): string {
  return `${formId}-${name.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}
