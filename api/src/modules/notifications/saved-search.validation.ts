import { isLanguageCode, isOgpValueSlug, LANGUAGES, LIMITS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { AppError, BadInputError, ErrorCode } from '../../errors.js';
import { checkCount, rejectUnknown, validateCaseFilter } from '../cases/case.filter.js';
import type { SavedFilters } from './saved-search.entity.js';
import type { SaveSearchInput, SavedSearchFiltersInput } from './notification.types.js';

const NAME_MAX = 120;
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function year(field: string, value: number | undefined | null): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) throw new BadInputError(`${field} must be a year between ${YEAR_MIN} and ${YEAR_MAX}; got ${value}.`, field);
  return value;
}

/** The shared filter checks name fields as `sdgs`; here they sit under `filters`. */
async function underFilters<T>(check: () => Promise<T> | T): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof AppError) || error.extensions.code !== ErrorCode.BadUserInput || typeof error.extensions.field !== 'string') throw error;
    throw new BadInputError(error.message, `filters.${error.extensions.field}`);
  }
}

/** The same checks as `searchCases`, naming every bad value; keeps only known values, networks by slug. */
export async function validSavedFilters(ctx: RequestContext, input: SavedSearchFiltersInput = {}): Promise<SavedFilters> {
  return underFilters(async () => {
    const filter = await validateCaseFilter(ctx, input);
    const { ogpValues = [], languages = [] } = input;
    checkCount('ogpValues', ogpValues);
    checkCount('languages', languages);
    rejectUnknown('ogpValues', ogpValues, isOgpValueSlug, 'See the `ogpValues` query for the list.');
    rejectUnknown('languages', languages, isLanguageCode, `Languages are ${LANGUAGES.map((language) => language.code).join(', ')}.`);
    const yearFrom = year('yearFrom', input.yearFrom);
    const yearTo = year('yearTo', input.yearTo);
    if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) throw new BadInputError(`yearFrom (${yearFrom}) is after yearTo (${yearTo}).`, 'yearFrom');
    const unique = <T>(values: T[]) => [...new Set(values)];
    return {
      sdgs: unique(filter.sdgs),
      regions: unique(filter.regions),
      countries: unique(filter.countries),
      networks: unique(filter.networkSlugs),
      themes: unique(filter.themes),
      ogpValues: unique(ogpValues),
      languages: unique(languages),
      yearFrom,
      yearTo,
    };
  });
}

export function validSearchName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 1 || trimmed.length > NAME_MAX) throw new BadInputError(`Name the search in 1 to ${NAME_MAX} characters.`, 'name');
  return trimmed;
}

export function validSearchQuery(input: SaveSearchInput): string {
  const query = (input.query ?? '').trim();
  if (query.length > LIMITS.searchQueryMax) throw new BadInputError(`The query is ${query.length} characters long; at most ${LIMITS.searchQueryMax} are allowed.`, 'query');
  return query;
}

/** The web search page for a saved search (the parameters of web/lib/search/search-params.ts). */
export function searchLink(query: string, filters: SavedFilters): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  const repeated: [string, (string | number)[]][] = [
    ['sdg', filters.sdgs], ['region', filters.regions], ['country', filters.countries], ['network', filters.networks],
    ['theme', filters.themes], ['ogp', filters.ogpValues], ['lang', filters.languages],
  ];
  for (const [param, values] of repeated) for (const value of values) params.append(param, String(value));
  if (filters.yearFrom !== null) params.set('from', String(filters.yearFrom));
  if (filters.yearTo !== null) params.set('to', String(filters.yearTo));
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}
