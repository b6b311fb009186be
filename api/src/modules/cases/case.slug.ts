import type { EntityManager } from '@mikro-orm/postgresql';

const SLUG_BASE_MAX = 100;

/** a-z, 0-9 and hyphens from a title; "untitled" when nothing is left. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_BASE_MAX)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** A slug from the title, unique among all cards (-2, -3… when taken); the card's own slug counts as free. Needs a transaction. */
export async function uniqueSlug(tx: EntityManager, title: string, cardId?: string): Promise<string> {
  const base = slugify(title);
  // Two cards given the same title at the same moment would pick the same slug: take turns per slug.
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`case-slug:${base}`]);
  const rows: { slug: string }[] = await tx.execute(`select slug from case_cards where (slug = ? or slug ~ ?) and id <> ?`, [
    base,
    `^${base}-[0-9]+$`,
    cardId ?? '00000000-0000-0000-0000-000000000000',
  ]);
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
