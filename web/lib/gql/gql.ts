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
    "\n  mutation SignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name)\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      status\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n    }\n  }\n": typeof types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n": typeof types.ConfirmTwoFactorSetupDocument,
    "\n  mutation DisableTwoFactor($password: String!) {\n    disableTwoFactor(password: $password)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      isPlatformAdmin\n      twoFactorEnabled\n      twoFactorRequired\n      memberships {\n        role\n        network {\n          slug\n          name\n        }\n      }\n      sessions {\n        createdAt\n        lastSeenAt\n        expiresAt\n        userAgent\n        current\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.SdgsOfCasesDocument,
    "\n  query CuratedCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      language\n      yearStarted\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      network {\n        slug\n        name\n      }\n      author {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        submit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n        submittedAt\n        snapshot\n        proposedBy {\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n      reviews {\n        id\n        decision\n        appliesTo\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n        reviewer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CuratedCaseDocument,
    "\n  query CaseSlugById($id: ID!) {\n    caseById(id: $id) {\n      slug\n    }\n  }\n": typeof types.CaseSlugByIdDocument,
    "\n  query MyCases {\n    myCases {\n      id\n      slug\n      title\n      status\n      updatedAt\n      network {\n        slug\n        name\n      }\n      viewerCan {\n        edit\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        decision\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query CurationQueue($network: String!) {\n    curationQueue(network: $network) {\n      appliesTo\n      submittedAt\n      waitingSeconds\n      case {\n        id\n        slug\n        title\n        author {\n          name\n        }\n        pendingEdit {\n          proposedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CurationQueueDocument,
    "\n  query CaseHistory($id: ID!) {\n    caseHistory(id: $id) {\n      id\n      kind\n      createdAt\n      changedFields\n      author {\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.CaseHistoryDocument,
    "\n  query AuditLog($network: String!, $first: Int!, $after: String) {\n    auditLog(network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          recordType\n          recordId\n          details\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query SimilarCases($input: CaseInput!, $excludeId: ID) {\n    similarCases(input: $input, excludeId: $excludeId, first: 5) {\n      slug\n      title\n      cities {\n        name\n        country\n      }\n      network {\n        name\n      }\n    }\n  }\n": typeof types.SimilarCasesDocument,
    "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: CaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      slug\n      status\n      author {\n        id\n      }\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  mutation ReviewCase($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {\n    reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) {\n      id\n      slug\n      status\n      network {\n        slug\n      }\n    }\n  }\n": typeof types.ReviewCaseDocument,
    "\n  mutation ArchiveCase($id: ID!) {\n    archiveCase(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.ArchiveCaseDocument,
    "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      language\n      translations {\n        slug\n        title\n        language\n      }\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      viewerCan {\n        edit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        id\n      }\n    }\n  }\n": typeof types.FindCaseDocument,
    "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.ListCasesDocument,
    "\n  query ListCommitments($filter: CommitmentFilter, $first: Int!, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          divergence\n          city {\n            slug\n            name\n          }\n          actionPlan {\n            id\n            title\n          }\n          latestAssessment {\n            completion\n            assessor\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListCommitmentsDocument,
    "\n  query FindCommitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      title\n      problem\n      description\n      leadInstitution\n      partners {\n        name\n        kind\n      }\n      ogpValues\n      sdgs {\n        number\n      }\n      status\n      selfReportedStatus\n      divergence\n      overdue\n      city {\n        slug\n        name\n      }\n      network {\n        slug\n        name\n      }\n      actionPlan {\n        id\n        title\n        periodStart\n        periodEnd\n      }\n      cases {\n        slug\n        title\n      }\n      latestAssessment {\n        assessor\n        assessedOn\n        reportUrl\n        completion\n        didItOpenGovernment\n        potentialResults\n        verifiable\n      }\n      milestones {\n        id\n        title\n        dueDate\n        status\n        doneDate\n        overdue\n      }\n      updates {\n        id\n        createdAt\n        body\n        status\n        author {\n          name\n        }\n        completedMilestones {\n          id\n          title\n        }\n        links {\n          label\n          url\n        }\n      }\n      viewerCan {\n        report\n      }\n    }\n  }\n": typeof types.FindCommitmentDocument,
    "\n  fragment CommitmentStatsFields on CommitmentStats {\n    totalCommitments\n    overdueCommitments\n    overdueMilestones\n    byStatus {\n      status\n      count\n    }\n  }\n": typeof types.CommitmentStatsFieldsFragmentDoc,
    "\n  query FindCityCommitments($slug: String!) {\n    city(slug: $slug) {\n      id\n      slug\n      name\n      country\n    }\n    cityCommitmentStats(city: $slug) {\n      ...CommitmentStatsFields\n    }\n  }\n": typeof types.FindCityCommitmentsDocument,
    "\n  query NetworkCommitmentStats($network: String!) {\n    networkCommitmentStats(network: $network) {\n      ...CommitmentStatsFields\n    }\n  }\n": typeof types.NetworkCommitmentStatsDocument,
    "\n  mutation PostCommitmentUpdate($input: CommitmentUpdateInput!) {\n    postCommitmentUpdate(input: $input) {\n      id\n    }\n  }\n": typeof types.PostCommitmentUpdateDocument,
    "\n  query CaseMap($filter: SearchCasesInput) {\n    caseMap(filter: $filter) {\n      caseCount\n      city {\n        id\n        slug\n        name\n        country\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.CaseMapDocument,
    "\n  query SdgCoverage($filter: SearchCasesInput, $city: String) {\n    sdgCoverage(filter: $filter, city: $city) {\n      total\n      bars {\n        count\n        share\n        sdg {\n          number\n          colour\n        }\n      }\n    }\n  }\n": typeof types.SdgCoverageDocument,
    "\n  query OpenDataNetworks {\n    networks {\n      slug\n      name\n      caseCount\n      licence {\n        id\n        name\n        url\n      }\n    }\n  }\n": typeof types.OpenDataNetworksDocument,
    "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n": typeof types.FindNetworkDocument,
    "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n": typeof types.ListNetworksDocument,
    "\n  query NetworkMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n        email\n      }\n      role\n      joinedAt\n    }\n    invitations(network: $network) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.NetworkMembersDocument,
    "\n  mutation InviteMember($network: String!, $email: String!, $role: NetworkRole!) {\n    inviteMember(network: $network, email: $email, role: $role) {\n      id\n      email\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      network {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($network: String!, $userId: ID!, $role: NetworkRole!) {\n    changeMemberRole(network: $network, userId: $userId, role: $role) {\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($network: String!, $userId: ID!) {\n    removeMember(network: $network, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network)\n  }\n": typeof types.LeaveNetworkDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          title\n          verb\n          headline\n          context\n          summary\n          link\n          threadId\n          postId\n          actor {\n            name\n          }\n          network {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      email\n      mutedKinds\n    }\n    myFollows {\n      id\n      targetId\n      targetKind\n      title\n      link\n      createdAt\n    }\n    savedSearches {\n      id\n      name\n      query\n      link\n      following\n      createdAt\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      mutedKinds\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n": typeof types.FollowingDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId) {\n      id\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": typeof types.UnfollowDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n    }\n  }\n": typeof types.SaveSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": typeof types.DeleteSavedSearchDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      message\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": typeof types.SearchCasesDocument,
    "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n": typeof types.SuggestCasesDocument,
    "\n  query ModerationPage($network: String!) {\n    moderationQueue(network: $network) {\n      firstFlaggedAt\n      flags {\n        reason\n        createdAt\n        flagger {\n          name\n        }\n      }\n      thread {\n        id\n        title\n        locked\n      }\n      post {\n        id\n        body\n        bodyHtml\n        hidden\n        deleted\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    networkStandings(network: $network) {\n      user {\n        id\n        name\n      }\n      blocked\n      trusted\n      since\n      by {\n        name\n      }\n    }\n  }\n": typeof types.ModerationPageDocument,
    "\n  query PreviewPost($body: String!, $threadId: ID) {\n    previewPost(body: $body, threadId: $threadId)\n  }\n": typeof types.PreviewPostDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": typeof types.StartThreadDocument,
    "\n  mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n    reply(threadId: $threadId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation FlagPost($id: ID!, $reason: String!) {\n    flagPost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  mutation HidePost($id: ID!) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation LockThread($id: ID!) {\n    lockThread(id: $id) {\n      id\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(id: $id) {\n      id\n    }\n  }\n": typeof types.UnlockThreadDocument,
    "\n  mutation SetSpaceVisibility($network: String!, $membersOnly: Boolean!) {\n    setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) {\n      slug\n      spaceMembersOnly\n    }\n  }\n": typeof types.SetSpaceVisibilityDocument,
    "\n  mutation BlockUser($network: String!, $userId: ID!) {\n    blockUser(network: $network, userId: $userId)\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($network: String!, $userId: ID!) {\n    unblockUser(network: $network, userId: $userId)\n  }\n": typeof types.UnblockUserDocument,
    "\n  mutation TrustMember($network: String!, $userId: ID!) {\n    trustMember(network: $network, userId: $userId)\n  }\n": typeof types.TrustMemberDocument,
    "\n  mutation UntrustMember($network: String!, $userId: ID!) {\n    untrustMember(network: $network, userId: $userId)\n  }\n": typeof types.UntrustMemberDocument,
    "\n  query ThreadList($caseId: ID, $network: String, $first: Int!, $after: String) {\n    threads(caseId: $caseId, network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          lastActivityAt\n          replyCount\n          unread\n          membersOnly\n          locked\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadListDocument,
    "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      locked\n      membersOnly\n      createdAt\n      lastActivityAt\n      replyCount\n      createdBy {\n        id\n        name\n      }\n      case {\n        id\n        slug\n        title\n      }\n      network {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        reply\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            bodyHtml\n            hidden\n            deleted\n            parentId\n            createdAt\n            editedAt\n            author {\n              id\n              name\n            }\n            viewerCan {\n              edit\n              delete\n              flag\n              hide\n            }\n            revisions {\n              body\n              replacedAt\n              editedBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadPageDocument,
    "\n  query PostCursors($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      posts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostCursorsDocument,
    "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  query NetworkSpace($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      spaceMembersOnly\n    }\n  }\n": typeof types.NetworkSpaceDocument,
    "\n  query MentionableMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionableMembersDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name)\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      status\n    }\n  }\n": types.SignInDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n    }\n  }\n": types.BeginTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n": types.ConfirmTwoFactorSetupDocument,
    "\n  mutation DisableTwoFactor($password: String!) {\n    disableTwoFactor(password: $password)\n  }\n": types.DisableTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      isPlatformAdmin\n      twoFactorEnabled\n      twoFactorRequired\n      memberships {\n        role\n        network {\n          slug\n          name\n        }\n      }\n      sessions {\n        createdAt\n        lastSeenAt\n        expiresAt\n        userAgent\n        current\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment CaseSummaryFields on Case {\n    slug\n    title\n    summary\n    publishedAt\n    sdgs {\n      number\n    }\n    cities {\n      name\n      country\n    }\n    network {\n      slug\n      name\n    }\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  query SdgsOfCases($first: Int!) {\n    cases(first: $first) {\n      totalCount\n      edges {\n        node {\n          sdgs {\n            number\n          }\n        }\n      }\n    }\n  }\n": types.SdgsOfCasesDocument,
    "\n  query CuratedCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      language\n      yearStarted\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      network {\n        slug\n        name\n      }\n      author {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        submit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n        submittedAt\n        snapshot\n        proposedBy {\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n      reviews {\n        id\n        decision\n        appliesTo\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n        reviewer {\n          name\n        }\n      }\n    }\n  }\n": types.CuratedCaseDocument,
    "\n  query CaseSlugById($id: ID!) {\n    caseById(id: $id) {\n      slug\n    }\n  }\n": types.CaseSlugByIdDocument,
    "\n  query MyCases {\n    myCases {\n      id\n      slug\n      title\n      status\n      updatedAt\n      network {\n        slug\n        name\n      }\n      viewerCan {\n        edit\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        decision\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  query CurationQueue($network: String!) {\n    curationQueue(network: $network) {\n      appliesTo\n      submittedAt\n      waitingSeconds\n      case {\n        id\n        slug\n        title\n        author {\n          name\n        }\n        pendingEdit {\n          proposedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CurationQueueDocument,
    "\n  query CaseHistory($id: ID!) {\n    caseHistory(id: $id) {\n      id\n      kind\n      createdAt\n      changedFields\n      author {\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.CaseHistoryDocument,
    "\n  query AuditLog($network: String!, $first: Int!, $after: String) {\n    auditLog(network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          recordType\n          recordId\n          details\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query SimilarCases($input: CaseInput!, $excludeId: ID) {\n    similarCases(input: $input, excludeId: $excludeId, first: 5) {\n      slug\n      title\n      cities {\n        name\n        country\n      }\n      network {\n        name\n      }\n    }\n  }\n": types.SimilarCasesDocument,
    "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation UpdateCase($id: ID!, $input: CaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      slug\n      status\n      author {\n        id\n      }\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  mutation ReviewCase($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {\n    reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) {\n      id\n      slug\n      status\n      network {\n        slug\n      }\n    }\n  }\n": types.ReviewCaseDocument,
    "\n  mutation ArchiveCase($id: ID!) {\n    archiveCase(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n": types.ArchiveCaseDocument,
    "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      language\n      translations {\n        slug\n        title\n        language\n      }\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      viewerCan {\n        edit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        id\n      }\n    }\n  }\n": types.FindCaseDocument,
    "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": types.ListCasesDocument,
    "\n  query ListCommitments($filter: CommitmentFilter, $first: Int!, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          divergence\n          city {\n            slug\n            name\n          }\n          actionPlan {\n            id\n            title\n          }\n          latestAssessment {\n            completion\n            assessor\n          }\n        }\n      }\n    }\n  }\n": types.ListCommitmentsDocument,
    "\n  query FindCommitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      title\n      problem\n      description\n      leadInstitution\n      partners {\n        name\n        kind\n      }\n      ogpValues\n      sdgs {\n        number\n      }\n      status\n      selfReportedStatus\n      divergence\n      overdue\n      city {\n        slug\n        name\n      }\n      network {\n        slug\n        name\n      }\n      actionPlan {\n        id\n        title\n        periodStart\n        periodEnd\n      }\n      cases {\n        slug\n        title\n      }\n      latestAssessment {\n        assessor\n        assessedOn\n        reportUrl\n        completion\n        didItOpenGovernment\n        potentialResults\n        verifiable\n      }\n      milestones {\n        id\n        title\n        dueDate\n        status\n        doneDate\n        overdue\n      }\n      updates {\n        id\n        createdAt\n        body\n        status\n        author {\n          name\n        }\n        completedMilestones {\n          id\n          title\n        }\n        links {\n          label\n          url\n        }\n      }\n      viewerCan {\n        report\n      }\n    }\n  }\n": types.FindCommitmentDocument,
    "\n  fragment CommitmentStatsFields on CommitmentStats {\n    totalCommitments\n    overdueCommitments\n    overdueMilestones\n    byStatus {\n      status\n      count\n    }\n  }\n": types.CommitmentStatsFieldsFragmentDoc,
    "\n  query FindCityCommitments($slug: String!) {\n    city(slug: $slug) {\n      id\n      slug\n      name\n      country\n    }\n    cityCommitmentStats(city: $slug) {\n      ...CommitmentStatsFields\n    }\n  }\n": types.FindCityCommitmentsDocument,
    "\n  query NetworkCommitmentStats($network: String!) {\n    networkCommitmentStats(network: $network) {\n      ...CommitmentStatsFields\n    }\n  }\n": types.NetworkCommitmentStatsDocument,
    "\n  mutation PostCommitmentUpdate($input: CommitmentUpdateInput!) {\n    postCommitmentUpdate(input: $input) {\n      id\n    }\n  }\n": types.PostCommitmentUpdateDocument,
    "\n  query CaseMap($filter: SearchCasesInput) {\n    caseMap(filter: $filter) {\n      caseCount\n      city {\n        id\n        slug\n        name\n        country\n        latitude\n        longitude\n      }\n    }\n  }\n": types.CaseMapDocument,
    "\n  query SdgCoverage($filter: SearchCasesInput, $city: String) {\n    sdgCoverage(filter: $filter, city: $city) {\n      total\n      bars {\n        count\n        share\n        sdg {\n          number\n          colour\n        }\n      }\n    }\n  }\n": types.SdgCoverageDocument,
    "\n  query OpenDataNetworks {\n    networks {\n      slug\n      name\n      caseCount\n      licence {\n        id\n        name\n        url\n      }\n    }\n  }\n": types.OpenDataNetworksDocument,
    "\n  query FindNetwork($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      description\n      website\n      caseCount\n      languages\n    }\n  }\n": types.FindNetworkDocument,
    "\n  query ListNetworks {\n    networks {\n      slug\n      name\n      description\n      website\n      caseCount\n    }\n  }\n": types.ListNetworksDocument,
    "\n  query NetworkMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n        email\n      }\n      role\n      joinedAt\n    }\n    invitations(network: $network) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.NetworkMembersDocument,
    "\n  mutation InviteMember($network: String!, $email: String!, $role: NetworkRole!) {\n    inviteMember(network: $network, email: $email, role: $role) {\n      id\n      email\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      network {\n        slug\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($network: String!, $userId: ID!, $role: NetworkRole!) {\n    changeMemberRole(network: $network, userId: $userId, role: $role) {\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($network: String!, $userId: ID!) {\n    removeMember(network: $network, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network)\n  }\n": types.LeaveNetworkDocument,
    "\n  query UnreadNotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          title\n          verb\n          headline\n          context\n          summary\n          link\n          threadId\n          postId\n          actor {\n            name\n          }\n          network {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationPreferences {\n      email\n      mutedKinds\n    }\n    myFollows {\n      id\n      targetId\n      targetKind\n      title\n      link\n      createdAt\n    }\n    savedSearches {\n      id\n      name\n      query\n      link\n      following\n      createdAt\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      mutedKinds\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n": types.FollowingDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId) {\n      id\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": types.UnfollowDocument,
    "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n    }\n  }\n": types.SaveSearchDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": types.DeleteSavedSearchDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      message\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n": types.SearchCasesDocument,
    "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n": types.SuggestCasesDocument,
    "\n  query ModerationPage($network: String!) {\n    moderationQueue(network: $network) {\n      firstFlaggedAt\n      flags {\n        reason\n        createdAt\n        flagger {\n          name\n        }\n      }\n      thread {\n        id\n        title\n        locked\n      }\n      post {\n        id\n        body\n        bodyHtml\n        hidden\n        deleted\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    networkStandings(network: $network) {\n      user {\n        id\n        name\n      }\n      blocked\n      trusted\n      since\n      by {\n        name\n      }\n    }\n  }\n": types.ModerationPageDocument,
    "\n  query PreviewPost($body: String!, $threadId: ID) {\n    previewPost(body: $body, threadId: $threadId)\n  }\n": types.PreviewPostDocument,
    "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n": types.StartThreadDocument,
    "\n  mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n    reply(threadId: $threadId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n": types.ReplyDocument,
    "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation FlagPost($id: ID!, $reason: String!) {\n    flagPost(id: $id, reason: $reason) {\n      id\n    }\n  }\n": types.FlagPostDocument,
    "\n  mutation HidePost($id: ID!) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation LockThread($id: ID!) {\n    lockThread(id: $id) {\n      id\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(id: $id) {\n      id\n    }\n  }\n": types.UnlockThreadDocument,
    "\n  mutation SetSpaceVisibility($network: String!, $membersOnly: Boolean!) {\n    setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) {\n      slug\n      spaceMembersOnly\n    }\n  }\n": types.SetSpaceVisibilityDocument,
    "\n  mutation BlockUser($network: String!, $userId: ID!) {\n    blockUser(network: $network, userId: $userId)\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($network: String!, $userId: ID!) {\n    unblockUser(network: $network, userId: $userId)\n  }\n": types.UnblockUserDocument,
    "\n  mutation TrustMember($network: String!, $userId: ID!) {\n    trustMember(network: $network, userId: $userId)\n  }\n": types.TrustMemberDocument,
    "\n  mutation UntrustMember($network: String!, $userId: ID!) {\n    untrustMember(network: $network, userId: $userId)\n  }\n": types.UntrustMemberDocument,
    "\n  query ThreadList($caseId: ID, $network: String, $first: Int!, $after: String) {\n    threads(caseId: $caseId, network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          lastActivityAt\n          replyCount\n          unread\n          membersOnly\n          locked\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ThreadListDocument,
    "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      locked\n      membersOnly\n      createdAt\n      lastActivityAt\n      replyCount\n      createdBy {\n        id\n        name\n      }\n      case {\n        id\n        slug\n        title\n      }\n      network {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        reply\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            bodyHtml\n            hidden\n            deleted\n            parentId\n            createdAt\n            editedAt\n            author {\n              id\n              name\n            }\n            viewerCan {\n              edit\n              delete\n              flag\n              hide\n            }\n            revisions {\n              body\n              replacedAt\n              editedBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ThreadPageDocument,
    "\n  query PostCursors($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      posts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PostCursorsDocument,
    "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  query NetworkSpace($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      spaceMembersOnly\n    }\n  }\n": types.NetworkSpaceDocument,
    "\n  query MentionableMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.MentionableMembersDocument,
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
export function graphql(source: "\n  mutation SignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name)\n  }\n"): (typeof documents)["\n  mutation SignUp($email: String!, $password: String!, $name: String!) {\n    signUp(email: $email, password: $password, name: $name)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTwoFactorSetup {\n    beginTwoFactorSetup {\n      secret\n      uri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($password: String!) {\n    disableTwoFactor(password: $password)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($password: String!) {\n    disableTwoFactor(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      isPlatformAdmin\n      twoFactorEnabled\n      twoFactorRequired\n      memberships {\n        role\n        network {\n          slug\n          name\n        }\n      }\n      sessions {\n        createdAt\n        lastSeenAt\n        expiresAt\n        userAgent\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      isPlatformAdmin\n      twoFactorEnabled\n      twoFactorRequired\n      memberships {\n        role\n        network {\n          slug\n          name\n        }\n      }\n      sessions {\n        createdAt\n        lastSeenAt\n        expiresAt\n        userAgent\n        current\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CuratedCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      language\n      yearStarted\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      network {\n        slug\n        name\n      }\n      author {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        submit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n        submittedAt\n        snapshot\n        proposedBy {\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n      reviews {\n        id\n        decision\n        appliesTo\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n        reviewer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CuratedCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      language\n      yearStarted\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      createdAt\n      updatedAt\n      submittedAt\n      publishedAt\n      network {\n        slug\n        name\n      }\n      author {\n        id\n        name\n      }\n      viewerCan {\n        edit\n        submit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n        submittedAt\n        snapshot\n        proposedBy {\n          name\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n      reviews {\n        id\n        decision\n        appliesTo\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n        reviewer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSlugById($id: ID!) {\n    caseById(id: $id) {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query CaseSlugById($id: ID!) {\n    caseById(id: $id) {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases {\n    myCases {\n      id\n      slug\n      title\n      status\n      updatedAt\n      network {\n        slug\n        name\n      }\n      viewerCan {\n        edit\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        decision\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCases {\n    myCases {\n      id\n      slug\n      title\n      status\n      updatedAt\n      network {\n        slug\n        name\n      }\n      viewerCan {\n        edit\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        decision\n        comment\n        createdAt\n        fieldComments {\n          field\n          comment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationQueue($network: String!) {\n    curationQueue(network: $network) {\n      appliesTo\n      submittedAt\n      waitingSeconds\n      case {\n        id\n        slug\n        title\n        author {\n          name\n        }\n        pendingEdit {\n          proposedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationQueue($network: String!) {\n    curationQueue(network: $network) {\n      appliesTo\n      submittedAt\n      waitingSeconds\n      case {\n        id\n        slug\n        title\n        author {\n          name\n        }\n        pendingEdit {\n          proposedBy {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseHistory($id: ID!) {\n    caseHistory(id: $id) {\n      id\n      kind\n      createdAt\n      changedFields\n      author {\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseHistory($id: ID!) {\n    caseHistory(id: $id) {\n      id\n      kind\n      createdAt\n      changedFields\n      author {\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($network: String!, $first: Int!, $after: String) {\n    auditLog(network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          recordType\n          recordId\n          details\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($network: String!, $first: Int!, $after: String) {\n    auditLog(network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          createdAt\n          recordType\n          recordId\n          details\n          actor {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarCases($input: CaseInput!, $excludeId: ID) {\n    similarCases(input: $input, excludeId: $excludeId, first: 5) {\n      slug\n      title\n      cities {\n        name\n        country\n      }\n      network {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarCases($input: CaseInput!, $excludeId: ID) {\n    similarCases(input: $input, excludeId: $excludeId, first: 5) {\n      slug\n      title\n      cities {\n        name\n        country\n      }\n      network {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CaseInput!) {\n    createCase(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($id: ID!, $input: CaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($id: ID!, $input: CaseInput!) {\n    updateCase(id: $id, input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      slug\n      status\n      author {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      slug\n      status\n      author {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCase($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {\n    reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) {\n      id\n      slug\n      status\n      network {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCase($id: ID!, $decision: ReviewDecision!, $comment: String, $fieldComments: [FieldCommentInput!]) {\n    reviewCase(id: $id, decision: $decision, comment: $comment, fieldComments: $fieldComments) {\n      id\n      slug\n      status\n      network {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCase($id: ID!) {\n    archiveCase(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCase($id: ID!) {\n    archiveCase(id: $id) {\n      id\n      slug\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      language\n      translations {\n        slug\n        title\n        language\n      }\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      viewerCan {\n        edit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindCase($slug: String!) {\n    case(slug: $slug) {\n      id\n      slug\n      status\n      title\n      summary\n      challenge\n      approach\n      innovation\n      openGovernment\n      lessons\n      yearStarted\n      publishedAt\n      language\n      translations {\n        slug\n        title\n        language\n      }\n      themes\n      ogpValues\n      sdgs {\n        number\n      }\n      cities {\n        name\n        country\n        region\n      }\n      network {\n        slug\n        name\n      }\n      contacts {\n        name\n        role\n        organisation\n        email\n      }\n      links {\n        label\n        url\n      }\n      viewerCan {\n        edit\n        review\n        archive\n      }\n      pendingEdit {\n        state\n      }\n      reviews {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCases($filter: CaseFilter, $first: Int!, $after: String) {\n    cases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListCommitments($filter: CommitmentFilter, $first: Int!, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          divergence\n          city {\n            slug\n            name\n          }\n          actionPlan {\n            id\n            title\n          }\n          latestAssessment {\n            completion\n            assessor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListCommitments($filter: CommitmentFilter, $first: Int!, $after: String) {\n    commitments(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          overdue\n          divergence\n          city {\n            slug\n            name\n          }\n          actionPlan {\n            id\n            title\n          }\n          latestAssessment {\n            completion\n            assessor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCommitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      title\n      problem\n      description\n      leadInstitution\n      partners {\n        name\n        kind\n      }\n      ogpValues\n      sdgs {\n        number\n      }\n      status\n      selfReportedStatus\n      divergence\n      overdue\n      city {\n        slug\n        name\n      }\n      network {\n        slug\n        name\n      }\n      actionPlan {\n        id\n        title\n        periodStart\n        periodEnd\n      }\n      cases {\n        slug\n        title\n      }\n      latestAssessment {\n        assessor\n        assessedOn\n        reportUrl\n        completion\n        didItOpenGovernment\n        potentialResults\n        verifiable\n      }\n      milestones {\n        id\n        title\n        dueDate\n        status\n        doneDate\n        overdue\n      }\n      updates {\n        id\n        createdAt\n        body\n        status\n        author {\n          name\n        }\n        completedMilestones {\n          id\n          title\n        }\n        links {\n          label\n          url\n        }\n      }\n      viewerCan {\n        report\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindCommitment($id: ID!) {\n    commitment(id: $id) {\n      id\n      title\n      problem\n      description\n      leadInstitution\n      partners {\n        name\n        kind\n      }\n      ogpValues\n      sdgs {\n        number\n      }\n      status\n      selfReportedStatus\n      divergence\n      overdue\n      city {\n        slug\n        name\n      }\n      network {\n        slug\n        name\n      }\n      actionPlan {\n        id\n        title\n        periodStart\n        periodEnd\n      }\n      cases {\n        slug\n        title\n      }\n      latestAssessment {\n        assessor\n        assessedOn\n        reportUrl\n        completion\n        didItOpenGovernment\n        potentialResults\n        verifiable\n      }\n      milestones {\n        id\n        title\n        dueDate\n        status\n        doneDate\n        overdue\n      }\n      updates {\n        id\n        createdAt\n        body\n        status\n        author {\n          name\n        }\n        completedMilestones {\n          id\n          title\n        }\n        links {\n          label\n          url\n        }\n      }\n      viewerCan {\n        report\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentStatsFields on CommitmentStats {\n    totalCommitments\n    overdueCommitments\n    overdueMilestones\n    byStatus {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment CommitmentStatsFields on CommitmentStats {\n    totalCommitments\n    overdueCommitments\n    overdueMilestones\n    byStatus {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindCityCommitments($slug: String!) {\n    city(slug: $slug) {\n      id\n      slug\n      name\n      country\n    }\n    cityCommitmentStats(city: $slug) {\n      ...CommitmentStatsFields\n    }\n  }\n"): (typeof documents)["\n  query FindCityCommitments($slug: String!) {\n    city(slug: $slug) {\n      id\n      slug\n      name\n      country\n    }\n    cityCommitmentStats(city: $slug) {\n      ...CommitmentStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkCommitmentStats($network: String!) {\n    networkCommitmentStats(network: $network) {\n      ...CommitmentStatsFields\n    }\n  }\n"): (typeof documents)["\n  query NetworkCommitmentStats($network: String!) {\n    networkCommitmentStats(network: $network) {\n      ...CommitmentStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostCommitmentUpdate($input: CommitmentUpdateInput!) {\n    postCommitmentUpdate(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostCommitmentUpdate($input: CommitmentUpdateInput!) {\n    postCommitmentUpdate(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMap($filter: SearchCasesInput) {\n    caseMap(filter: $filter) {\n      caseCount\n      city {\n        id\n        slug\n        name\n        country\n        latitude\n        longitude\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMap($filter: SearchCasesInput) {\n    caseMap(filter: $filter) {\n      caseCount\n      city {\n        id\n        slug\n        name\n        country\n        latitude\n        longitude\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SdgCoverage($filter: SearchCasesInput, $city: String) {\n    sdgCoverage(filter: $filter, city: $city) {\n      total\n      bars {\n        count\n        share\n        sdg {\n          number\n          colour\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SdgCoverage($filter: SearchCasesInput, $city: String) {\n    sdgCoverage(filter: $filter, city: $city) {\n      total\n      bars {\n        count\n        share\n        sdg {\n          number\n          colour\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenDataNetworks {\n    networks {\n      slug\n      name\n      caseCount\n      licence {\n        id\n        name\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenDataNetworks {\n    networks {\n      slug\n      name\n      caseCount\n      licence {\n        id\n        name\n        url\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NetworkMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n        email\n      }\n      role\n      joinedAt\n    }\n    invitations(network: $network) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query NetworkMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n        email\n      }\n      role\n      joinedAt\n    }\n    invitations(network: $network) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($network: String!, $email: String!, $role: NetworkRole!) {\n    inviteMember(network: $network, email: $email, role: $role) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($network: String!, $email: String!, $role: NetworkRole!) {\n    inviteMember(network: $network, email: $email, role: $role) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      network {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      network {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($network: String!, $userId: ID!, $role: NetworkRole!) {\n    changeMemberRole(network: $network, userId: $userId, role: $role) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($network: String!, $userId: ID!, $role: NetworkRole!) {\n    changeMemberRole(network: $network, userId: $userId, role: $role) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($network: String!, $userId: ID!) {\n    removeMember(network: $network, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($network: String!, $userId: ID!) {\n    removeMember(network: $network, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network)\n  }\n"): (typeof documents)["\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    notifications(first: 0) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          title\n          verb\n          headline\n          context\n          summary\n          link\n          threadId\n          postId\n          actor {\n            name\n          }\n          network {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          read\n          createdAt\n          title\n          verb\n          headline\n          context\n          summary\n          link\n          threadId\n          postId\n          actor {\n            name\n          }\n          network {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationPreferences {\n      email\n      mutedKinds\n    }\n    myFollows {\n      id\n      targetId\n      targetKind\n      title\n      link\n      createdAt\n    }\n    savedSearches {\n      id\n      name\n      query\n      link\n      following\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationPreferences {\n      email\n      mutedKinds\n    }\n    myFollows {\n      id\n      targetId\n      targetKind\n      title\n      link\n      createdAt\n    }\n    savedSearches {\n      id\n      name\n      query\n      link\n      following\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      mutedKinds\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      email\n      mutedKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n"): (typeof documents)["\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSearch($input: SaveSearchInput!) {\n    saveSearch(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      scope\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"): (typeof documents)["\n  query SearchCases($input: SearchCasesInput) {\n    searchCases(input: $input) {\n      total\n      tookMs\n      engine\n      fallbackReason\n      suggestion\n      hits {\n        score\n        highlights {\n          field\n          snippet\n        }\n        case {\n          slug\n          title\n          summary\n          sdgs {\n            number\n          }\n          cities {\n            name\n            country\n          }\n          network {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        sdgs {\n          ...FacetValueFields\n        }\n        regions {\n          ...FacetValueFields\n        }\n        countries {\n          ...FacetValueFields\n        }\n        networks {\n          ...FacetValueFields\n        }\n        themes {\n          ...FacetValueFields\n        }\n        ogpValues {\n          ...FacetValueFields\n        }\n        languages {\n          ...FacetValueFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n\n  fragment FacetValueFields on FacetValue {\n    value\n    label\n    count\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n"): (typeof documents)["\n  query SuggestCases($prefix: String!, $first: Int!) {\n    suggestCases(prefix: $prefix, first: $first) {\n      slug\n      title\n      places\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationPage($network: String!) {\n    moderationQueue(network: $network) {\n      firstFlaggedAt\n      flags {\n        reason\n        createdAt\n        flagger {\n          name\n        }\n      }\n      thread {\n        id\n        title\n        locked\n      }\n      post {\n        id\n        body\n        bodyHtml\n        hidden\n        deleted\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    networkStandings(network: $network) {\n      user {\n        id\n        name\n      }\n      blocked\n      trusted\n      since\n      by {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationPage($network: String!) {\n    moderationQueue(network: $network) {\n      firstFlaggedAt\n      flags {\n        reason\n        createdAt\n        flagger {\n          name\n        }\n      }\n      thread {\n        id\n        title\n        locked\n      }\n      post {\n        id\n        body\n        bodyHtml\n        hidden\n        deleted\n        createdAt\n        author {\n          id\n          name\n        }\n      }\n    }\n    networkStandings(network: $network) {\n      user {\n        id\n        name\n      }\n      blocked\n      trusted\n      since\n      by {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPost($body: String!, $threadId: ID) {\n    previewPost(body: $body, threadId: $threadId)\n  }\n"): (typeof documents)["\n  query PreviewPost($body: String!, $threadId: ID) {\n    previewPost(body: $body, threadId: $threadId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StartThread($input: StartThreadInput!) {\n    startThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n    reply(threadId: $threadId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Reply($threadId: ID!, $body: String!, $parentId: ID) {\n    reply(threadId: $threadId, body: $body, parentId: $parentId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($id: ID!, $body: String!) {\n    editPost(id: $id, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($id: ID!, $reason: String!) {\n    flagPost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($id: ID!, $reason: String!) {\n    flagPost(id: $id, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($id: ID!) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($id: ID!) {\n    hidePost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePost($id: ID!) {\n    restorePost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($id: ID!) {\n    lockThread(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($id: ID!) {\n    lockThread(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockThread($id: ID!) {\n    unlockThread(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockThread($id: ID!) {\n    unlockThread(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpaceVisibility($network: String!, $membersOnly: Boolean!) {\n    setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) {\n      slug\n      spaceMembersOnly\n    }\n  }\n"): (typeof documents)["\n  mutation SetSpaceVisibility($network: String!, $membersOnly: Boolean!) {\n    setNetworkSpaceVisibility(network: $network, membersOnly: $membersOnly) {\n      slug\n      spaceMembersOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockUser($network: String!, $userId: ID!) {\n    blockUser(network: $network, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation BlockUser($network: String!, $userId: ID!) {\n    blockUser(network: $network, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($network: String!, $userId: ID!) {\n    unblockUser(network: $network, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UnblockUser($network: String!, $userId: ID!) {\n    unblockUser(network: $network, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrustMember($network: String!, $userId: ID!) {\n    trustMember(network: $network, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation TrustMember($network: String!, $userId: ID!) {\n    trustMember(network: $network, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntrustMember($network: String!, $userId: ID!) {\n    untrustMember(network: $network, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation UntrustMember($network: String!, $userId: ID!) {\n    untrustMember(network: $network, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadList($caseId: ID, $network: String, $first: Int!, $after: String) {\n    threads(caseId: $caseId, network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          lastActivityAt\n          replyCount\n          unread\n          membersOnly\n          locked\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadList($caseId: ID, $network: String, $first: Int!, $after: String) {\n    threads(caseId: $caseId, network: $network, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          lastActivityAt\n          replyCount\n          unread\n          membersOnly\n          locked\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      locked\n      membersOnly\n      createdAt\n      lastActivityAt\n      replyCount\n      createdBy {\n        id\n        name\n      }\n      case {\n        id\n        slug\n        title\n      }\n      network {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        reply\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            bodyHtml\n            hidden\n            deleted\n            parentId\n            createdAt\n            editedAt\n            author {\n              id\n              name\n            }\n            viewerCan {\n              edit\n              delete\n              flag\n              hide\n            }\n            revisions {\n              body\n              replacedAt\n              editedBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPage($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      id\n      title\n      locked\n      membersOnly\n      createdAt\n      lastActivityAt\n      replyCount\n      createdBy {\n        id\n        name\n      }\n      case {\n        id\n        slug\n        title\n      }\n      network {\n        id\n        slug\n        name\n      }\n      viewerCan {\n        reply\n        moderate\n      }\n      posts(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            body\n            bodyHtml\n            hidden\n            deleted\n            parentId\n            createdAt\n            editedAt\n            author {\n              id\n              name\n            }\n            viewerCan {\n              edit\n              delete\n              flag\n              hide\n            }\n            revisions {\n              body\n              replacedAt\n              editedBy {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostCursors($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      posts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostCursors($id: ID!, $first: Int!, $after: String) {\n    thread(id: $id) {\n      posts(first: $first, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($id: ID!) {\n    markThreadRead(id: $id) {\n      id\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkSpace($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      spaceMembersOnly\n    }\n  }\n"): (typeof documents)["\n  query NetworkSpace($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      spaceMembersOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionableMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionableMembers($network: String!) {\n    members(network: $network) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;