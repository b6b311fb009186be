import { slugify } from '../cases/case.slug.js';

/** `Buenos Aires`, `AR` → `buenos-aires-ar`: the name as a slug, then the country code. */
export function citySlug(name: string, country: string): string {
  return `${slugify(name)}-${country.toLowerCase()}`;
}
