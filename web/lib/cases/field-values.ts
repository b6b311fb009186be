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

export function formatFieldValue(field: string, value: unknown): FieldValue {
  switch (field) {
    case 'sdgs':
      return {
        kind: 'list',
        items: list(value).map((sdg) => {
          const number = typeof sdg === 'number' ? sdg : Number((sdg as { number?: unknown })?.number);
          return `${number}. ${sdgInfo(number).title}`;
        }),
      };
    case 'themes':
      return { kind: 'list', items: list(value).map((slug) => themeTitle(str(slug))) };
    case 'ogpValues':
      return { kind: 'list', items: list(value).map((slug) => ogpValueTitle(str(slug))) };
    case 'cities':
      return { kind: 'list', items: records(value).map((city) => `${str(city.name)}, ${countryName(str(city.country))}`) };
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
      return { kind: 'text', text: value ? languageName(str(value)) : '', markdown: false };
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

/** "3 days", "1 hour", "a few seconds": how long something has waited. */
export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [86_400 * 7, 'week'],
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  // Days up to two weeks read better than "1 week".
  for (const [size, name] of units) {
    if (name === 'week' && seconds < 86_400 * 14) continue;
    const count = Math.floor(seconds / size);
    if (count >= 1) return `${count} ${name}${count === 1 ? '' : 's'}`;
  }
  return 'less than a minute';
}
