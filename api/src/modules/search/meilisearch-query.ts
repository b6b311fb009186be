/**
 * Query planning for the Meilisearch engine: our web-search syntax (`"phrase"`, `-excluded`, `a OR b`)
 * → the Meilisearch `q` strings and matching strategy that reproduce it. Pure functions.
 */
import type { MatchingStrategies } from 'meilisearch';

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

/** One position of the query: a word or phrase to exclude, or one or more alternatives (OR) to match. */
export type QuerySlot = { kind: 'exclude'; term: string } | { kind: 'match'; terms: string[] };

/**
 * Our web-search syntax (`"quoted phrase"`, `-excluded`, `a OR b`) → terms in Meilisearch syntax, in
 * the user's order. Tokenises like search-query.ts: a leading OR is ignored, unterminated quotes are
 * closed, OR binds the terms on either side. Stray quotes and lone dashes are dropped, so that the
 * text never changes meaning in Meilisearch (which reads `"…"` and a leading `-` itself).
 */
export function parseQuerySlots(text: string): QuerySlot[] {
  const slots: QuerySlot[] = [];
  let joinNext = false;
  for (const [, minus, quoted, bare] of text.matchAll(TOKEN)) {
    if (bare === 'OR') {
      joinNext = slots.some((slot) => slot.kind === 'match');
      continue;
    }
    let term: string;
    let negated: boolean;
    if (quoted !== undefined) {
      const phrase = quoted.trim().replace(/\s+/g, ' ');
      term = phrase ? `"${phrase}"` : '';
      negated = minus === '-';
    } else {
      const word = bare!.replace(/"/g, '');
      negated = word.startsWith('-');
      term = word.replace(/^-+/, '');
    }
    if (term === '') continue;
    const last = slots.findLast((slot) => slot.kind === 'match');
    if (negated) slots.push({ kind: 'exclude', term });
    else if (joinNext && last?.kind === 'match') last.terms.push(term);
    else slots.push({ kind: 'match', terms: [term] });
    joinNext = false;
  }
  return slots;
}

export interface QueryPlan {
  /** Meilisearch `q` strings: a document matches the query when it matches any of them. */
  alternatives: string[];
  matchingStrategy: MatchingStrategies;
}

/** An OR query considers at most this many matches per alternative (the whole casebook is far smaller). */
export const OR_CANDIDATES_MAX = 5_000;

/** Beyond this many OR combinations, fall back to the approximation below. */
export const MAX_OR_ALTERNATIVES = 16;

/**
 * How to run a query in Meilisearch, which understands phrases and exclusions but has no OR.
 *
 * - Without OR: one `q`, matchingStrategy `all` (every word must match, like the PostgreSQL engine).
 * - With OR: the query is expanded into its alternatives (`a OR b c -d` → `a c -d`, `b c -d`), each
 *   matched with `all`; the engine then searches the union of their matches (see search()). Exact.
 * - With more than MAX_OR_ALTERNATIVES combinations: approximation. OR is dropped, every word kept,
 *   and matchingStrategy `last` used: Meilisearch returns documents matching all words first, then
 *   drops words from the END of the query while it needs more results. The first word stays
 *   mandatory, so documents matching only a later alternative are missed.
 */
export function planQuery(text: string, maxAlternatives = MAX_OR_ALTERNATIVES): QueryPlan {
  const options = parseQuerySlots(text).map((slot) => (slot.kind === 'exclude' ? [`-${slot.term}`] : slot.terms));
  const combinations = options.reduce((product, terms) => product * terms.length, 1);
  if (combinations > maxAlternatives) {
    return { alternatives: [options.map((terms) => terms.join(' ')).join(' ')], matchingStrategy: 'last' };
  }
  let alternatives: string[][] = [[]];
  for (const terms of options) alternatives = alternatives.flatMap((chosen) => terms.map((term) => [...chosen, term]));
  return { alternatives: alternatives.map((terms) => terms.join(' ')), matchingStrategy: 'all' };
}
