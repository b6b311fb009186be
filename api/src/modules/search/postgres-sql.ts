import type { Alternative, ParsedQuery } from './search-query.js';
import type { FacetName, SearchFilters } from './search-engine.js';

/** Collects positional parameters ($1, $2, …) while SQL is assembled; values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const STEMMED_CONFIGS = ['casebook_english', 'casebook_spanish', 'casebook_french', 'casebook_portuguese'] as const;

const CONFIG_BY_LANGUAGE: Record<string, string> = {
  en: 'casebook_english',
  es: 'casebook_spanish',
  fr: 'casebook_french',
  pt: 'casebook_portuguese',
};

/** The text search configuration for a card's language; other languages get the unstemmed one. */
export function configForLanguage(language: string): string {
  return CONFIG_BY_LANGUAGE[language] ?? 'casebook_simple';
}

/** Typo candidates for a word the index does not know: close words that it does. */
export type Corrections = Map<string, string[]>;

function wordQuery(params: SqlParams, word: string, prefix: boolean, corrections: Corrections): string {
  const value = params.add(word);
  // Stemmed in each supported language (a card's vector holds its own language's stems) and unstemmed.
  const parts = [...STEMMED_CONFIGS, 'casebook_simple'].map((config) => `plainto_tsquery('${config}', ${value})`);
  if (prefix && word.length >= 2) parts.push(`to_tsquery('casebook_simple', ${params.add(`${word}:*`)})`);
  for (const near of corrections.get(word) ?? []) parts.push(`plainto_tsquery('casebook_simple', ${params.add(near)})`);
  return `(${parts.join(' || ')})`;
}

function phraseQuery(params: SqlParams, words: string[]): string {
  const value = params.add(words.join(' '));
  const parts = [...STEMMED_CONFIGS, 'casebook_simple'].map((config) => `phraseto_tsquery('${config}', ${value})`);
  return `(${parts.join(' || ')})`;
}

function alternativeQuery(params: SqlParams, alternative: Alternative, corrections: Corrections): string {
  return alternative.kind === 'word'
    ? wordQuery(params, alternative.word, alternative.prefix, corrections)
    : phraseQuery(params, alternative.words);
}

/** A tsquery expression for the parsed query, or null when it has no words to match. */
export function tsqueryFor(params: SqlParams, query: ParsedQuery, corrections: Corrections): string | null {
  if (query.clauses.length === 0) return null;
  const required = query.clauses.map((clause) => `(${clause.map((alternative) => alternativeQuery(params, alternative, corrections)).join(' || ')})`);
  const excluded = query.excluded.map((alternative) => `!!${alternativeQuery(params, alternative, new Map())}`);
  return [...required, ...excluded].join(' && ');
}

/** One SQL condition per active facet filter, keyed by facet, over the alias's columns. */
export function facetConditions(params: SqlParams, filters: SearchFilters, alias: string): Partial<Record<FacetName, string>> {
  const conditions: Partial<Record<FacetName, string>> = {};
  if (filters.sdgs.length) conditions.sdgs = `${alias}.sdgs && ${params.add(filters.sdgs)}::smallint[]`;
  if (filters.regions.length) conditions.regions = `${alias}.regions && ${params.add(filters.regions)}::text[]`;
  if (filters.countries.length) conditions.countries = `${alias}.countries && ${params.add(filters.countries)}::text[]`;
  if (filters.themes.length) conditions.themes = `${alias}.themes && ${params.add(filters.themes)}::text[]`;
  if (filters.ogpValues.length) conditions.ogpValues = `${alias}.ogp_values && ${params.add(filters.ogpValues)}::text[]`;
  if (filters.networks.length) conditions.networks = `${alias}.network_slug = any(${params.add(filters.networks)}::text[])`;
  if (filters.languages.length) conditions.languages = `${alias}.language = any(${params.add(filters.languages)}::text[])`;
  return conditions;
}

/** Year range conditions: not a facet, so they apply to every facet's counts. */
export function yearConditions(params: SqlParams, filters: SearchFilters, alias: string): string[] {
  const conditions: string[] = [];
  if (filters.yearFrom !== null) conditions.push(`${alias}.year_started >= ${params.add(filters.yearFrom)}`);
  if (filters.yearTo !== null) conditions.push(`${alias}.year_started <= ${params.add(filters.yearTo)}`);
  return conditions;
}

/** The city filter: not a facet either, so it applies to every facet's counts. */
export function cityConditions(params: SqlParams, filters: SearchFilters, alias: string): string[] {
  return filters.cities?.length ? [`${alias}.city_ids && ${params.add(filters.cities)}::uuid[]`] : [];
}

export function and(conditions: (string | undefined | null)[]): string {
  const present = conditions.filter((condition): condition is string => !!condition);
  return present.length ? present.join(' and ') : 'true';
}
