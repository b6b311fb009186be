import { query, UserInputError } from '../api-client';
import { graphql } from '../gql/index';
import type { SearchCasesInput } from '../gql/graphql';

const CaseMapQuery = graphql(`
  query CaseMap($filter: SearchCasesInput) {
    caseMap(filter: $filter) {
      caseCount
      city {
        id
        slug
        name
        country
        latitude
        longitude
      }
    }
  }
`);

const SdgCoverageQuery = graphql(`
  query SdgCoverage($filter: SearchCasesInput, $city: String) {
    sdgCoverage(filter: $filter, city: $city) {
      total
      bars {
        count
        share
        sdg {
          number
          colour
        }
      }
    }
  }
`);

export type MapPoint = { caseCount: number; city: { id: string; slug: string; name: string; country: string; latitude: number | null; longitude: number | null } };
export type SdgCoverageData = { total: number; bars: { count: number; share: number; sdg: { number: number; colour: string } }[] };

/** The map and the chart take the search's filters; paging and sort mean nothing to them. */
function filterOf(input: SearchCasesInput): SearchCasesInput {
  const { first: _first, after: _after, sort: _sort, ...filter } = input;
  return filter;
}

/**
 * The cities of the published cards matching a search, with their case counts. A filter the API rejects
 * gives null (the page shows the API's message with the search results already).
 */
export async function findCaseMap(input: SearchCasesInput = {}): Promise<MapPoint[] | null> {
  try {
    return (await query(CaseMapQuery, { filter: filterOf(input) })).caseMap;
  } catch (error) {
    if (error instanceof UserInputError) return null;
    throw error;
  }
}

/** The share of matching cards per SDG; `city` (a slug) narrows it to one city. Null for a rejected filter. */
export async function findSdgCoverage(input: SearchCasesInput = {}, city?: string): Promise<SdgCoverageData | null> {
  try {
    return (await query(SdgCoverageQuery, { filter: filterOf(input), city: city ?? null })).sdgCoverage;
  } catch (error) {
    if (error instanceof UserInputError) return null;
    throw error;
  }
}
