import { query, UserInputError } from '../api-client';
import { graphql } from '../gql/index';
import type { SearchCasesInput } from '../gql/graphql';

const SearchCasesQuery = graphql(`
  query SearchCases($input: SearchCasesInput) {
    searchCases(input: $input) {
      total
      tookMs
      engine
      fallbackReason
      suggestion
      hits {
        score
        highlights {
          field
          snippet
        }
        case {
          slug
          title
          summary
          sdgs {
            number
          }
          cities {
            name
            country
          }
          network {
            slug
            name
          }
        }
      }
      facets {
        sdgs {
          ...FacetValueFields
        }
        regions {
          ...FacetValueFields
        }
        countries {
          ...FacetValueFields
        }
        networks {
          ...FacetValueFields
        }
        themes {
          ...FacetValueFields
        }
        ogpValues {
          ...FacetValueFields
        }
        languages {
          ...FacetValueFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }

  fragment FacetValueFields on FacetValue {
    value
    label
    count
  }
`);

/** One page of full-text, faceted search. Throws `UserInputError` with the API's message for a rejected value. */
export async function searchCases(input: SearchCasesInput) {
  const data = await query(SearchCasesQuery, { input });
  return data.searchCases;
}

export type SearchResult = Awaited<ReturnType<typeof searchCases>>;
export type SearchHit = SearchResult['hits'][number];
export type SearchFacets = SearchResult['facets'];

/** Runs a search, turning a rejected value into a message for the page instead of an error. */
export async function searchForPage(input: SearchCasesInput): Promise<{ result: SearchResult | null; problem: string | null }> {
  try {
    return { result: await searchCases(input), problem: null };
  } catch (error) {
    if (error instanceof UserInputError) return { result: null, problem: error.message };
    throw error;
  }
}
