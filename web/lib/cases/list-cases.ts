import { LIMITS } from '@casebook/taxonomy';
import { query } from '../api-client';
import { graphql } from '../gql/index';
import type { CaseFilter } from '../gql/graphql';

const ListCasesQuery = graphql(`
  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseSummaryFields
        }
      }
    }
  }
`);

export interface ListCasesOptions {
  filter?: CaseFilter;
  first?: number;
  after?: string | null;
}

/**
 * Published cases, newest first. Throws `UserInputError` with the API's message when a filter value
 * or cursor is rejected.
 */
export async function listCases({ filter, first = LIMITS.pageSizeDefault, after = null }: ListCasesOptions = {}) {
  const data = await query(ListCasesQuery, { filter, first, after });
  return {
    totalCount: data.cases.totalCount,
    pageInfo: data.cases.pageInfo,
    cases: data.cases.edges.map((edge) => edge.node),
  };
}

export type CaseSummary = Awaited<ReturnType<typeof listCases>>['cases'][number];
