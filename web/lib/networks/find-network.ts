import { cache } from 'react';
import { query } from '../api-client';
import { graphql } from '../gql/index';

const FindNetworkQuery = graphql(`
  query FindNetwork($slug: String!) {
    network(slug: $slug) {
      slug
      name
      description
      website
      caseCount
      languages
    }
  }
`);

/** A network by slug, or null when unknown. Cached per request, so metadata and page share one call. */
export const findNetwork = cache(async (slug: string) => {
  const data = await query(FindNetworkQuery, { slug });
  return data.network ?? null;
});
