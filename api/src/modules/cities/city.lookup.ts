import type { EntityManager } from '@mikro-orm/postgresql';
import { City } from './city.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9-]+-([a-z]{2})$/;

/**
 * Cities by id or by slug (`buenos-aires-ar`), in one query: each value that names a known city maps to it;
 * unknown values are left out. A slug is looked up by its country code, then matched on the whole slug.
 */
export async function findCitiesBySlugOrId(em: EntityManager, values: readonly string[]): Promise<Map<string, City>> {
  const keys = values.map((value) => value.trim().toLowerCase());
  const ids = keys.filter((key) => UUID.test(key));
  const countries = [...new Set(keys.map((key) => SLUG.exec(key)?.[1]?.toUpperCase()).filter((code): code is string => !!code))];
  if (ids.length === 0 && countries.length === 0) return new Map();
  const or = [...(ids.length ? [{ id: { $in: ids } }] : []), ...(countries.length ? [{ country: { $in: countries } }] : [])];
  const cities = await em.find(City, { $or: or }, { orderBy: { name: 'asc', id: 'asc' } });
  const byKey = new Map<string, City>();
  for (const city of cities) {
    byKey.set(city.id, city);
    if (!byKey.has(city.slug)) byKey.set(city.slug, city);
  }
  const found = new Map<string, City>();
  values.forEach((value, index) => {
    const city = byKey.get(keys[index]!);
    if (city) found.set(value, city);
  });
  return found;
}

export async function findCityBySlugOrId(em: EntityManager, value: string): Promise<City | null> {
  return (await findCitiesBySlugOrId(em, [value])).get(value) ?? null;
}
