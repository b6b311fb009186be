import { LIMITS, SDGS } from '@casebook/taxonomy';
import { query } from '../api-client';
import { graphql } from '../gql/index';

/**
 * One page of every published case's SDG numbers. The API caps a page at 100 (LIMITS.pageSizeMax) and
 * allows only 15 aliases per query, so one `cases(filter: {sdgs: [n]})` alias per goal does not fit;
 * counting here is exact while there are at most 100 published cases. Past that, switch to two aliased
 * queries of `totalCount` or an `sdgCounts` field in the API.
 */
const SdgsOfCasesQuery = graphql(`
  query SdgsOfCases($first: Int!) {
    cases(first: $first) {
      totalCount
      edges {
        node {
          sdgs {
            number
          }
        }
      }
    }
  }
`);

/** Published-case count per SDG number (1 to 17; zero when none). */
export async function countCasesBySdg(): Promise<Map<number, number>> {
  const data = await query(SdgsOfCasesQuery, { first: LIMITS.pageSizeMax });
  const counts = new Map(SDGS.map((sdg) => [sdg.number, 0]));
  for (const { node } of data.cases.edges) {
    for (const { number } of node.sdgs) counts.set(number, (counts.get(number) ?? 0) + 1);
  }
  return counts;
}
