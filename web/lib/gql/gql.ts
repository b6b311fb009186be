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
};
const documents: Documents = {
    "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.SdgsOfCasesDocument,
    "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      slug\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n    }\n  }\n": types.FindCaseDocument,
    "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": types.ListCasesDocument,
    "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n": types.FindNetworkDocument,
    "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n": types.ListNetworksDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;