import { isLanguageCode, isOgpValueSlug, LANGUAGES } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { checkCount, rejectUnknown, validateCaseFilter } from '../cases/case.filter.js';
import { findCitiesBySlugOrId } from '../cities/city.lookup.js';
import type { SearchFilters } from './search-engine.js';
import type { SearchFiltersInput } from './search.types.js';

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** Checked filters, cities always present (as ids). */
export type ValidSearchFilters = SearchFilters & { cities: string[] };

function checkYear(field: string, year: number | undefined | null): number | null {
  if (year === undefined || year === null) return null;
  if (!Number.isInteger(year) || year < YEAR_MIN || year > YEAR_MAX) {
    throw new BadInputError(`${field} must be a year between ${YEAR_MIN} and ${YEAR_MAX}; got ${year}.`, field);
  }
  return year;
}

/** City slugs or ids → ids, naming every unknown one. */
async function validateCities(ctx: RequestContext, values: string[]): Promise<string[]> {
  if (values.length === 0) return [];
  checkCount('cities', values);
  const found = await findCitiesBySlugOrId(ctx.em, values);
  rejectUnknown('cities', values, (value) => found.has(value), 'Cities are slugs such as `paris-fr`, or ids.');
  return [...new Set([...found.values()].map((city) => city.id))];
}

/**
 * The filters of `searchCases` (and of saved searches, which keep the same ones), checked at the edge and
 * naming every bad value by its field (`sdgs`, `cities`…): engines get only known values, cities as ids.
 */
export async function validSearchFilters(ctx: RequestContext, input: SearchFiltersInput): Promise<ValidSearchFilters> {
  const filter = await validateCaseFilter(ctx, input);
  const { ogpValues = [], languages = [] } = input;
  checkCount('ogpValues', ogpValues);
  checkCount('languages', languages);
  rejectUnknown('ogpValues', ogpValues, isOgpValueSlug, 'See the `ogpValues` query for the list.');
  rejectUnknown('languages', languages, isLanguageCode, `Languages are ${LANGUAGES.map((language) => language.code).join(', ')}.`);
  const cities = await validateCities(ctx, input.cities ?? []);
  const yearFrom = checkYear('yearFrom', input.yearFrom);
  const yearTo = checkYear('yearTo', input.yearTo);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw new BadInputError(`yearFrom (${yearFrom}) is after yearTo (${yearTo}).`, 'yearFrom');
  }
  const { sdgs, regions, countries, networkSlugs: networks, themes } = filter;
  return { sdgs, regions, countries, networks, themes, ogpValues, languages, yearFrom, yearTo, cities };
}
