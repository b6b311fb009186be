import { cache } from 'react';
import { mutate, query, UserInputError } from '../api-client';
import { graphql } from '../gql/index';
import type { CommitmentFilter, CommitmentStatus, CommitmentUpdateInput } from '../gql/graphql';

/** The self-reported scale, in order; the words of every scale value are `commitments.scale.<VALUE>`. */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE'];

/** Every value of the API's scales (status, completion, "did it open government?", potential results). */
const SCALE_VALUES = [...COMMITMENT_STATUSES, 'NO_EVIDENCE', 'DID_NOT_CHANGE', 'WORSENED', 'MARGINAL', 'MAJOR', 'OUTSTANDING', 'MODEST', 'UNCLEAR'];

/** "Not started" for NOT_STARTED (with `t` for `commitments.scale`); an unknown value in plain words. */
export function scaleLabel(t: (key: string) => string, value: string): string {
  if (SCALE_VALUES.includes(value)) return t(value);
  const text = value.toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isCommitmentStatus(value: string): value is CommitmentStatus {
  return (COMMITMENT_STATUSES as readonly string[]).includes(value);
}

const ListCommitmentsQuery = graphql(`
  query ListCommitments($filter: CommitmentFilter, $first: Int!, $after: String) {
    commitments(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          overdue
          divergence
          city {
            slug
            name
          }
          actionPlan {
            id
            title
          }
          latestAssessment {
            completion
            assessor
          }
        }
      }
    }
  }
`);

export async function listCommitments(filter: CommitmentFilter, after: string | null, first = 20) {
  const data = await query(ListCommitmentsQuery, { filter, first, after });
  return {
    totalCount: data.commitments.totalCount,
    pageInfo: data.commitments.pageInfo,
    commitments: data.commitments.edges.map((edge) => edge.node),
  };
}

export type CommitmentRow = Awaited<ReturnType<typeof listCommitments>>['commitments'][number];

const FindCommitmentQuery = graphql(`
  query FindCommitment($id: ID!) {
    commitment(id: $id) {
      id
      title
      problem
      description
      leadInstitution
      partners {
        name
        kind
      }
      ogpValues
      sdgs {
        number
      }
      status
      selfReportedStatus
      divergence
      overdue
      city {
        slug
        name
      }
      network {
        slug
        name
      }
      actionPlan {
        id
        title
        periodStart
        periodEnd
      }
      cases {
        slug
        title
      }
      latestAssessment {
        assessor
        assessedOn
        reportUrl
        completion
        didItOpenGovernment
        potentialResults
        verifiable
      }
      milestones {
        id
        title
        dueDate
        status
        doneDate
        overdue
      }
      updates {
        id
        createdAt
        body
        status
        author {
          name
        }
        completedMilestones {
          id
          title
        }
        links {
          label
          url
        }
      }
      viewerCan {
        report
      }
    }
  }
`);

/** A commitment by id, or null when unknown (or when the id is not one the API accepts). */
export const findCommitment = cache(async (id: string) => {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) return null;
  try {
    const data = await query(FindCommitmentQuery, { id });
    return data.commitment ?? null;
  } catch (error) {
    if (error instanceof UserInputError) return null;
    throw error;
  }
});

export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof findCommitment>>>;

/** What the progress charts show. */
export const CommitmentStatsFields = graphql(`
  fragment CommitmentStatsFields on CommitmentStats {
    totalCommitments
    overdueCommitments
    overdueMilestones
    byStatus {
      status
      count
    }
  }
`);

const FindCityQuery = graphql(`
  query FindCityCommitments($slug: String!) {
    city(slug: $slug) {
      id
      slug
      name
      country
    }
    cityCommitmentStats(city: $slug) {
      ...CommitmentStatsFields
    }
  }
`);

export const findCity = cache(async (slug: string) => {
  const data = await query(FindCityQuery, { slug });
  return data.city ? { city: data.city, stats: data.cityCommitmentStats ?? null } : null;
});

const NetworkStatsQuery = graphql(`
  query NetworkCommitmentStats($network: String!) {
    networkCommitmentStats(network: $network) {
      ...CommitmentStatsFields
    }
  }
`);

export async function networkCommitmentStats(network: string) {
  return (await query(NetworkStatsQuery, { network })).networkCommitmentStats ?? null;
}

export type CommitmentStatsData = NonNullable<Awaited<ReturnType<typeof networkCommitmentStats>>>;

const PostUpdateMutation = graphql(`
  mutation PostCommitmentUpdate($input: CommitmentUpdateInput!) {
    postCommitmentUpdate(input: $input) {
      id
    }
  }
`);

export async function postCommitmentUpdate(input: CommitmentUpdateInput) {
  return (await mutate(PostUpdateMutation, { input })).postCommitmentUpdate;
}
