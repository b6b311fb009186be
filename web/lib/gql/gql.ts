/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.SdgsOfCasesDocument,
    "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      slug\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n    }\n  }\n": typeof types.FindCaseDocument,
    "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ListCasesDocument,
    "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n": typeof types.FindNetworkDocument,
    "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n": typeof types.ListNetworksDocument,
    "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": typeof types.SearchCasesDocument,
    "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n": typeof types.SuggestCasesDocument,
};
const documents: Documents = {
    "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.SdgsOfCasesDocument,
    "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      slug\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n    }\n  }\n": types.FindCaseDocument,
    "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": types.ListCasesDocument,
    "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n": types.FindNetworkDocument,
    "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n": types.ListNetworksDocument,
    "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": types.SearchCasesDocument,
    "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n": types.SuggestCasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      slug\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      slug\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n"): (typeof documents)["\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n"): (typeof documents)["\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"): (typeof documents)["\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n"): (typeof documents)["\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;