import { buildCasebookSchema } from '../schema.js';
import { startTestApi, type TestApi, type TestClient } from './test-api.js';
import { threadRecordsOfB, threadStateOf, type ThreadRecordsOfB } from '../modules/threads/thread-isolation.fixtures.js';
import { notificationRecordsOfB, notificationStateOf, type NotificationRecordsOfB } from '../modules/notifications/notification-isolation.fixtures.js';

/**
 * Isolation: people outside network B (anonymous, signed in elsewhere, members and coordinators of A) try
 * every door to B's private records; none returns B's data or changes B. Every Query and Mutation field of
 * the schema must be classified below, so a new resolver cannot slip past this suite.
 */
const A = 'uclg-transparency';
const B = 'ogp-local';

/** Fields that reveal nothing private of any network (public data or the caller's own account). */
const PUBLIC_OR_SELF = new Set([
  'case', 'cases', 'countries', 'network', 'networks', 'ogpValues', 'regions', 'sdgs', 'searchCases', 'suggestCases', 'themes',
  'viewer', 'myData', 'myCases', 'similarCases',
  'signUp', 'verifyEmail', 'signIn', 'verifySecondFactor', 'signOut', 'signOutEverywhere', 'requestPasswordReset', 'resetPassword',
  'changePassword', 'changeEmail', 'confirmEmailChange', 'beginTwoFactorSetup', 'confirmTwoFactorSetup', 'disableTwoFactor',
  'regenerateRecoveryCodes', 'deleteAccount', 'leaveNetwork',
  // Open government data: plans, commitments, milestones, updates and assessments are public, as are cities.
  'actionPlans', 'actionPlan', 'commitment', 'commitments', 'networkCommitmentStats', 'cityCommitmentStats', 'city',
  // Maps and charts count published cards only (the search index holds nothing else).
  'caseMap', 'sdgCoverage',
  // The caller's own notification settings and new saved searches (attacked below: notifications, saved searches, follows).
  'notificationPreferences', 'updateNotificationPreferences', 'saveSearch',
]);

interface Attack {
  /** The operation, aimed at network B. */
  query: string;
  variables?: () => Record<string, unknown>;
  /** Passes when the response carries none of B's private data. */
  reveals(data: Record<string, any> | null | undefined): boolean;
}

let bCoordinatorId = '';
let bInvitationId = '';
let bInvitationToken = '';
/** B's private cards: a draft, a submission waiting in B's queue, and B's published Paris card with a pending edit. */
let bDraftId = '';
let bDraftSlug = '';
let bSubmittedId = '';
let bPublishedId = '';
/** B's commitment records (public to read, B's to change): the demo Paris plan and commitment, a milestone, an update. */
let bPlanId = '';
let bCommitmentId = '';
let bMilestoneId = '';
let bUpdateId = '';
let bEditorId = '';
/** B's Spanish draft translation of its published Paris card, linked to it. */
let bTranslationId = '';
/** B's members-only thread and its post (by B's coordinator, flagged by a member), a user blocked and one trusted in B. */
let bThreads: ThreadRecordsOfB;
/** A notification of B's editor, B's coordinator's saved search (and follow of it). */
let bNotes: NotificationRecordsOfB;
/** A word found only in B's private cards. */
const SECRET = 'Xylophonequokka';
const CARD_DOOR = `id title summary network { slug } reviews { comment } pendingEdit { state snapshot } viewerCan { edit submit review archive } translations { id summary }`;
const shows = (value: any, id: string): boolean => JSON.stringify(value ?? null).includes(id) || JSON.stringify(value ?? null).includes(SECRET);
/** A card in the answer is one of B's private ones, or shows the private side of one of B's cards (reviews, pending edit, rights). */
const revealsCard = (card: any): boolean =>
  !!card &&
  (card.id === bDraftId || card.id === bSubmittedId || JSON.stringify(card).includes(SECRET) ||
    (card.network?.slug === B && (card.reviews != null || card.pendingEdit != null || Object.values(card.viewerCan ?? {}).some(Boolean))));

