import { cache } from 'react';
import { mutate, query } from '../api-client';
import type { CaseInput, ReviewDecision } from '../gql/graphql';
import { graphql } from '../gql/index';

/*
 * The curation operations of the API: a card with its private side (reviews, pending edit, what the viewer
 * may do), the viewer's cards, a network's queue and audit log, a card's history, and the mutations of the
 * workflow. The API decides who sees what: a null answer means "not for you" and the page is a 404.
 */

const CuratedCaseQuery = graphql(`
  query CuratedCase($slug: String!) {
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
      language
      yearStarted
      themes
      ogpValues
      sdgs {
        number
      }
      cities {
        name
        country
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
      createdAt
      updatedAt
      submittedAt
      publishedAt
      network {
        slug
        name
      }
      author {
        id
        name
      }
      viewerCan {
        edit
        submit
        review
        archive
      }
      pendingEdit {
        state
        submittedAt
        snapshot
        proposedBy {
          name
        }
        changes {
          field
          before
          after
        }
      }
      reviews {
        id
        decision
        appliesTo
        comment
        createdAt
        fieldComments {
          field
          comment
        }
        reviewer {
          name
        }
      }
    }
  }
`);

/** A card with everything the curation pages show, or null when unknown or not visible. Cached per request. */
export const findCuratedCase = cache(async (slug: string) => {
  const data = await query(CuratedCaseQuery, { slug });
  return data.case ?? null;
});

export type CuratedCase = NonNullable<Awaited<ReturnType<typeof findCuratedCase>>>;
export type CaseReview = NonNullable<CuratedCase['reviews']>[number];
export type FieldChange = NonNullable<CuratedCase['pendingEdit']>['changes'][number];

const CaseSlugByIdQuery = graphql(`
  query CaseSlugById($id: ID!) {
    caseById(id: $id) {
      slug
    }
  }
`);

/** A card's current address from its id (drafts' slugs follow their titles), or null. */
export async function findCaseSlugById(id: string): Promise<string | null> {
  return (await query(CaseSlugByIdQuery, { id })).caseById?.slug ?? null;
}

const MyCasesQuery = graphql(`
  query MyCases {
    myCases {
      id
      slug
      title
      status
      updatedAt
      network {
        slug
        name
      }
      viewerCan {
        edit
      }
      pendingEdit {
        state
      }
      reviews {
        decision
        comment
        createdAt
        fieldComments {
          field
          comment
        }
      }
    }
  }
`);

/** The viewer's cards in every state, most recently changed first. */
export async function listMyCases() {
  return (await query(MyCasesQuery, {})).myCases;
}

export type MyCase = Awaited<ReturnType<typeof listMyCases>>[number];

const CurationQueueQuery = graphql(`
  query CurationQueue($network: String!) {
    curationQueue(network: $network) {
      appliesTo
      submittedAt
      waitingSeconds
      case {
        id
        slug
        title
        author {
          name
        }
        pendingEdit {
          proposedBy {
            name
          }
        }
      }
    }
  }
`);

/** What waits for the network's coordinators, oldest first; null unless the viewer coordinates it. */
export async function findCurationQueue(network: string) {
  return (await query(CurationQueueQuery, { network })).curationQueue ?? null;
}

const CaseHistoryQuery = graphql(`
  query CaseHistory($id: ID!) {
    caseHistory(id: $id) {
      id
      kind
      createdAt
      changedFields
      author {
        name
      }
      changes {
        field
        before
        after
      }
    }
  }
`);

/** A card's revisions, newest first; null unless the viewer may read the card's drafts. */
export async function findCaseHistory(id: string) {
  return (await query(CaseHistoryQuery, { id })).caseHistory ?? null;
}

const AuditLogQuery = graphql(`
  query AuditLog($network: String!, $first: Int!, $after: String) {
    auditLog(network: $network, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          createdAt
          recordType
          recordId
          details
          actor {
            name
          }
        }
      }
    }
  }
`);

/** One page of the network's audit log, newest first; null unless the viewer coordinates the network. */
export async function findAuditLog(network: string, after: string | null, first = 20) {
  return (await query(AuditLogQuery, { network, first, after })).auditLog ?? null;
}

const SimilarCasesQuery = graphql(`
  query SimilarCases($input: CaseInput!, $excludeId: ID) {
    similarCases(input: $input, excludeId: $excludeId, first: 5) {
      slug
      title
      cities {
        name
        country
      }
      network {
        name
      }
    }
  }
`);

/** Published cards that look like this one (the duplicate check before submitting). */
export async function findSimilarCases(input: CaseInput, excludeId: string | null) {
  return (await query(SimilarCasesQuery, { input, excludeId })).similarCases;
}

export type SimilarCase = Awaited<ReturnType<typeof findSimilarCases>>[number];

const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CaseInput!) {
    createCase(input: $input) {
      id
      slug
      status
    }
  }
`);

const UpdateCaseMutation = graphql(`
  mutation UpdateCase($id: ID!, $input: CaseInput!) {
    updateCase(id: $id, input: $input) {
      id
      slug
      status
    }
  }
`);

const SubmitCaseMutation = graphql(`
  mutation SubmitCase($id: ID!) {
    submitCase(id: $id) {
      id
      slug
      status
      author {
        id
      }
    }
  }
`);

const ReviewCaseMutation = graphql(`
  mutation ReviewCase($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {
    reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) {
      id
      slug
      status
      network {
        slug
      }
    }
  }
`);

const ArchiveCaseMutation = graphql(`
  mutation ArchiveCase($id: ID!) {
    archiveCase(id: $id) {
      id
      slug
      status
    }
  }
`);

export async function createCase(input: CaseInput) {
  return (await mutate(CreateCaseMutation, { input })).createCase;
}

export async function updateCase(id: string, input: CaseInput) {
  return (await mutate(UpdateCaseMutation, { id, input })).updateCase;
}

export async function submitCase(id: string) {
  return (await mutate(SubmitCaseMutation, { id })).submitCase;
}

export async function reviewCase(id: string, decision: ReviewDecision, comment: string, fieldComments: { field: string; comment: string }[]) {
  return (await mutate(ReviewCaseMutation, { id, decision, comment: comment || null, fieldComments })).reviewCase;
}

export async function archiveCase(id: string) {
  return (await mutate(ArchiveCaseMutation, { id })).archiveCase;
}
