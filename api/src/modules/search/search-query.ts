/**
 * Web-search syntax, parsed into plain words so that no user text ever reaches a tsquery parser:
 * `"quoted phrase"`, `-excluded`, `a OR b`; everything else is a word that must match.
 * Words are lower-cased, unaccented and reduced to letters and digits.
 */
export type Alternative = { kind: 'word'; word: string; prefix: boolean } | { kind: 'phrase'; words: string[] };

export interface ParsedQuery {
  /** Every clause must match; a clause matches when any of its alternatives does. */
  clauses: Alternative[][];
  /** None of these may match. */
  excluded: Alternative[];
}

/** Lower-case, strip diacritics, keep letters and digits: what the index's casebook_simple config does. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && word.length <= 60);
}

function toAlternative(raw: string, quoted: boolean, prefix: boolean): Alternative | null {
  const words = normaliseWords(raw);
  if (words.length === 0) return null;
  if (quoted || words.length > 1) return words.length === 1 ? { kind: 'word', word: words[0]!, prefix: false } : { kind: 'phrase', words };
  return { kind: 'word', word: words[0]!, prefix };
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

/**
 * @param text the user's query
 * @param prefixLastWord treat the last word as a prefix (search-as-you-type), unless it ends in a space
 */
export function parseQuery(text: string, prefixLastWord = true): ParsedQuery {
  const clauses: Alternative[][] = [];
  const excluded: Alternative[] = [];
  const tokens = [...text.matchAll(TOKEN)];
  let joinNext = false;

  tokens.forEach((match, index) => {
    const [whole, minus, quoted, bare] = match;
    if (bare === 'OR') {
      joinNext = clauses.length > 0;
      return;
    }
    const isLast = index === tokens.length - 1;
    const negated = minus === '-' || (bare !== undefined && bare.startsWith('-') && bare.length > 1);
    const body = quoted ?? (negated ? bare!.slice(1) : bare!);
    const alternative = toAlternative(body, quoted !== undefined, prefixLastWord && isLast && !negated && !/\s$/.test(text) && whole === bare);
    if (!alternative) return;
    if (negated) {
      excluded.push(alternative);
    } else if (joinNext) {
      clauses.at(-1)!.push(alternative);
    } else {
      clauses.push([alternative]);
    }
    joinNext = false;
  });
  return { clauses, excluded };
}

/** Every distinct word the query mentions, for the typo lookup. */
export function wordsOf(query: ParsedQuery): string[] {
  const words = new Set<string>();
  for (const alternative of [...query.clauses.flat(), ...query.excluded]) {
    if (alternative.kind === 'word') words.add(alternative.word);
    else alternative.words.forEach((word) => words.add(word));
  }
  return [...words];
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.clauses.length === 0;
}
