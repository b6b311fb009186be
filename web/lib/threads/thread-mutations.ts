import { mutate, query } from '../api-client';
import { graphql } from '../gql/index';

/*
 * The thread and moderation mutations, one typed call each, and the composer's preview (a read that the
 * same Server Actions make). The API decides who may do what (authors, members, coordinators) and answers a
 * user-facing error otherwise; callers show its message.
 */

const PreviewPostQuery = graphql(`
  query PreviewPost($body: String!, $threadId: ID) {
    previewPost(body: $body, threadId: $threadId)
  }
`);

/**
 * The HTML the API would save a post with this body with, sanitised by the API. With the thread of a reply
 * or an edit, mentions show the network members' names; without (a new thread), they stay text.
 */
export async function previewPost(body: string, threadId: string | null): Promise<string> {
  return (await query(PreviewPostQuery, { body, threadId })).previewPost;
}

const StartThreadMutation = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

export async function startThread(input: { caseId?: string; network?: string; title: string; body: string; membersOnly: boolean }): Promise<string> {
  return (await mutate(StartThreadMutation, { input })).startThread.id;
}

const ReplyMutation = graphql(`
  mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {
    reply(threadId: $threadId, body: $body, parentId: $parentId) {
      id
    }
  }
`);

export async function reply(threadId: string, body: string, parentId: string | null): Promise<string> {
  return (await mutate(ReplyMutation, { threadId, body, parentId })).reply.id;
}

const EditPostMutation = graphql(`
  mutation EditPost($id: ID!, $body: String!) {
    editPost(id: $id, body: $body) {
      id
    }
  }
`);

export async function editPost(id: string, body: string): Promise<void> {
  await mutate(EditPostMutation, { id, body });
}

const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      id
    }
  }
`);

export async function deletePost(id: string): Promise<void> {
  await mutate(DeletePostMutation, { id });
}

const FlagPostMutation = graphql(`
  mutation FlagPost($id: ID!, $reason: String!) {
    flagPost(id: $id, reason: $reason) {
      id
    }
  }
`);

export async function flagPost(id: string, reason: string): Promise<void> {
  await mutate(FlagPostMutation, { id, reason });
}

const HidePostMutation = graphql(`
  mutation HidePost($id: ID!) {
    hidePost(id: $id) {
      id
    }
  }
`);

const RestorePostMutation = graphql(`
  mutation RestorePost($id: ID!) {
    restorePost(id: $id) {
      id
    }
  }
`);

export async function setPostHidden(id: string, hidden: boolean): Promise<void> {
  if (hidden) await mutate(HidePostMutation, { id });
  else await mutate(RestorePostMutation, { id });
}

const LockThreadMutation = graphql(`
  mutation LockThread($id: ID!) {
    lockThread(id: $id) {
      id
    }
  }
`);

const UnlockThreadMutation = graphql(`
  mutation UnlockThread($id: ID!) {
    unlockThread(id: $id) {
      id
    }
  }
`);

export async function setThreadLocked(id: string, locked: boolean): Promise<void> {
  if (locked) await mutate(LockThreadMutation, { id });
  else await mutate(UnlockThreadMutation, { id });
}

const SetSpaceVisibilityMutation = graphql(`
  mutation SetSpaceVisibility($network: String!, $membersOnly: Boolean!) {
    setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) {
      slug
      spaceMembersOnly
    }
  }
`);

export async function setSpaceVisibility(network: string, membersOnly: boolean): Promise<void> {
  await mutate(SetSpaceVisibilityMutation, { network, membersOnly });
}

const BlockUserMutation = graphql(`
  mutation BlockUser($network: String!, $userId: ID!) {
    blockUser(network: $network, userId: $userId)
  }
`);

const UnblockUserMutation = graphql(`
  mutation UnblockUser($network: String!, $userId: ID!) {
    unblockUser(network: $network, userId: $userId)
  }
`);

const TrustMemberMutation = graphql(`
  mutation TrustMember($network: String!, $userId: ID!) {
    trustMember(network: $network, userId: $userId)
  }
`);

const UntrustMemberMutation = graphql(`
  mutation UntrustMember($network: String!, $userId: ID!) {
    untrustMember(network: $network, userId: $userId)
  }
`);

export type MemberModeration = 'block' | 'unblock' | 'trust' | 'untrust';

/** A coordinator's decision about a poster in the network. */
export async function moderateMember(decision: MemberModeration, network: string, userId: string): Promise<void> {
  const variables = { network, userId };
  if (decision === 'block') await mutate(BlockUserMutation, variables);
  else if (decision === 'unblock') await mutate(UnblockUserMutation, variables);
  else if (decision === 'trust') await mutate(TrustMemberMutation, variables);
  else await mutate(UntrustMemberMutation, variables);
}
