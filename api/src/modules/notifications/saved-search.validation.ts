import { LIMITS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { AppError, BadInputError, ErrorCode } from '../../errors.js';
import { validSearchFilters } from '../search/search-filters.js';
import type { SavedFilters } from './saved-search.entity.js';
import type { SaveSearchInput, SavedSearchFiltersInput } from './notification.types.js';

const NAME_MAX = 120;

/** The shared filter checks name fields as `sdgs`; here they sit under `filters`. */
async function underFilters<T>(check: () => Promise<T> | T): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof AppError) || error.extensions.code !== ErrorCode.BadUserInput || typeof error.extensions.field !== 'string') throw error;
    throw new BadInputError(error.message, `filters.${error.extensions.field}`);
  }
}

/** The same checks as `searchCases`, naming every bad value; keeps only known values, networks by slug, cities by id. */
export async function validSavedFilters(ctx: RequestContext, input: SavedSearchFiltersInput = {}): Promise<SavedFilters> {
  const filters = await underFilters(() => validSearchFilters(ctx, input));
  const unique = <T>(values: T[]) => [...new Set(values)];
  return {
    ...filters,
    sdgs: unique(filters.sdgs),
    regions: unique(filters.regions),
    countries: unique(filters.countries),
    networks: unique(filters.networks),
    themes: unique(filters.themes),
    ogpValues: unique(filters.ogpValues),
    languages: unique(filters.languages),
    cities: unique(filters.cities),
  };
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