/** One or more attacks per tenant-scoped field; the keys are schema field names. */
const ATTACKS: Record<string, Attack[]> = {
  case: [
    { query: `query($slug: String!) { case(slug: $slug) { ${CARD_DOOR} } }`, variables: () => ({ slug: bDraftSlug }), reveals: (data) => data?.case != null },
    { query: `query { case(slug: "paris-co-created-climate-action-plan") { ${CARD_DOOR} } }`, reveals: (data) => revealsCard(data?.case) },
  ],
  caseById: [
    { query: `query($id: ID!) { caseById(id: $id) { ${CARD_DOOR} } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.caseById != null },
    { query: `query($id: ID!) { caseById(id: $id) { ${CARD_DOOR} } }`, variables: () => ({ id: bSubmittedId }), reveals: (data) => data?.caseById != null },
    { query: `query($id: ID!) { caseById(id: $id) { ${CARD_DOOR} } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => revealsCard(data?.caseById) },
  ],
  cases: [{ query: `query { cases(first: 100) { edges { node { ${CARD_DOOR} } } } }`, reveals: (data) => (data?.cases?.edges ?? []).some((edge: any) => revealsCard(edge.node)) }],
  searchCases: [
    { query: `query { searchCases(input: { query: "${SECRET}" }) { total hits { case { id } } } }`, reveals: (data) => (data?.searchCases?.total ?? 0) > 0 },
    { query: `query { searchCases(input: { networks: ["${B}"], first: 100 }) { hits { case { ${CARD_DOOR} } } } }`, reveals: (data) => (data?.searchCases?.hits ?? []).some((hit: any) => revealsCard(hit.case)) },
  ],
  suggestCases: [{ query: `query { suggestCases(prefix: "${SECRET.slice(0, 8)}") { slug title } }`, reveals: (data) => (data?.suggestCases ?? []).length > 0 }],
  similarCases: [{ query: `query { similarCases(input: { title: "${SECRET} participatory budget" }) { ${CARD_DOOR} } }`, reveals: (data) => (data?.similarCases ?? []).some(revealsCard) }],
  myCases: [{ query: `query { myCases { ${CARD_DOOR} } }`, reveals: (data) => (data?.myCases ?? []).some((card: any) => card.id === bDraftId || card.id === bSubmittedId || card.id === bPublishedId) }],
  curationQueue: [
    { query: `query { curationQueue(network: "${B}") { case { id } } }`, reveals: (data) => data?.curationQueue != null },
    { query: `query { curationQueue(network: "${A}") { case { id title } } }`, reveals: (data) => shows(data?.curationQueue, bSubmittedId) },
  ],
  caseHistory: [
    { query: `query($id: ID!) { caseHistory(id: $id) { changedFields } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.caseHistory != null },
    { query: `query($id: ID!) { caseHistory(id: $id) { changedFields changes { after } } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => data?.caseHistory != null },
  ],
  auditLog: [
    { query: `query { auditLog(network: "${B}") { totalCount edges { node { action recordId } } } }`, reveals: (data) => data?.auditLog != null },
    { query: `query { auditLog(network: "${A}", first: 100) { edges { node { action recordId details } } } }`, reveals: (data) => shows(data?.auditLog, bDraftId) || shows(data?.auditLog, bSubmittedId) },
  ],
  createCase: [{ query: `mutation { createCase(input: { network: "${B}", title: "Planted in B" }) { id } }`, reveals: (data) => data?.createCase != null }],
  updateCase: [
    { query: `mutation($id: ID!) { updateCase(id: $id, input: { title: "Defaced" }) { id title } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.updateCase != null },
    { query: `mutation($id: ID!) { updateCase(id: $id, input: { summary: "Defaced" }) { id } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => data?.updateCase != null },
  ],
  submitCase: [{ query: `mutation($id: ID!) { submitCase(id: $id) { id } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.submitCase != null }],
  reviewCase: [
    { query: `mutation($id: ID!) { reviewCase(id: $id, decision: APPROVE) { id status } }`, variables: () => ({ id: bSubmittedId }), reveals: (data) => data?.reviewCase != null },
    { query: `mutation($id: ID!) { reviewCase(id: $id, decision: REJECT, comment: "no") { id } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => data?.reviewCase != null },
  ],
  archiveCase: [{ query: `mutation($id: ID!) { archiveCase(id: $id) { id } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => data?.archiveCase != null }],
  members: [
    { query: `query { members(network: "${B}") { user { id name email } role } }`, reveals: (data) => data?.members != null },
    { query: `query { a: members(network: "${B}") { role } b: members(network: "${B}") { user { email } } }`, reveals: (data) => data?.a != null || data?.b != null },
    { query: `query { network(slug: "${B}") { members { user { email } } } }`, reveals: (data) => data?.network?.members != null },
    { query: `query { networks { slug members { user { email } } } }`, reveals: (data) => (data?.networks ?? []).some((network: any) => network.slug === B && network.members != null) },
    {
      query: `query { case(slug: "paris-co-created-climate-action-plan") { network { slug members { role } } } }`,
      reveals: (data) => data?.case?.network?.members != null,
    },
    {
      query: `query { searchCases(input: { networks: ["${B}"] }) { hits { case { network { members { user { email } } } } } } }`,
      reveals: (data) => (data?.searchCases?.hits ?? []).some((hit: any) => hit.case.network.members != null),
    },
  ],
  invitations: [{ query: `query { invitations(network: "${B}") { email } }`, reveals: (data) => data?.invitations != null }],
  inviteMember: [{ query: `mutation { inviteMember(network: "${B}", email: "intruder@example.net", role: COORDINATOR) { id } }`, reveals: (data) => data?.inviteMember != null }],
  revokeInvitation: [{ query: `mutation($id: ID!) { revokeInvitation(id: $id) }`, variables: () => ({ id: bInvitationId }), reveals: (data) => data?.revokeInvitation === true }],
  acceptInvitation: [{ query: `mutation($token: String!) { acceptInvitation(token: $token) { role } }`, variables: () => ({ token: bInvitationToken }), reveals: (data) => data?.acceptInvitation != null }],
  changeMemberRole: [
    { query: `mutation($id: ID!) { changeMemberRole(network: "${B}", userId: $id, role: MEMBER) { role } }`, variables: () => ({ id: bCoordinatorId }), reveals: (data) => data?.changeMemberRole != null },
    // Through A's name: a coordinator of A cannot reach B's member by naming their own network.
    { query: `mutation($id: ID!) { changeMemberRole(network: "${A}", userId: $id, role: MEMBER) { role } }`, variables: () => ({ id: bCoordinatorId }), reveals: (data) => data?.changeMemberRole != null },
  ],
  removeMember: [
    { query: `mutation($id: ID!) { removeMember(network: "${B}", userId: $id) }`, variables: () => ({ id: bCoordinatorId }), reveals: (data) => data?.removeMember === true },
    { query: `mutation($id: ID!) { removeMember(network: "${A}", userId: $id) }`, variables: () => ({ id: bCoordinatorId }), reveals: (data) => data?.removeMember === true },
  ],
  createActionPlan: [
    { query: `mutation { createActionPlan(input: { network: "${B}", city: { name: "Paris", country: "FR" }, title: "Planted in B", periodStart: "2024-01-01", periodEnd: "2025-01-01" }) { id } }`, reveals: (data) => data?.createActionPlan != null },
  ],
  updateActionPlan: [
    { query: `mutation($id: ID!) { updateActionPlan(id: $id, input: { title: "Defaced", periodEnd: "2030-01-01" }) { id } }`, variables: () => ({ id: bPlanId }), reveals: (data) => data?.updateActionPlan != null },
    // Naming A's network does not move B's plan.
    { query: `mutation($id: ID!) { updateActionPlan(id: $id, input: { network: "${A}" }) { id } }`, variables: () => ({ id: bPlanId }), reveals: (data) => data?.updateActionPlan != null },
  ],
  createCommitment: [
    { query: `mutation($id: ID!) { createCommitment(input: { actionPlanId: $id, title: "Planted in B" }) { id } }`, variables: () => ({ id: bPlanId }), reveals: (data) => data?.createCommitment != null },
  ],
  updateCommitment: [
    { query: `mutation($id: ID!) { updateCommitment(id: $id, input: { title: "Defaced", status: COMPLETE }) { id } }`, variables: () => ({ id: bCommitmentId }), reveals: (data) => data?.updateCommitment != null },
  ],
  postCommitmentUpdate: [
    { query: `mutation($id: ID!) { postCommitmentUpdate(input: { commitmentId: $id, body: "Fake progress", status: COMPLETE }) { id } }`, variables: () => ({ id: bCommitmentId }), reveals: (data) => data?.postCommitmentUpdate != null },
    {
      query: `mutation($id: ID!, $milestone: ID!) { postCommitmentUpdate(input: { commitmentId: $id, body: "Done", completedMilestoneIds: [$milestone] }) { id } }`,
      variables: () => ({ id: bCommitmentId, milestone: bMilestoneId }),
      reveals: (data) => data?.postCommitmentUpdate != null,
    },
  ],
  correctCommitmentUpdate: [
    { query: `mutation($id: ID!) { correctCommitmentUpdate(id: $id, body: "Rewritten history") { id } }`, variables: () => ({ id: bUpdateId }), reveals: (data) => data?.correctCommitmentUpdate != null },
  ],
  addMilestone: [
    { query: `mutation($id: ID!) { addMilestone(commitmentId: $id, input: { title: "Planted", dueDate: "2019-01-01" }) { id } }`, variables: () => ({ id: bCommitmentId }), reveals: (data) => data?.addMilestone != null },
  ],
  updateMilestone: [
    { query: `mutation($id: ID!) { updateMilestone(id: $id, input: { title: "Defaced" }) { id } }`, variables: () => ({ id: bMilestoneId }), reveals: (data) => data?.updateMilestone != null },
  ],
  setMilestoneStatus: [
    { query: `mutation($id: ID!) { setMilestoneStatus(id: $id, status: COMPLETE, doneDate: "2019-01-01") { id } }`, variables: () => ({ id: bMilestoneId }), reveals: (data) => data?.setMilestoneStatus != null },
  ],
  recordAssessment: [
    {
      query: `mutation($id: ID!) { recordAssessment(input: { commitmentId: $id, assessor: "Fake IRM", assessedOn: "2019-01-01", verifiable: false, potentialResults: UNCLEAR, completion: NO_EVIDENCE, didItOpenGovernment: WORSENED }) { id } }`,
      variables: () => ({ id: bCommitmentId }),
      reveals: (data) => data?.recordAssessment != null,
    },
  ],
  setMemberCities: [
    { query: `mutation($id: ID!) { setMemberCities(network: "${B}", userId: $id, cities: ["madrid-es"]) { role } }`, variables: () => ({ id: bEditorId }), reveals: (data) => data?.setMemberCities != null },
    { query: `mutation($id: ID!) { setMemberCities(network: "${A}", userId: $id, cities: ["madrid-es"]) { role } }`, variables: () => ({ id: bEditorId }), reveals: (data) => data?.setMemberCities != null },
  ],
  // Threads: B's members-only thread and post; B's moderation (queue, blocks, trust, the space's visibility).
  thread: [{ query: `query($id: ID!) { thread(id: $id) { id title posts { edges { node { body } } } } }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.thread != null }],
  threads: [
    { query: `query { threads(network: "${B}", first: 100) { totalCount edges { node { id title replyCount } } } }`, reveals: (data) => shows(data?.threads, bThreads.threadId) },
    { query: `query($id: ID!) { threads(caseId: $id) { totalCount edges { node { id } } } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.threads != null },
  ],
  startThread: [
    { query: `mutation { startThread(input: { network: "${B}", title: "Planted in B", body: "x", membersOnly: true }) { id } }`, reveals: (data) => data?.startThread != null },
    { query: `mutation($id: ID!) { startThread(input: { caseId: $id, title: "On B's draft", body: "x" }) { id } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.startThread != null },
  ],
  reply: [{ query: `mutation($id: ID!) { reply(threadId: $id, body: "Intruding") { id } }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.reply != null }],
  editPost: [{ query: `mutation($id: ID!) { editPost(id: $id, body: "Defaced") { id body } }`, variables: () => ({ id: bThreads.postId }), reveals: (data) => data?.editPost != null }],
  flagPost: [{ query: `mutation($id: ID!) { flagPost(id: $id, reason: "x") { id body } }`, variables: () => ({ id: bThreads.postId }), reveals: (data) => data?.flagPost != null }],
  hidePost: [{ query: `mutation($id: ID!) { hidePost(id: $id) { id body } }`, variables: () => ({ id: bThreads.postId }), reveals: (data) => data?.hidePost != null }],
  restorePost: [{ query: `mutation($id: ID!) { restorePost(id: $id) { id body } }`, variables: () => ({ id: bThreads.postId }), reveals: (data) => data?.restorePost != null }],
  lockThread: [{ query: `mutation($id: ID!) { lockThread(id: $id) { id title } }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.lockThread != null }],
  unlockThread: [{ query: `mutation($id: ID!) { unlockThread(id: $id) { id title } }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.unlockThread != null }],
  markThreadRead: [{ query: `mutation($id: ID!) { markThreadRead(id: $id) { id title } }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.markThreadRead != null }],
  moderationQueue: [
    { query: `query { moderationQueue(network: "${B}") { post { id body } flags { reason } } }`, reveals: (data) => data?.moderationQueue != null },
    { query: `query { moderationQueue(network: "${A}") { post { id body } thread { id } flags { reason } } }`, reveals: (data) => shows(data?.moderationQueue, bThreads.postId) },
  ],
  networkStandings: [
    { query: `query { networkStandings(network: "${B}") { user { id name } blocked trusted since by { name } } }`, reveals: (data) => data?.networkStandings != null },
    { query: `query { networkStandings(network: "${A}") { user { id name } blocked trusted } }`, reveals: (data) => shows(data?.networkStandings, bThreads.blockedUserId) || shows(data?.networkStandings, bThreads.trustedUserId) },
  ],
  blockUser: [{ query: `mutation($id: ID!) { blockUser(network: "${B}", userId: $id) }`, variables: () => ({ id: bEditorId }), reveals: (data) => data?.blockUser === true }],
  unblockUser: [{ query: `mutation($id: ID!) { unblockUser(network: "${B}", userId: $id) }`, variables: () => ({ id: bThreads.blockedUserId }), reveals: (data) => data?.unblockUser === true }],
  trustMember: [{ query: `mutation($id: ID!) { trustMember(network: "${B}", userId: $id) }`, variables: () => ({ id: bEditorId }), reveals: (data) => data?.trustMember === true }],
  untrustMember: [{ query: `mutation($id: ID!) { untrustMember(network: "${B}", userId: $id) }`, variables: () => ({ id: bThreads.trustedUserId }), reveals: (data) => data?.untrustMember === true }],
  setNetworkSpaceVisibility: [{ query: `mutation { setNetworkSpaceVisibility(network: "${B}", membersOnly: true) { slug } }`, reveals: (data) => data?.setNetworkSpaceVisibility != null }],
  deletePost: [{ query: `mutation($id: ID!) { deletePost(id: $id) { id } }`, variables: () => ({ id: bThreads.postId }), reveals: (data) => data?.deletePost != null }],
  // A preview names a mentioned member only for a thread the caller reads: B's coordinator's name stays B's.
  previewPost: [
    { query: `query($id: ID!, $body: String!) { previewPost(body: $body, threadId: $id) }`, variables: () => ({ id: bThreads.threadId, body: `@[x](user:${bCoordinatorId})` }), reveals: (data) => /class="mention"/.test(data?.previewPost ?? '') },
    { query: `query($body: String!) { previewPost(body: $body) }`, variables: () => ({ body: `@[x](user:${bCoordinatorId})` }), reveals: (data) => /class="mention"/.test(data?.previewPost ?? '') },
  ],
  // Notifications, saved searches and follows are their owner's alone.
  notifications: [{ query: `query { notifications(first: 50) { unreadCount edges { node { id title summary } } } }`, reveals: (data) => shows(data?.notifications, bNotes.notificationId) }],
  markNotificationsRead: [
    { query: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, variables: () => ({ ids: [bNotes.notificationId] }), reveals: () => false },
    { query: `mutation { markNotificationsRead }`, reveals: () => false },
  ],
  savedSearches: [{ query: `query { savedSearches { id name query } }`, reveals: (data) => shows(data?.savedSearches, bNotes.savedSearchId) }],
  deleteSavedSearch: [{ query: `mutation($id: ID!) { deleteSavedSearch(id: $id) }`, variables: () => ({ id: bNotes.savedSearchId }), reveals: (data) => data?.deleteSavedSearch === true }],
  follow: [
    { query: `mutation($id: ID!) { follow(targetId: $id) { id title } }`, variables: () => ({ id: bDraftId }), reveals: (data) => data?.follow != null },
    { query: `mutation($id: ID!) { follow(targetId: $id) { id title } }`, variables: () => ({ id: bNotes.savedSearchId }), reveals: (data) => data?.follow != null },
  ],
  unfollow: [{ query: `mutation($id: ID!) { unfollow(targetId: $id) }`, variables: () => ({ id: bNotes.savedSearchId }), reveals: (data) => data?.unfollow === true }],
  following: [
    { query: `query($id: ID!) { following(targetId: $id) }`, variables: () => ({ id: bNotes.savedSearchId }), reveals: (data) => data?.following === true },
    { query: `query($id: ID!) { following(targetId: $id) }`, variables: () => ({ id: bThreads.threadId }), reveals: (data) => data?.following === true },
  ],
  myFollows: [{ query: `query { myFollows { targetId title } }`, reveals: (data) => shows(data?.myFollows, bNotes.savedSearchId) || shows(data?.myFollows, bThreads.threadId) }],
  unsubscribe: [
    { query: `mutation($token: String!) { unsubscribe(token: $token) { scope } }`, variables: () => ({ token: `${bNotes.coordinatorId}.all.forged-signature` }), reveals: (data) => data?.unsubscribe != null },
  ],
  createNetwork: [
    { query: `mutation { createNetwork(input: { slug: "${B}-copy", name: "Copy", coordinatorEmail: "x@example.net" }) { slug } }`, reveals: (data) => data?.createNetwork != null },
  ],
  // Translations link B's cards (B's editors and coordinators); the licence is B's coordinators' choice.
  linkTranslation: [
    { query: `mutation($id: ID!, $of: ID!) { linkTranslation(caseId: $id, translationOfId: $of) { id translations { id summary } } }`, variables: () => ({ id: bTranslationId, of: bPublishedId }), reveals: (data) => data?.linkTranslation != null },
    { query: `mutation($id: ID!, $of: ID!) { linkTranslation(caseId: $id, translationOfId: $of) { id } }`, variables: () => ({ id: bDraftId, of: bTranslationId }), reveals: (data) => data?.linkTranslation != null },
  ],
  unlinkTranslation: [{ query: `mutation($id: ID!) { unlinkTranslation(caseId: $id) { id } }`, variables: () => ({ id: bPublishedId }), reveals: (data) => data?.unlinkTranslation != null }],
  setNetworkLicence: [{ query: `mutation { setNetworkLicence(network: "${B}", licence: "CC0-1.0") { slug licence { id } } }`, reveals: (data) => data?.setNetworkLicence != null }],
};

let api: TestApi;
let attackers: Record<string, TestClient>;
let bCoordinatorClient: TestClient;

/** B's private state, read directly from the database. */
async function stateOfB(): Promise<string> {
  const rows = await api.orm.em.getConnection().execute(
    `select (select json_agg(json_build_object('user', m.user_id, 'role', m.role) order by m.user_id) from memberships m join networks n on n.id = m.network_id where n.slug = ?) as members,
            (select json_agg(json_build_object('email', i.email, 'revoked', i.revoked_at, 'accepted', i.accepted_at) order by i.email) from invitations i join networks n on n.id = i.network_id where n.slug = ?) as invitations,
            (select json_agg(json_build_object('slug', slug, 'licence', licence) order by slug) from networks) as networks,
            (select json_agg(json_build_object('id', c.id, 'slug', c.slug, 'status', c.status, 'title', c.title, 'summary', c.summary, 'updated', c.updated_at, 'pending', c.pending_edit, 'pendingState', c.pending_edit_state, 'group', c.translation_group) order by c.id) from case_cards c join networks n on n.id = c.network_id where n.slug = ?) as cases,
            (select count(*) from case_revisions r join case_cards c on c.id = r.card_id join networks n on n.id = c.network_id where n.slug = ?) as revisions,
            (select count(*) from case_reviews r join case_cards c on c.id = r.card_id join networks n on n.id = c.network_id where n.slug = ?) as reviews,
            (select count(*) from audit_events e join networks n on n.id = e.network_id where n.slug = ?) as audit_events,
            (select json_agg(json_build_object('user', m.user_id, 'cities', m.city_ids) order by m.user_id) from memberships m join networks n on n.id = m.network_id where n.slug = ?) as city_scopes,
            (select json_agg(json_build_object('id', p.id, 'title', p.title, 'start', p.period_start, 'end', p.period_end, 'url', p.document_url, 'updated', p.updated_at) order by p.id) from action_plans p join networks n on n.id = p.network_id where n.slug = ?) as plans,
            (select json_agg(json_build_object('id', c.id, 'plan', c.action_plan_id, 'title', c.title, 'status', c.status, 'updated', c.updated_at) order by c.id) from commitments c join networks n on n.id = c.network_id where n.slug = ?) as commitments,
            (select json_agg(json_build_object('id', m.id, 'title', m.title, 'due', m.due_date, 'status', m.status, 'done', m.done_date) order by m.id) from milestones m join commitments c on c.id = m.commitment_id join networks n on n.id = c.network_id where n.slug = ?) as milestones,
            (select json_agg(json_build_object('id', u.id, 'body', u.body, 'corrected', u.corrected_at) order by u.id) from commitment_updates u join commitments c on c.id = u.commitment_id join networks n on n.id = c.network_id where n.slug = ?) as updates,
            (select count(*) from update_revisions r join commitment_updates u on u.id = r.update_id join commitments c on c.id = u.commitment_id join networks n on n.id = c.network_id where n.slug = ?) as update_revisions,
            (select count(*) from assessments a join commitments c on c.id = a.commitment_id join networks n on n.id = c.network_id where n.slug = ?) as assessments`,
    [B, B, B, B, B, B, B, B, B, B, B, B, B],
  );
  return JSON.stringify(rows) + (await threadStateOf(api, B)) + (await notificationStateOf(api, bNotes));
}

beforeAll(async () => {
  api = await startTestApi();
  const bCoordinator = await api.signedIn(`coordinator@${B}.example`, { memberships: [[B, 'COORDINATOR']] });
  bCoordinatorClient = bCoordinator;
  bCoordinatorId = (await bCoordinator.gql(`query { viewer { id } }`)).data!.viewer.id;
  const invitation = await bCoordinator.gql(`mutation { inviteMember(network: "${B}", email: "member.a@${A}.example", role: MEMBER) { id } }`);
  bInvitationId = invitation.data!.inviteMember.id;
  bInvitationToken = api.mail.token(`member.a@${A}.example`);

  const bEditor = await api.signedIn(`editor@${B}.example`, { memberships: [[B, 'EDITOR']] });
  const create = async (title: string, extra = '') => {
    const input = { network: B, title, summary: `${SECRET} notes`, challenge: 'c', approach: 'a', sdgs: [16], cities: [{ name: 'Quito', country: 'EC' }] };
    const created = await bEditor.gql(`mutation($input: CaseInput!) { createCase(input: $input) { id slug } }`, { input });
    if (extra) await bEditor.gql(`mutation($id: ID!) { ${extra}(id: $id) { id } }`, { id: created.data!.createCase.id });
    return created.data!.createCase as { id: string; slug: string };
  };
  ({ id: bDraftId, slug: bDraftSlug } = await create(`${SECRET} private draft`));
  ({ id: bSubmittedId } = await create(`${SECRET} submission`, 'submitCase'));
  bPublishedId = (await api.gql(`query { case(slug: "paris-co-created-climate-action-plan") { id } }`)).data!.case.id;
  // B's coordinator proposes an edit of B's published card, comments on it, and sends it back.
  await bCoordinator.gql(`mutation($id: ID!) { updateCase(id: $id, input: { summary: "${SECRET} proposed summary" }) { id } }`, { id: bPublishedId });
  await bCoordinator.gql(`mutation($id: ID!) { submitCase(id: $id) { id } }`, { id: bPublishedId });
  await bCoordinator.gql(`mutation($id: ID!) { reviewCase(id: $id, decision: REQUEST_CHANGES, comment: "${SECRET} review comment") { id } }`, { id: bPublishedId });
  const bCard = await bCoordinator.gql(`query($id: ID!) { caseById(id: $id) { pendingEdit { state } reviews { comment } } }`, { id: bPublishedId });
  if (bCard.data?.caseById?.pendingEdit?.state !== 'CHANGES_REQUESTED' || !bCard.data.caseById.reviews.length) throw new Error(`B's fixture did not set up: ${JSON.stringify(bCard)}`);
  // A Spanish draft translation of B's Paris card: B's editors see it among the card's translations, nobody else.
  const translation = await bEditor.gql(`mutation($input: CaseInput!) { createCase(input: $input) { id } }`, { input: { network: B, title: 'Plan climático co-creado', summary: `${SECRET} borrador`, language: 'es' } });
  bTranslationId = translation.data!.createCase.id;
  const linked = await bCoordinator.gql(`mutation($id: ID!, $of: ID!) { linkTranslation(caseId: $id, translationOfId: $of) { translations { id } } }`, { id: bTranslationId, of: bPublishedId });
  if (linked.data?.linkTranslation?.translations?.[0]?.id !== bPublishedId) throw new Error(`B's translation did not link: ${JSON.stringify(linked)}`);
  // B's commitments: the demo Paris plan; an update by B's editor of Paris.
  [{ id: bCommitmentId, plan: bPlanId }] = await api.orm.em.getConnection().execute(`select id, action_plan_id as plan from commitments where external_id = 'PAR-2017-02'`);
  [{ id: bMilestoneId }] = await api.orm.em.getConnection().execute(`select id from milestones where commitment_id = ? and status <> 'COMPLETE'`, [bCommitmentId]);
  const bParisEditor = await api.signedIn(`paris.editor@${B}.example`, { memberships: [[B, 'EDITOR', ['paris-fr']]] });
  bEditorId = (await bParisEditor.gql(`query { viewer { id } }`)).data!.viewer.id;
  const bUpdate = await bParisEditor.gql(`mutation($id: ID!) { postCommitmentUpdate(input: { commitmentId: $id, body: "B's own progress" }) { id } }`, { id: bCommitmentId });
  bUpdateId = bUpdate.data!.postCommitmentUpdate.id;
  bThreads = await threadRecordsOfB(api, bCoordinator, B, SECRET);
  bNotes = await notificationRecordsOfB(api, bCoordinator, B, SECRET);
  await api.waitForIndexing();
  attackers = {
    anonymous: api.client(),
    'signed in, no network': await api.signedIn('nobody@example.net'),
    'member of A': await api.signedIn(`member.a@${A}.example`, { memberships: [[A, 'MEMBER']] }),
    // Represents Paris in A: a city scope is per network, so it gives no say over B's Paris commitments.
    'editor of A': await api.signedIn(`editor.a@${A}.example`, { memberships: [[A, 'EDITOR', ['paris-fr']]] }),
    'coordinator of A': await api.signedIn(`coordinator.a@${A}.example`, { memberships: [[A, 'COORDINATOR']] }),
    // A member with a city scope still only reads.
    'member of B': await api.signedIn(`member.b@${B}.example`, { memberships: [[B, 'MEMBER', ['paris-fr']]] }),
  };
});
afterAll(() => api?.close());

it('classifies every Query and Mutation field (a new resolver must join this suite)', async () => {
  const schema = await buildCasebookSchema();
  const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
  const unclassified = fields.filter((field) => !PUBLIC_OR_SELF.has(field) && !ATTACKS[field]);
  expect(unclassified).toEqual([]);
});

const cases = Object.entries(ATTACKS).flatMap(([field, attacks]) => attacks.map((attack, index) => ({ field, index, attack })));

describe.each(['anonymous', 'signed in, no network', 'member of A', 'editor of A', 'coordinator of A', 'member of B'])('as %s', (who) => {
  it.each(cases)('$field (door $index) returns nothing of B and changes nothing', async ({ field, attack }) => {
    // Members of B may read B's member list: only the coordinator-only doors apply to them.
    if (who === 'member of B' && ['members'].includes(field)) return;
    // Members of B read B's members-only threads, post and flag in them (and preview posts there), and start new ones.
    if (who === 'member of B' && ['thread', 'threads', 'startThread', 'reply', 'flagPost', 'markThreadRead', 'previewPost'].includes(field)) return;
    // Accepting an invitation addressed to you is allowed: the invitation was sent to member.a.
    if (who === 'member of A' && field === 'acceptInvitation') return;
    const before = await stateOfB();
    const response = await attackers[who]!.gql(attack.query, attack.variables?.());
    expect(response.status).toBeLessThan(500);
    expect(attack.reveals(response.data)).toBe(false);
    expect(await stateOfB()).toBe(before);
  });
});

it('aims the commitment doors at real records: B\'s coordinator gets through each of them', async () => {
  const doors: [string, number][] = [
    ['createActionPlan', 0], ['updateActionPlan', 0], ['createCommitment', 0], ['updateCommitment', 0], ['postCommitmentUpdate', 0], ['postCommitmentUpdate', 1],
    ['correctCommitmentUpdate', 0], ['addMilestone', 0], ['updateMilestone', 0], ['setMilestoneStatus', 0], ['recordAssessment', 0], ['setMemberCities', 0],
  ];
  for (const [field, index] of doors) {
    const attack = ATTACKS[field]![index]!;
    const response = await bCoordinatorClient.gql(attack.query, attack.variables?.());
    expect({ field, index, errors: response.errors ?? null, revealed: attack.reveals(response.data) }).toEqual({ field, index, errors: null, revealed: true });
  }
});

it('aims the translation and licence doors at real records: B\'s coordinator gets through each of them', async () => {
  const seen = (await bCoordinatorClient.gql(`query($id: ID!) { caseById(id: $id) { translations { id summary } } }`, { id: bPublishedId })).data!.caseById.translations;
  expect(seen).toEqual([{ id: bTranslationId, summary: `${SECRET} borrador` }]);
  for (const [field, index] of [['unlinkTranslation', 0], ['linkTranslation', 0], ['setNetworkLicence', 0]] as const) {
    const attack = ATTACKS[field]![index]!;
    const response = await bCoordinatorClient.gql(attack.query, attack.variables?.());
    expect({ field, index, errors: response.errors ?? null, revealed: attack.reveals(response.data) }).toEqual({ field, index, errors: null, revealed: true });
  }
});

it('aims the thread doors at real records: B\'s coordinator gets through each of them', async () => {
  const doors: [string, number][] = [
    ['thread', 0], ['threads', 0], ['reply', 0], ['editPost', 0], ['hidePost', 0], ['restorePost', 0], ['lockThread', 0], ['unlockThread', 0],
    ['markThreadRead', 0], ['moderationQueue', 0], ['networkStandings', 0], ['blockUser', 0], ['unblockUser', 0], ['trustMember', 0], ['untrustMember', 0],
    ['setNetworkSpaceVisibility', 0], ['startThread', 0], ['deletePost', 0], ['previewPost', 0],
  ];
  for (const [field, index] of doors) {
    const attack = ATTACKS[field]![index]!;
    const response = await bCoordinatorClient.gql(attack.query, attack.variables?.());
    expect({ field, index, errors: response.errors ?? null, revealed: attack.reveals(response.data) }).toEqual({ field, index, errors: null, revealed: true });
  }
});

it('aims the notification doors at real records: their owners get through each of them', async () => {
  const doors: [string, number, TestClient][] = [
    ['notifications', 0, bNotes.recipient], ['savedSearches', 0, bCoordinatorClient], ['following', 0, bCoordinatorClient], ['myFollows', 0, bCoordinatorClient],
    ['follow', 1, bCoordinatorClient], ['unfollow', 0, bCoordinatorClient], ['deleteSavedSearch', 0, bCoordinatorClient],
  ];
  for (const [field, index, owner] of doors) {
    const attack = ATTACKS[field]![index]!;
    const response = await owner.gql(attack.query, attack.variables?.());
    expect({ field, index, errors: response.errors ?? null, revealed: attack.reveals(response.data) }).toEqual({ field, index, errors: null, revealed: true });
  }
});

it('refuses batched operations (an array of operations in one request)', async () => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify([{ query: `query { members(network: "${B}") { role } }` }, { query: `query { members(network: "${B}") { role } }` }]),
  });
  expect(response.status).toBe(400);
  expect(await response.text()).not.toMatch(/COORDINATOR|MEMBER"/);
});
