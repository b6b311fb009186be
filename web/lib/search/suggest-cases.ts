import { query } from '../api-client';
import { graphql } from '../gql/index';

const SuggestCasesQuery = graphql(`
  query SuggestCases($prefix: String!, $first: Int!) {
    suggestCases(prefix: $prefix, first: $first) {
      slug
      title
      places
    }
  }
`);

/** Search-as-you-type suggestions (titles and places). Throws `UserInputError` for a rejected prefix. */
export async function suggestCases(prefix: string, first = 8) {
  const data = await query(SuggestCasesQuery, { prefix, first });
  return data.suggestCases;
}

export type CaseSuggestion = Awaited<ReturnType<typeof suggestCases>>[number];
