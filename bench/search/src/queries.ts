/**
 * The query mix: candidates per category from the generated data, then (after one calibration pass through
 * the API that also warms it up) the final ≥ 50 distinct queries per category.
 */
import { M49_REGIONS } from '@casebook/taxonomy';
import type { CardSample, GenerationStats } from './generate.js';
import { Rng, WeightedPicker } from './prng.js';
import { NETWORKS, SDG_WEIGHTS } from './vocabulary.js';

export const CATEGORIES = ['rare', 'medium', 'common', 'phrase', 'typo', 'filters', 'filtersText'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  rare: 'rare terms',
  medium: 'medium terms (~3 %)',
  common: 'common terms (~20 %)',
  phrase: 'phrases',
  typo: 'one-typo words',
  filters: 'filters only',
  filtersText: 'filters + text',
};

export interface QueryFilters {
  sdgs?: number[];
  regions?: string[];
  networks?: string[];
}

export interface BenchQuery {
  id: string;
  category: Category;
  /** what the user types ('' for filters only) */
  text: string;
  filters: QueryFilters;
  /** for the ILIKE baseline: the substring to look for (null: filters only) */
  ilike: string | null;
  /** typo queries: the card that should come back in the top 3, and the word before the typo */
  expectSlug?: string;
  intended?: string;
  typoKind?: 'substitution' | 'deletion' | 'transposition';
  /** document frequency in the generator (words, phrases), when known */
  generatorDf?: number;
  /** total matches the API reported in the calibration pass */
  calibratedTotal?: number;
}

function typo(rng: Rng, word: string, kind: BenchQuery['typoKind']): string {
  // Never the first letter (people rarely get it wrong) nor the last one (prefix matching would hide it).
  const at = 1 + rng.int(Math.max(1, word.length - 3));
  switch (kind) {
    case 'deletion':
      return word.slice(0, at) + word.slice(at + 1);
    case 'transposition':
      return word[at + 1] === word[at] ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default: {
      const letters = 'abcdefghijklmnopqrstuvwxyz'.replace(word[at]!, '');
      return word.slice(0, at) + letters[rng.int(letters.length)] + word.slice(at + 1);
    }
  }
}

function filterCombo(rng: Rng, sdgPicker: WeightedPicker, sdgNumbers: number[]): QueryFilters {
  const filters: QueryFilters = {};
  const facets = rng.shuffle(['sdgs', 'regions', 'networks'] as const).slice(0, rng.range(1, 3));
  for (const facet of facets) {
    const count = rng.chance(0.7) ? 1 : 2;
    if (facet === 'sdgs') {
      filters.sdgs = [...new Set(Array.from({ length: count }, () => sdgNumbers[sdgPicker.pick(rng)]!))].sort((a, b) => a - b);
    } else if (facet === 'regions') {
      filters.regions = [...new Set(Array.from({ length: count }, () => rng.pick(M49_REGIONS)))].sort();
    } else {
      filters.networks = [...new Set(Array.from({ length: count }, () => rng.pick(NETWORKS).slug))].sort();
    }
  }
  return filters;
}

const filterKey = (filters: QueryFilters): string => JSON.stringify([filters.sdgs ?? [], filters.regions ?? [], filters.networks ?? []]);

