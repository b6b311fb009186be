import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { NAMESPACES } from './namespaces';
import { routing } from './routing';

/*
 * The message files themselves, read from disk: every locale has a file for every namespace, and the same
 * keys (at every depth) as every other locale, none of them empty. A key added in one language only, or a
 * forgotten file, fails here before anyone sees "common.nav.search" on a page.
 */

const messagesDir = new URL('../messages/', import.meta.url);

type Tree = { [key: string]: Tree | string };

function readNamespace(locale: string, namespace: string): Tree | null {
  const file = new URL(`${locale}/${namespace}.json`, messagesDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tree) : null;
}

/** Every leaf as `path → value`, e.g. `nav.search → "Search"`; non-string leaves are reported as such. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
    else found.set(path, value);
  }
  return found;
}

describe('messages', () => {
  it('has a file for every namespace in every locale, and no file outside the list', () => {
    for (const locale of routing.locales) {
      const files = readdirSync(new URL(`${locale}/`, messagesDir)).filter((name) => name.endsWith('.json'));
      expect({ locale, files: files.map((name) => name.replace(/\.json$/, '')).sort() }).toEqual({ locale, files: [...NAMESPACES].sort() });
    }
  });

  it.each(NAMESPACES.map((namespace) => [namespace]))('%s: the same keys in every locale, none empty', (namespace) => {
    const byLocale = new Map(routing.locales.map((locale) => [locale, readNamespace(locale, namespace)]));
    const missingFiles = [...byLocale].filter(([, tree]) => tree === null).map(([locale]) => `${locale}/${namespace}.json`);
    expect(missingFiles).toEqual([]);

    const keys = new Map([...byLocale].map(([locale, tree]) => [locale, leaves(tree!)]));
    const allKeys = new Set([...keys.values()].flatMap((map) => [...map.keys()]));
    const problems: string[] = [];
    for (const [locale, map] of keys) {
      for (const key of allKeys) {
        if (!map.has(key)) problems.push(`${locale}: ${namespace}.${key} is missing`);
        else if (typeof map.get(key) !== 'string' || !(map.get(key) as string).trim()) problems.push(`${locale}: ${namespace}.${key} is empty or not text`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is really translated: most Spanish and French messages differ from the English ones', () => {
    for (const namespace of NAMESPACES) {
      const english = leaves(readNamespace('en', namespace)!);
      for (const locale of ['es', 'fr']) {
        const other = leaves(readNamespace(locale, namespace)!);
        const same = [...english].filter(([key, value]) => other.get(key) === value).length;
        // Names (Casebook, PostgreSQL) and placeholders-only messages may stay the same; whole copies may not.
        expect({ namespace, locale, share: same / english.size < 0.2 }).toEqual({ namespace, locale, share: true });
      }
    }
  });
});
