import { LIMITS } from '@casebook/taxonomy';
import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import type { CaseCard } from '../cases/case.entity.js';
import { validateCaseInput } from '../cases/case.validation.js';
import type { CaseInput } from '../cases/curation.types.js';
import { normaliseWords } from './search-query.js';
import { searchCases } from './search.service.js';
import { SearchSortOrder } from './search.types.js';

export const SIMILAR_MAX = 10;
const WORDS_MAX = 16;

/** Words too common to say two cards are alike (English, Spanish, French, Portuguese). */
const COMMON = new Set(
  `about after also among and are been being city cities from have into more most other over such than that their them then there
   these they this through under using when where which while with within without year years para como entre sobre pela pelo
   para com uma dos das del los las por que con sus una est les des dans pour avec sur par aux une nous vous leur ses plus
   public local government project program programme`.split(/\s+/),
);

/**
 * Published cards that look like a card being written (for the duplicate check on submit): the title's,
 * summary's and cities' distinctive words, any of them, through the search engine, best match first.
 */
export async function similarCases(
  ctx: RequestContext,
  input: CaseInput,
  options: { excludeId?: string | null; first?: number } = {},
): Promise<CaseCard[]> {
  const first = options.first ?? 5;
  if (!Number.isInteger(first) || first < 1 || first > SIMILAR_MAX) throw new BadInputError(`first must be between 1 and ${SIMILAR_MAX}; got ${first}.`, 'first');
  const values = validateCaseInput({ title: input.title, summary: input.summary, cities: input.cities });
  const text = [values.title, values.summary, ...(values.cities ?? []).map((city) => city.name)].filter(Boolean).join(' ').slice(0, LIMITS.sectionMax);
  const words = [...new Set(normaliseWords(text))].filter((word) => word.length >= 4 && !COMMON.has(word) && !/^\d+$/.test(word)).slice(0, WORDS_MAX);
  if (words.length === 0) return [];
  // "a OR b OR c ": any word may match, more matches rank higher; the trailing space turns prefix matching off.
  let query = '';
  for (const word of words) {
    const next = query ? `${query} OR ${word}` : word;
    if (next.length + 1 > LIMITS.searchQueryMax) break;
    query = next;
  }
  const result = await searchCases(ctx, { query: `${query} `, first: first + 1, sort: SearchSortOrder.RELEVANCE });
  return result.hits.map((hit) => hit.case).filter((card) => card.id !== options.excludeId).slice(0, first);
}
