import { graphql } from '../gql/index';

/**
 * What a case card in a list shows (SDG titles and colours come from @casebook/taxonomy). Declared here for
 * codegen, which adds it to the queries that spread it; components use its `CaseSummaryFieldsFragment` type.
 */
export const CaseSummaryFields = graphql(`
  fragment CaseSummaryFields on Case {
    slug
    title
    summary
    publishedAt
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
`);
