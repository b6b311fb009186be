/**
 * An internal path with the interface's locale in front (`/search?city=x` → `/es/search?city=x`), for plain
 * `<a>` elements: the map's links live inside SVG, where next-intl's Link (an HTML element) does not fit.
 */
export function localizedHref(locale: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}
