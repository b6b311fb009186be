/** A card's translation, as exports name it: its language and its `id` (the id column of the same export). */
export interface TranslationRef {
  language: string;
  id: string;
}

/**
 * One exported card: a JSON Lines object as it is, and a CSV row once lists are joined (`toCsvRow`).
 * Contacts carry no email addresses: personal data never leaves through an export.
 */
export interface CaseRecord {
  id: string;
  externalId: string | null;
  slug: string;
  url: string;
  network: string;
  licence: string;
  language: string;
  title: string;
  summary: string;
  cities: { name: string; country: string }[];
  countries: string[];
  regions: string[];
  sdgs: number[];
  themes: string[];
  ogpValues: string[];
  challenge: string;
  approach: string;
  innovation: string;
  openGovernment: string;
  lessons: string;
  contacts: { name: string; role: string | null; organisation: string | null }[];
  links: { label: string; url: string }[];
  yearStarted: number | null;
  translations: TranslationRef[];
  publishedAt: string | null;
  updatedAt: string;
}

/** The CSV header, in this order; JSON Lines objects have the same keys. */
export const CSV_COLUMNS = [
  'id', 'externalId', 'slug', 'url', 'network', 'licence', 'language', 'title', 'summary',
  'cities', 'countries', 'regions', 'sdgs', 'themes', 'ogpValues',
  'challenge', 'approach', 'innovation', 'openGovernment', 'lessons',
  'contacts', 'links', 'yearStarted', 'translations', 'publishedAt', 'updatedAt',
] as const satisfies readonly (keyof CaseRecord)[];
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** A published card as the export's query reads it (see `export-source.ts`). */
export interface ExportRow {
  id: string;
  external_id: string | null;
  slug: string;
  network: string;
  licence: string;
  language: string;
  title: string;
  summary: string;
  challenge: string;
  approach: string;
  innovation: string;
  open_government: string;
  lessons: string;
  sdgs: number[];
  themes: string[];
  ogp_values: string[];
  year_started: number | null;
  contacts: { name: string; role?: string | null; organisation?: string | null }[];
  links: { label: string; url: string }[];
  cities: { name: string; country: string; region: string | null }[];
  translations: TranslationRef[];
  /** ISO 8601, UTC. */
  published_at: string | null;
  updated_at: string;
}

/** The exported form of a card: contacts without their email addresses. */
export function toCaseRecord(row: ExportRow, webUrl: string): CaseRecord {
  return {
    id: row.id,
    externalId: row.external_id,
    slug: row.slug,
    url: `${webUrl}/cases/${row.slug}`,
    network: row.network,
    licence: row.licence,
    language: row.language,
    title: row.title,
    summary: row.summary,
    cities: row.cities.map((city) => ({ name: city.name, country: city.country })),
    countries: unique(row.cities.map((city) => city.country)),
    regions: unique(row.cities.map((city) => city.region).filter((region): region is string => !!region)),
    sdgs: [...row.sdgs],
    themes: [...row.themes],
    ogpValues: [...row.ogp_values],
    challenge: row.challenge,
    approach: row.approach,
    innovation: row.innovation,
    openGovernment: row.open_government,
    lessons: row.lessons,
    contacts: row.contacts.map((contact) => ({ name: contact.name, role: contact.role ?? null, organisation: contact.organisation ?? null })),
    links: row.links.map((link) => ({ label: link.label, url: link.url })),
    yearStarted: row.year_started,
    translations: row.translations,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

/** Items are separated by "; ", an item's parts by "|"; a backslash escapes "\", ";" and "|" inside a value. */
export const ITEM_SEPARATOR = '; ';
export const PART_SEPARATOR = '|';

const escapePart = (part: string): string => part.replace(/[\\;|]/g, (char) => `\\${char}`);

/** Joins a list of items, each item one value or several parts: `Johannesburg|ZA; Tshwane (Pretoria)|ZA`. */
export function joinItems(items: readonly (readonly string[])[]): string {
  return items.map((parts) => parts.map(escapePart).join(PART_SEPARATOR)).join(ITEM_SEPARATOR);
}

/** The inverse of `joinItems`: items and their parts, unescaped and trimmed; empty items are dropped. */
export function splitItems(cell: string): string[][] {
  const items: string[][] = [];
  let parts: string[] = [];
  let part = '';
  const endItem = () => {
    parts.push(part.trim());
    if (parts.some((value) => value !== '')) items.push(parts);
    parts = [];
    part = '';
  };
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (char === '\\' && index + 1 < cell.length) part += cell[++index];
    else if (char === PART_SEPARATOR) {
      parts.push(part.trim());
      part = '';
    } else if (char === ';') endItem();
    else part += char;
  }
  endItem();
  return items;
}

/** The CSV row of a record: lists joined as documented in docs/open-data.md. */
export function toCsvRow(record: CaseRecord): Record<CsvColumn, string> {
  const one = (values: readonly (string | number)[]) => joinItems(values.map((value) => [String(value)]));
  return {
    id: record.id,
    externalId: record.externalId ?? '',
    slug: record.slug,
    url: record.url,
    network: record.network,
    licence: record.licence,
    language: record.language,
    title: record.title,
    summary: record.summary,
    cities: joinItems(record.cities.map((city) => [city.name, city.country])),
    countries: one(record.countries),
    regions: one(record.regions),
    sdgs: one(record.sdgs),
    themes: one(record.themes),
    ogpValues: one(record.ogpValues),
    challenge: record.challenge,
    approach: record.approach,
    innovation: record.innovation,
    openGovernment: record.openGovernment,
    lessons: record.lessons,
    contacts: joinItems(record.contacts.map((contact) => [contact.name, contact.role ?? '', contact.organisation ?? ''])),
    links: joinItems(record.links.map((link) => [link.label, link.url])),
    yearStarted: record.yearStarted === null ? '' : String(record.yearStarted),
    translations: joinItems(record.translations.map((translation) => [translation.language, translation.id])),
    publishedAt: record.publishedAt ?? '',
    updatedAt: record.updatedAt,
  };
}