/** Candidate queries: more than needed where document frequencies must be checked against the engine. */
export function candidateQueries(stats: GenerationStats, seed: number, perCategory: number): BenchQuery[] {
  const rng = new Rng(seed ^ 0x5eed);
  const n = stats.cards;
  const queries: BenchQuery[] = [];
  const samples = rng.shuffle([...stats.samples]);
  const take = (list: CardSample[], from: number, count: number) => list.slice(from, from + count);

  // Rare: unique project / neighbourhood / organisation names (1 card each) and city names (dozens at most).
  take(samples, 0, perCategory).forEach((card, i) => {
    const cityWord = card.cityNames[0]!.split(' ').at(-1)!;
    const word = i % 4 === 3 ? cityWord : [card.neighbourhoodWord, card.orgWord, card.projectWord][i % 3]!;
    queries.push({ id: `rare-${i}`, category: 'rare', text: word, filters: {}, ilike: word });
  });

  const words = [...stats.wordDf.values()].filter((entry) => entry.surface.length >= 4);
  const byCloseness = (target: number) => (a: { df: number }, b: { df: number }) => Math.abs(a.df / n - target) - Math.abs(b.df / n - target);
  const medium = words.filter((w) => w.df / n >= 0.015 && w.df / n <= 0.05).sort(byCloseness(0.03)).slice(0, perCategory * 2);
  const common = words.filter((w) => w.df / n >= 0.1 && w.df / n <= 0.35).sort(byCloseness(0.2)).slice(0, perCategory * 2);
  medium.forEach((w, i) => queries.push({ id: `medium-${i}`, category: 'medium', text: w.surface, filters: {}, ilike: w.surface, generatorDf: w.df }));
  common.forEach((w, i) => queries.push({ id: `common-${i}`, category: 'common', text: w.surface, filters: {}, ilike: w.surface, generatorDf: w.df }));

  [...stats.phraseDf].filter(([, entry]) => entry.df > 0).sort((a, b) => b[1].df - a[1].df).forEach(([phrase, entry], i) => {
    queries.push({ id: `phrase-${i}`, category: 'phrase', text: `"${phrase}"`, filters: {}, ilike: phrase, generatorDf: entry.df });
  });

  const kinds: NonNullable<BenchQuery['typoKind']>[] = ['substitution', 'deletion', 'transposition'];
  take(samples, perCategory * 2, perCategory).forEach((card, i) => {
    const kind = kinds[i % 3]!;
    let misspelt = typo(rng, card.projectWord, kind);
    if (misspelt === card.projectWord) misspelt = typo(rng, card.projectWord, 'deletion');
    queries.push({ id: `typo-${i}`, category: 'typo', text: misspelt, filters: {}, ilike: misspelt, expectSlug: card.slug, intended: card.projectWord, typoKind: kind });
  });

  const sdgNumbers = Object.keys(SDG_WEIGHTS).map(Number);
  const sdgPicker = new WeightedPicker(sdgNumbers.map((sdg) => SDG_WEIGHTS[sdg]!));
  const seen = new Set<string>();
  for (let i = 0; queries.filter((q) => q.category === 'filters').length < perCategory && i < perCategory * 20; i++) {
    const filters = filterCombo(rng, sdgPicker, sdgNumbers);
    if (seen.has(filterKey(filters))) continue;
    seen.add(filterKey(filters));
    queries.push({ id: `filters-${i}`, category: 'filters', text: '', filters, ilike: null });
  }
  const textTerms = [...medium.slice(0, perCategory), ...common.slice(0, perCategory)];
  for (let i = 0; i < perCategory; i++) {
    const term = i % 2 === 0 ? medium[(i / 2) % Math.max(1, medium.length)] : common[((i - 1) / 2) % Math.max(1, common.length)];
    const surface = (term ?? textTerms[i % Math.max(1, textTerms.length)])?.surface ?? 'budget';
    queries.push({ id: `filtersText-${i}`, category: 'filtersText', text: surface, filters: filterCombo(rng, sdgPicker, sdgNumbers), ilike: surface });
  }
  return queries;
}

/**
 * Keeps `perCategory` queries per category: medium and common terms whose calibrated share of cards is
 * closest to 3 % and 20 %, phrases spread over their frequency range, everything else as generated.
 */
export function selectQueries(candidates: BenchQuery[], cards: number, perCategory: number): BenchQuery[] {
  const selected: BenchQuery[] = [];
  for (const category of CATEGORIES) {
    const list = candidates.filter((q) => q.category === category);
    if (category === 'medium' || category === 'common') {
      const target = category === 'medium' ? 0.03 : 0.2;
      const closest = [...list].sort((a, b) => Math.abs(a.calibratedTotal! / cards - target) - Math.abs(b.calibratedTotal! / cards - target));
      selected.push(...closest.slice(0, perCategory));
    } else if (category === 'phrase') {
      const found = list.filter((q) => (q.calibratedTotal ?? 0) > 0).sort((a, b) => b.calibratedTotal! - a.calibratedTotal!);
      if (found.length <= perCategory) selected.push(...found);
      else for (let i = 0; i < perCategory; i++) selected.push(found[Math.floor((i * found.length) / perCategory)]!);
    } else {
      selected.push(...list.slice(0, perCategory));
    }
  }
  return selected;
}
