/**
 * A card field's value as people read it, from the JSON the API gives in revisions and pending edits:
 * text for the text fields, a list of lines for the lists (SDGs by number and title, cities with their
 * country, contacts, links). Pure, apart from the taxonomy's names.
 */
import { countryName, languageName, ogpValueTitle, sdgInfo, themeTitle } from '../taxonomy';

export type FieldValue = { kind: 'text'; text: string; markdown: boolean } | { kind: 'list'; items: string[] };

const MARKDOWN_FIELDS = new Set(['challenge', 'approach', 'innovation', 'openGovernment', 'lessons']);

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object') : [];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A field's value for people, with taxonomy names in `locale`. */
export function formatFieldValue(field: string, value: unknown, locale = 'en'): FieldValue {
  switch (field) {
    case 'sdgs':
      return {
        kind: 'list',
        items: list(value).map((sdg) => {
          const number = typeof sdg === 'number' ? sdg : Number((sdg as { number?: unknown })?.number);
          return `${number}. ${sdgInfo(number, locale).title}`;
        }),
      };
    case 'themes':
      return { kind: 'list', items: list(value).map((slug) => themeTitle(str(slug), locale)) };
    case 'ogpValues':
      return { kind: 'list', items: list(value).map((slug) => ogpValueTitle(str(slug), locale)) };
    case 'cities':
      return { kind: 'list', items: records(value).map((city) => `${str(city.name)}, ${countryName(str(city.country), locale)}`) };
    case 'contacts':
      return {
        kind: 'list',
        items: records(value).map((contact) => {
          const who = [contact.name, contact.role, contact.organisation].map(str).filter(Boolean).join(', ');
          return contact.email ? `${who} — ${str(contact.email)}` : who;
        }),
      };
    case 'links':
      return { kind: 'list', items: records(value).map((link) => (str(link.label) && link.label !== link.url ? `${str(link.label)} — ${str(link.url)}` : str(link.url))) };
    case 'language':
      return { kind: 'text', text: value ? languageName(str(value), locale) : '', markdown: false };
    default:
      return { kind: 'text', text: str(value), markdown: MARKDOWN_FIELDS.has(field) };
  }
}

export type ListDiff = { before: { text: string; removed: boolean }[]; after: { text: string; added: boolean }[] };

/** Which lines of a list went and which came. */
export function diffLists(before: string[], after: string[]): ListDiff {
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  return {
    before: before.map((text) => ({ text, removed: !afterSet.has(text) })),
    after: after.map((text) => ({ text, added: !beforeSet.has(text) })),
  };
}

export type DurationUnit = 'week' | 'day' | 'hour' | 'minute';

/**
 * How long something has waited, in the largest sensible unit: `{ unit: 'day', count: 3 }`; `null` for less
 * than a minute. The page words it (`curation.queue.waiting.<unit>`).
 */
export function waitingTime(seconds: number): { unit: DurationUnit; count: number } | null {
  const units: [number, DurationUnit][] = [
    [86_400 * 7, 'week'],
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  // Days up to two weeks read better than "1 week".
  for (const [size, unit] of units) {
    if (unit === 'week' && seconds < 86_400 * 14) continue;
    const count = Math.floor(seconds / size);
    if (count >= 1) return { unit, count };
  }
  return null;
}
