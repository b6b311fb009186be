import { countryByCode, isLanguageCode, isOgpValueSlug, isSdgNumber, isThemeSlug, LANGUAGES, LIMITS } from '@casebook/taxonomy';
import { z } from 'zod';
import { InvalidFieldsError } from '../../errors.js';
import type { CaseSnapshot } from './case.entity.js';
import type { CaseInput } from './curation.types.js';

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** At most this many cities, contacts or links on one card. */
export const LIST_MAX = 20;
const SHORT_TEXT_MAX = 200;
const URL_MAX = 2000;

type Problem = { field: string; message: string };
const emailSchema = z.email();
const SECTIONS = ['challenge', 'approach', 'innovation', 'openGovernment', 'lessons'] as const;

/** Collects every problem of an input, so that the form can mark each field at once. */
export class Problems {
  readonly list: Problem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(intro = ''): void {
    if (this.list.length > 0) throw new InvalidFieldsError(this.list, intro);
  }
}

function text(problems: Problems, field: string, value: string | null | undefined, max: number): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) problems.add(field, `${trimmed.length} characters long; at most ${max} are allowed.`);
  return trimmed;
}

function optionalText(problems: Problems, field: string, value: string | null | undefined): string | null {
  const trimmed = text(problems, field, value, SHORT_TEXT_MAX);
  return trimmed ? trimmed : null;
}

function list<T>(problems: Problems, field: string, values: T[] | null | undefined, max: number): T[] | undefined {
  if (values === undefined) return undefined;
  if ((values ?? []).length > max) problems.add(field, `${values!.length} values; at most ${max} are allowed.`);
  return values ?? [];
}

function known(problems: Problems, field: string, values: string[] | undefined, isKnown: (value: string) => boolean, hint: string): string[] | undefined {
  if (!values) return values;
  const unknown = values.filter((value) => !isKnown(value));
  if (unknown.length) problems.add(field, `unknown value${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. ${hint}`);
  return [...new Set(values)];
}

export function httpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && value.length <= URL_MAX;
  } catch {
    return false;
  }
}

/**
 * Checks every value of a card form (on each save), naming the field path of each bad one, and answers the
 * normalised values of the fields the input sets. Required fields are checked on submit, not here.
 */
export function validateCaseInput(input: CaseInput, prefix = 'input'): Partial<CaseSnapshot> {
  const problems = new Problems();
  const at = (field: string) => `${prefix}.${field}`;
  const values: Partial<CaseSnapshot> = {};

  const title = text(problems, at('title'), input.title, LIMITS.titleMax);
  if (title !== undefined) values.title = title.replace(/\s+/g, ' ');
  const summary = text(problems, at('summary'), input.summary, LIMITS.summaryMax);
  if (summary !== undefined) values.summary = summary;
  for (const section of SECTIONS) {
    const value = text(problems, at(section), input[section], LIMITS.sectionMax);
    if (value !== undefined) values[section] = value;
  }

  const sdgs = list(problems, at('sdgs'), input.sdgs, 17);
  if (sdgs) {
    const bad = sdgs.filter((sdg) => !isSdgNumber(sdg));
    if (bad.length) problems.add(at('sdgs'), `unknown SDG${bad.length > 1 ? 's' : ''} ${bad.join(', ')}. SDGs are numbered 1 to 17.`);
    values.sdgs = [...new Set(sdgs)].sort((a, b) => a - b);
  }
  const themes = known(problems, at('themes'), list(problems, at('themes'), input.themes, LIMITS.filterValuesMax), isThemeSlug, 'See the `themes` query for the list.');
  if (themes) values.themes = themes;
  const ogpValues = known(problems, at('ogpValues'), list(problems, at('ogpValues'), input.ogpValues, LIMITS.filterValuesMax), isOgpValueSlug, 'See the `ogpValues` query for the list.');
  if (ogpValues) values.ogpValues = ogpValues;

  if (input.language !== undefined) {
    const language = (input.language ?? 'en').trim().toLowerCase();
    if (!isLanguageCode(language)) problems.add(at('language'), `unknown language "${input.language}". Languages are ${LANGUAGES.map((entry) => entry.code).join(', ')}.`);
    values.language = language;
  }

  if (input.yearStarted !== undefined) {
    const year = input.yearStarted;
    if (year !== null && (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX)) {
      problems.add(at('yearStarted'), `must be a year between ${YEAR_MIN} and ${YEAR_MAX}; got ${year}.`);
    }
    values.yearStarted = year ?? null;
  }

  const cities = list(problems, at('cities'), input.cities, LIST_MAX);
  if (cities) {
    const seen = new Set<string>();
    values.cities = [];
    cities.forEach((city, index) => {
      const name = (city.name ?? '').trim().replace(/\s+/g, ' ');
      const country = (city.country ?? '').trim().toUpperCase();
      if (!name || name.length > SHORT_TEXT_MAX) problems.add(at(`cities[${index}].name`), `a city needs a name of 1 to ${SHORT_TEXT_MAX} characters.`);
      if (!countryByCode(country)) problems.add(at(`cities[${index}].country`), `unknown country "${city.country}": use an ISO 3166-1 alpha-2 code.`);
      const key = `${name.toLowerCase()}|${country}`;
      if (!seen.has(key)) values.cities!.push({ name, country });
      seen.add(key);
    });
  }

  const contacts = list(problems, at('contacts'), input.contacts, LIST_MAX);
  if (contacts) {
    values.contacts = contacts.map((contact, index) => {
      const field = (name: string) => at(`contacts[${index}].${name}`);
      const name = (contact.name ?? '').trim();
      if (!name || name.length > SHORT_TEXT_MAX) problems.add(field('name'), `a contact needs a name of 1 to ${SHORT_TEXT_MAX} characters.`);
      const email = optionalText(problems, field('email'), contact.email)?.toLowerCase() ?? null;
      if (email && !emailSchema.safeParse(email).success) problems.add(field('email'), `"${email.slice(0, 80)}" is not a valid email address.`);
      return { name, role: optionalText(problems, field('role'), contact.role), organisation: optionalText(problems, field('organisation'), contact.organisation), email };
    });
  }

  const links = list(problems, at('links'), input.links, LIST_MAX);
  if (links) {
    values.links = links.map((link, index) => {
      const url = (link.url ?? '').trim();
      if (!httpUrl(url)) problems.add(at(`links[${index}].url`), `"${url.slice(0, 80)}" is not an http(s) address.`);
      return { label: optionalText(problems, at(`links[${index}].label`), link.label) ?? url, url };
    });
  }

  problems.throwIfAny();
  return values;
}

/** What a card needs before it can be submitted; every missing field is named at once. */
export function assertReadyToSubmit(snapshot: CaseSnapshot, prefix = 'input'): void {
  const problems = new Problems();
  if (!snapshot.title.trim()) problems.add(`${prefix}.title`, 'add a title.');
  if (snapshot.cities.length === 0) problems.add(`${prefix}.cities`, 'add at least one city.');
  if (!snapshot.challenge.trim()) problems.add(`${prefix}.challenge`, 'describe the challenge.');
  if (!snapshot.approach.trim()) problems.add(`${prefix}.approach`, 'describe the approach.');
  if (snapshot.sdgs.length === 0) problems.add(`${prefix}.sdgs`, 'choose at least one SDG.');
  problems.throwIfAny('Before submitting, complete these fields. ');
}
