import { countryByCode, isM49Region, isSdgNumber, isThemeSlug, LIMITS, M49_REGIONS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { Network } from '../networks/network.entity.js';
import type { CaseFilterInput } from './case.types.js';

/** A filter whose every value is known to exist. */
export interface ValidCaseFilter {
  sdgs: number[];
  regions: string[];
  countries: string[];
  networkIds: string[];
  networkSlugs: string[];
  themes: string[];
}

export function checkCount(field: string, values: unknown[] | undefined): void {
  if (values && values.length > LIMITS.filterValuesMax) {
    throw new BadInputError(`Too many values for ${field}: at most ${LIMITS.filterValuesMax}.`, field);
  }
}

export function rejectUnknown<T>(field: string, values: T[], isKnown: (value: T) => boolean, hint: string): void {
  const unknown = values.filter((value) => !isKnown(value));
  if (unknown.length > 0) {
    throw new BadInputError(`Unknown ${field} value${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. ${hint}`, field);
  }
}

/** Checks every filter value, naming the bad ones, and resolves network slugs to ids. */
export async function validateCaseFilter(ctx: RequestContext, filter: CaseFilterInput = {}): Promise<ValidCaseFilter> {
  const { sdgs = [], regions = [], countries = [], networks = [], themes = [] } = filter;
  for (const [field, values] of Object.entries({ sdgs, regions, countries, networks, themes })) checkCount(field, values);

  rejectUnknown('sdgs', sdgs, isSdgNumber, 'SDGs are numbered 1 to 17.');
  rejectUnknown('regions', regions, isM49Region, `Regions are ${M49_REGIONS.join(', ')}.`);
  rejectUnknown('countries', countries, (code) => countryByCode(code) !== undefined, 'Countries are ISO 3166-1 alpha-2 codes.');
  rejectUnknown('themes', themes, isThemeSlug, 'See the `themes` query for the list.');

  const found = networks.length ? await ctx.em.find(Network, { slug: { $in: networks } }, { fields: ['id', 'slug'] }) : [];
  const foundSlugs = new Set(found.map((network) => network.slug));
  rejectUnknown('networks', networks, (slug) => foundSlugs.has(slug), 'See the `networks` query for the list.');

  return {
    sdgs,
    regions,
    countries: countries.map((code) => code.toUpperCase()),
    networkIds: found.map((network) => network.id),
    networkSlugs: found.map((network) => network.slug),
    themes,
  };
}

export function validatePageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSizeMax) {
    throw new BadInputError(`first must be between 1 and ${LIMITS.pageSizeMax}; got ${first}.`, 'first');
  }
}
