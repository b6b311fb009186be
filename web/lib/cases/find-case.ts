import { cache } from 'react';
import { query } from '../api-client';
import { graphql } from '../gql/index';

const FindCaseQuery = graphql(`
  query FindCase($slug: String!) {
    case(slug: $slug) {
      id
      slug
      status
      title
      summary
      challenge
      approach
      innovation
      openGovernment
      lessons
      yearStarted
      publishedAt
      language
      translations {
        slug
        title
        language
      }
      themes
      ogpValues
      sdgs {
        number
      }
      cities {
        name
        country
        region
      }
      network {
        slug
        name
      }
      contacts {
        name
        role
        organisation
        email
      }
      links {
        label
        url
      }
      viewerCan {
        edit
        review
        archive
      }
      pendingEdit {
        state
      }
      reviews {
        id
      }
    }
  }
`);

/**
 * A card by slug, or null when unknown or not visible (drafts only to their author and the network's editors
 * and coordinators; `reviews` is non-null for them). Cached per request, so metadata and page share one call.
 */
export const findCase = cache(async (slug: string) => {
  const data = await query(FindCaseQuery, { slug });
  return data.case ?? null;
});

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof findCase>>>;
