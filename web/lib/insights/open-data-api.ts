import { query } from '../api-client';
import { graphql } from '../gql/index';

const OpenDataNetworksQuery = graphql(`
  query OpenDataNetworks {
    networks {
      slug
      name
      caseCount
      licence {
        id
        name
        url
      }
    }
  }
`);

/** Every network with its published cards' count and the licence they are under. */
export async function listNetworkLicences() {
  return (await query(OpenDataNetworksQuery, {})).networks;
}

export type NetworkLicence = Awaited<ReturnType<typeof listNetworkLicences>>[number];
