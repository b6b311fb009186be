import { query } from '../api-client';
import { graphql } from '../gql/index';

const ListNetworksQuery = graphql(`
  query ListNetworks {
    networks {
      slug
      name
      description
      website
      caseCount
    }
  }
`);

/** Every network, by name. */
export async function listNetworks() {
  const data = await query(ListNetworksQuery, {});
  return data.networks;
}

export type NetworkSummary = Awaited<ReturnType<typeof listNetworks>>[number];
