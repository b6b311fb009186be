import type { CaseFilter } from '../gql/graphql';
import type { ParamProblem } from '../search/search-params';

/** Next.js hands pages their query string as this shape. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The /cases query string: `sdg` (repeatable), `region`, `network` (both repeatable too) and `after`. */
export interface CaseListParams {
  sdgs: number[];
  regions: string[];
  networks: string[];
  after: string | null;
}

function values(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  // Empty strings come from the form's "Any" options.
  return [...new Set(list.map((value) => value.trim()).filter((value) => value !== ''))];
}

/**
 * Reads the list page's query string. Only what the API cannot be sent is checked here (an SDG that is
 * not a whole number); ranges, regions and network slugs are checked by the API, whose message is shown.
 */
export function parseCaseListParams(params: SearchParams): { params: CaseListParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const sdgs: number[] = [];
  for (const value of values(params, 'sdg')) {
    const number = Number(value);
    if (/^\d+$/.test(value) && Number.isSafeInteger(number)) sdgs.push(number);
    else problems.push({ key: 'notSdg', value });
  }
  return {
    params: {
      sdgs,
      regions: values(params, 'region'),
      networks: values(params, 'network'),
      after: values(params, 'after')[0] ?? null,
    },
    problems,
  };
}

/** The API filter for these parameters, or undefined when nothing is filtered. */
export function toCaseFilter({ sdgs, regions, networks }: CaseListParams): CaseFilter | undefined {
  const filter: CaseFilter = {};
  if (sdgs.length) filter.sdgs = sdgs;
  if (regions.length) filter.regions = regions;
  if (networks.length) filter.networks = networks;
  return Object.keys(filter).length ? filter : undefined;
}

export function isFiltered(params: CaseListParams): boolean {
  return toCaseFilter(params) !== undefined;
}

/** A /cases URL for these parameters; `after` is dropped unless given, so filters restart at page one. */
export function casesHref(params: Partial<CaseListParams>): string {
  const search = new URLSearchParams();
  for (const sdg of params.sdgs ?? []) search.append('sdg', String(sdg));
  for (const region of params.regions ?? []) search.append('region', region);
  for (const network of params.networks ?? []) search.append('network', network);
  if (params.after) search.set('after', params.after);
  const query = search.toString();
  return query ? `/cases?${query}` : '/cases';
}
