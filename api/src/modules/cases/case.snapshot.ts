import { countryByCode } from '@casebook/taxonomy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { City } from '../cities/city.entity.js';
import type { CaseCard, CaseSnapshot } from './case.entity.js';

/** The editable fields, in the form's order: what revisions compare and reviews may comment on. */
export const EDITABLE_FIELDS = [
  'title', 'summary', 'challenge', 'approach', 'innovation', 'openGovernment', 'lessons',
  'sdgs', 'themes', 'ogpValues', 'cities', 'contacts', 'links', 'language', 'yearStarted',
] as const satisfies readonly (keyof CaseSnapshot)[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const EMPTY_SNAPSHOT: CaseSnapshot = {
  title: '', summary: '', challenge: '', approach: '', innovation: '', openGovernment: '', lessons: '',
  sdgs: [], themes: [], ogpValues: [], cities: [], contacts: [], links: [], language: 'en', yearStarted: null,
};

/** The card's current (published or working) version; its cities must be loaded. */
export function snapshotOf(card: CaseCard): CaseSnapshot {
  return {
    title: card.title,
    summary: card.summary,
    challenge: card.challenge,
    approach: card.approach,
    innovation: card.innovation,
    openGovernment: card.openGovernment,
    lessons: card.lessons,
    sdgs: [...card.sdgs],
    themes: [...card.themes],
    ogpValues: [...card.ogpValues],
    cities: card.cities.getItems().map((city) => ({ name: city.name, country: city.country })),
    contacts: card.contacts.map((contact) => ({ name: contact.name, role: contact.role ?? null, organisation: contact.organisation ?? null, email: contact.email ?? null })),
    links: card.links.map((link) => ({ label: link.label, url: link.url })),
    language: card.language,
    yearStarted: card.yearStarted,
  };
}

/** JSON with sorted keys, so that equal values compare equal whatever order their keys were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The fields whose values differ, in the form's order. */
export function changedFields(before: CaseSnapshot | null, after: CaseSnapshot): EditableField[] {
  const base = before ?? EMPTY_SNAPSHOT;
  return EDITABLE_FIELDS.filter((field) => stableJson(base[field] ?? null) !== stableJson(after[field] ?? null));
}

/** Cities by (name, country), matching names case-insensitively; missing ones join the shared directory. */
export async function findOrCreateCities(tx: EntityManager, wanted: { name: string; country: string }[]): Promise<City[]> {
  if (wanted.length === 0) return [];
  const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
  const keyOf = (name: string, country: string) => `${name.toLowerCase()}|${country}`;
  const findAll = async () => {
    const found = await tx.find(City, { $or: wanted.map((city) => ({ name: { $ilike: escapeLike(city.name) }, country: city.country })) });
    return new Map(found.map((city) => [keyOf(city.name, city.country), city]));
  };
  let byKey = await findAll();
  const missing = wanted.filter((city) => !byKey.has(keyOf(city.name, city.country)));
  if (missing.length > 0) {
    for (const city of missing) {
      const country = countryByCode(city.country);
      // Another request may add the same city at the same moment: the unique (name, country) keeps one.
      await tx.execute(
        'insert into cities (id, name, country, region, subregion) values (?, ?, ?, ?, ?) on conflict (name, country) do nothing',
        [randomUUID(), city.name, city.country, country?.region ?? null, country?.subregion ?? null],
      );
    }
    byKey = await findAll();
  }
  return wanted.map((city) => byKey.get(keyOf(city.name, city.country))!);
}

/** The cities as the directory spells them (adding missing ones), so that versions compare by the same names. */
export async function canonicalCities(tx: EntityManager, wanted: { name: string; country: string }[]): Promise<{ name: string; country: string }[]> {
  return (await findOrCreateCities(tx, wanted)).map((city) => ({ name: city.name, country: city.country }));
}

/** Writes a version into the card's own columns (its cities must be loaded). */
export async function applySnapshot(tx: EntityManager, card: CaseCard, snapshot: CaseSnapshot): Promise<void> {
  card.title = snapshot.title;
  card.summary = snapshot.summary;
  card.challenge = snapshot.challenge;
  card.approach = snapshot.approach;
  card.innovation = snapshot.innovation;
  card.openGovernment = snapshot.openGovernment;
  card.lessons = snapshot.lessons;
  card.sdgs = [...snapshot.sdgs];
  card.themes = [...snapshot.themes];
  card.ogpValues = [...snapshot.ogpValues];
  card.contacts = snapshot.contacts.map((contact) => ({ ...contact }));
  card.links = snapshot.links.map((link) => ({ ...link }));
  card.language = snapshot.language;
  card.yearStarted = snapshot.yearStarted;
  const current = card.cities.getItems().map((city) => `${city.name}|${city.country}`).join('\n');
  if (current !== snapshot.cities.map((city) => `${city.name}|${city.country}`).join('\n')) {
    card.cities.set(await findOrCreateCities(tx, snapshot.cities));
  }
}
