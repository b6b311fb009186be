import { LIMITS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { validateCaseFilter, type ValidCaseFilter } from '../cases/case.filter.js';
import type { CaseFilterInput } from '../cases/case.types.js';

/** The query parameters exports and feeds accept (each repeatable), and the `searchCases` field each one fills. */
export const FILTER_PARAMETERS = {
  q: 'query',
  sdg: 'sdgs',
  region: 'regions',
  country: 'countries',
  network: 'networks',
  theme: 'themes',
} as const;
type FilterParameter = keyof typeof FILTER_PARAMETERS;
type ListField = Exclude<(typeof FILTER_PARAMETERS)[FilterParameter], 'query'>;

export interface InvalidParameter {
  parameter: string;
  value: string;
}

/** A request the exports refuse: answered 400 with every bad parameter and value named. */
export class FilterRejection extends Error {
  constructor(message: string, readonly invalid: InvalidParameter[]) {
    super(message);
  }

  toJSON(): { error: 'BAD_USER_INPUT'; message: string; invalid: InvalidParameter[] } {
    return { error: 'BAD_USER_INPUT', message: this.message, invalid: this.invalid };
  }
}

/** What an export or a feed selects: every published card, or a search's result. */
export interface ExportSelection {
  /** The search words (web-search syntax); empty for none. */
  query: string;
  filter: ValidCaseFilter;
  /** Whether any parameter was given (the file name and the feed's title say so). */
  narrowed: boolean;
}

const isFilterParameter = (name: string): name is FilterParameter => Object.hasOwn(FILTER_PARAMETERS, name);

/** SDGs arrive as text: only plain digits are numbers, so that "11.0" or "0x0b" are named as unknown. */
const sdgNumber = (value: string): number => (/^\d{1,3}$/.test(value.trim()) ? Number(value) : Number.NaN);

function asInput(field: ListField, values: string[]): CaseFilterInput {
  return field === 'sdgs' ? { sdgs: values.map(sdgNumber) } : { [field]: values.map((value) => value.trim()) };
}

/**
 * The same message as `searchCases` gives, with the query parameter's name for the GraphQL field's, and
 * the SDGs that are not numbers as they were written.
 */
function reworded(error: BadInputError, field: ListField, parameter: string, given: string[]): string {
  const notNumbers = given.filter((value) => Number.isNaN(sdgNumber(value)));
  return error.message
    .replace(`Unknown ${field} `, `Unknown ${parameter} `)
    .replace(`values for ${field}:`, `values for ${parameter}:`)
    .replace(/\bNaN\b/g, () => notNumbers.shift()?.slice(0, 60) ?? 'NaN');
}

/** The values of one parameter that `searchCases` would refuse, each checked by the same validation. */
async function refusedValues(ctx: RequestContext, field: ListField, values: string[]): Promise<string[]> {
  const refused: string[] = [];
  for (const value of values) {
    try {
      await validateCaseFilter(ctx, asInput(field, [value]));
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      refused.push(value);
    }
  }
  return refused;
}

/**
 * Reads the filter parameters of an export or feed address (`?sdg=11&sdg=16&region=Americas`) and checks
 * them with the validation `searchCases` uses. Unknown parameters and values throw a `FilterRejection`
 * naming every one of them.
 */
export async function parseExportSelection(ctx: RequestContext, params: URLSearchParams): Promise<ExportSelection> {
  const invalid: InvalidParameter[] = [];
  const messages: string[] = [];
  const values = new Map<FilterParameter, string[]>();
  for (const [name, value] of params) {
    if (!isFilterParameter(name)) {
      invalid.push({ parameter: name, value });
      messages.push(`Unknown parameter "${name.slice(0, 60)}": the filters are ${Object.keys(FILTER_PARAMETERS).join(', ')}.`);
      continue;
    }
    if (value.trim() !== '') values.set(name, [...(values.get(name) ?? []), value]);
  }

  const query = (values.get('q') ?? []).join(' ').trim();
  if (query.length > LIMITS.searchQueryMax) {
    invalid.push({ parameter: 'q', value: `${query.slice(0, 60)}…` });
    messages.push(`The query is ${query.length} characters long; at most ${LIMITS.searchQueryMax} are allowed.`);
  }

  const input: CaseFilterInput = {};
  for (const [parameter, field] of Object.entries(FILTER_PARAMETERS) as [FilterParameter, (typeof FILTER_PARAMETERS)[FilterParameter]][]) {
    const given = values.get(parameter);
    if (field === 'query' || !given) continue;
    try {
      await validateCaseFilter(ctx, asInput(field, given));
      Object.assign(input, asInput(field, given));
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      messages.push(reworded(error, field, parameter, given));
      const refused = given.length > LIMITS.filterValuesMax ? [`${given.length} values`] : await refusedValues(ctx, field, given);
      invalid.push(...refused.map((value) => ({ parameter, value })));
    }
  }
  if (invalid.length > 0) throw new FilterRejection(messages.join(' '), invalid);
  return { query, filter: await validateCaseFilter(ctx, input), narrowed: values.size > 0 };
}
