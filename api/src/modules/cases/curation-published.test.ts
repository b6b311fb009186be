import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { ARCHIVE, AUDIT, BY_ID, completeInput, createCard, errorOf, HISTORY, ok, QUEUE, REVIEW, SEARCH, SUBMIT, UPDATE } from './curation.fixtures.js';

/** After publication: pending edits, archiving, history, the audit log, deleted authors, duplicates. */
const A = 'uclg-transparency';
const B = 'ogp-local';

let api: TestApi;
let editor: TestClient;
let coordinator: TestClient;
let member: TestClient;
let coordinatorOfB: TestClient;

async function publish(title: string, client = editor): Promise<{ id: string; slug: string }> {
  const card = await createCard(client, completeInput(A, title));
  ok(await client.gql(SUBMIT, { id: card.id }));
  ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' }));
  return card;
}

const searchIds = async (query: string): Promise<string[]> => ok(await api.gql(SEARCH, { query })).searchCases.hits.map((hit: any) => hit.case.id);

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']], name: 'Edna Editor' });
  coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']], name: 'Cora Coordinator' });
  member = await api.signedIn('member@a.example', { memberships: [[A, 'MEMBER']] });
  coordinatorOfB = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']] });
});
afterAll(() => api?.close());

describe('an edit of a published card', () => {
  it('stays pending while the public sees the published version; approval applies it and re-indexes', async () => {
    const card = await publish('Wombatford open contracts');
    const edited = ok(await editor.gql(UPDATE, { id: card.id, input: { title: 'Wombatford open contracting portal', summary: 'Now with every tender since 2015.' } })).updateCase;
    expect(edited).toMatchObject({ status: 'PUBLISHED', title: 'Wombatford open contracts', pendingEdit: { state: 'DRAFT' } });
    expect(edited.pendingEdit.changes.map((change: any) => change.field)).toEqual(['title', 'summary']);

    // The public and search still see the published version.
    const publicView = ok(await api.gql(BY_ID, { id: card.id })).caseById;
    expect(publicView).toMatchObject({ title: 'Wombatford open contracts', pendingEdit: null, reviews: null });
    expect(ok(await member.gql(BY_ID, { id: card.id })).caseById.pendingEdit).toBeNull();

    const submitted = ok(await editor.gql(SUBMIT, { id: card.id })).submitCase;
    expect(submitted).toMatchObject({ status: 'PUBLISHED', viewerCan: { edit: false, submit: false } });
    const queued = ok(await coordinator.gql(QUEUE, { network: A })).curationQueue.find((item: any) => item.case.id === card.id);
    expect(queued).toMatchObject({ appliesTo: 'PENDING_EDIT', case: { title: 'Wombatford open contracts' } });

    const forReview = ok(await coordinator.gql(BY_ID, { id: card.id })).caseById;
    expect(forReview.viewerCan.review).toBe(true);
    expect(forReview.pendingEdit).toMatchObject({ state: 'SUBMITTED', proposedBy: { name: 'Edna Editor' } });
    expect(forReview.pendingEdit.changes[0]).toEqual({ field: 'title', before: 'Wombatford open contracts', after: 'Wombatford open contracting portal' });

    const approved = ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' })).reviewCase;
    expect(approved).toMatchObject({ status: 'PUBLISHED', title: 'Wombatford open contracting portal', slug: card.slug });
    await api.waitForIndexing();
    expect(await searchIds('contracting portal')).toEqual([card.id]);
    expect(ok(await api.gql(BY_ID, { id: card.id })).caseById.summary).toBe('Now with every tender since 2015.');
  });

  it('a rejected or sent-back edit leaves the published card as it was; the author can try again', async () => {
    const card = await publish('Platypus Bay open data');
    ok(await editor.gql(UPDATE, { id: card.id, input: { summary: 'Rewritten' } }));
    ok(await editor.gql(SUBMIT, { id: card.id }));
    expect(errorOf(await coordinator.gql(REVIEW, { id: card.id, decision: 'REJECT' })).field).toBe('comment');
    ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'REJECT', comment: 'Keep the original summary.' }));
    const after = ok(await editor.gql(BY_ID, { id: card.id })).caseById;
    expect(after).toMatchObject({ status: 'PUBLISHED', summary: `Platypus Bay open data: a short summary.`, pendingEdit: { state: 'REJECTED' } });
    expect(after.reviews[0]).toMatchObject({ decision: 'REJECT', appliesTo: 'PENDING_EDIT', comment: 'Keep the original summary.' });
    expect(ok(await editor.gql(UPDATE, { id: card.id, input: { summary: 'Rewritten, better' } })).updateCase.pendingEdit.state).toBe('DRAFT');
  });
});

describe('archiving', () => {
  it('removes a published card from search; its page still answers, saying ARCHIVED; only coordinators archive', async () => {
    const card = await publish('Echidna Falls budget');
    await api.waitForIndexing();
    expect(await searchIds('Echidna')).toEqual([card.id]);
    expect(errorOf(await editor.gql(ARCHIVE, { id: card.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await coordinatorOfB.gql(ARCHIVE, { id: card.id })).code).toBe('NOT_FOUND');
    expect(ok(await coordinator.gql(ARCHIVE, { id: card.id })).archiveCase.status).toBe('ARCHIVED');
    await api.waitForIndexing();
    expect(await searchIds('Echidna')).toEqual([]);
    expect(ok(await api.gql(`query($slug: String!) { case(slug: $slug) { status } }`, { slug: card.slug })).case.status).toBe('ARCHIVED');
    expect(errorOf(await coordinator.gql(UPDATE, { id: card.id, input: { title: 'x' } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await coordinator.gql(ARCHIVE, { id: card.id })).code).toBe('BAD_USER_INPUT');
  });
});

describe('caseHistory', () => {
  it('shows who changed which field, newest first, with a diff; only to the card\'s insiders', async () => {
    const card = await createCard(editor, { network: A, title: 'Numbat town', sdgs: [11] });
    ok(await editor.gql(UPDATE, { id: card.id, input: { title: 'Numbat town' } })); // no change, no revision
    ok(await editor.gql(UPDATE, { id: card.id, input: { ...completeInput(A, 'Numbat City'), network: undefined } }));
    ok(await editor.gql(SUBMIT, { id: card.id }));
    ok(await coordinator.gql(UPDATE, { id: card.id, input: { sdgs: [11, 16, 17] } }));
    ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' }));
    ok(await editor.gql(UPDATE, { id: card.id, input: { lessons: 'Start small.' } }));
    ok(await editor.gql(SUBMIT, { id: card.id }));
    ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' }));

    const history = ok(await editor.gql(HISTORY, { id: card.id })).caseHistory;
    expect(history.map((revision: any) => [revision.kind, revision.author?.name])).toEqual([
      ['EDIT_APPLIED', 'Edna Editor'],
      ['EDIT_PROPOSED', 'Edna Editor'],
      ['EDITED', 'Cora Coordinator'],
      ['EDITED', 'Edna Editor'],
      ['CREATED', 'Edna Editor'],
    ]);
    expect(history[0].changes).toEqual([{ field: 'lessons', before: '', after: 'Start small.' }]);
    expect(history[2].changes).toEqual([{ field: 'sdgs', before: [11, 16], after: [11, 16, 17] }]);
    expect(history[3].changedFields).toEqual(expect.arrayContaining(['title', 'challenge', 'approach', 'cities', 'sdgs']));
    expect(history[3].changes.find((change: any) => change.field === 'title')).toEqual({ field: 'title', before: 'Numbat town', after: 'Numbat City' });
    expect(history[4].changes.find((change: any) => change.field === 'title')).toEqual({ field: 'title', before: null, after: 'Numbat town' });

    for (const client of [api.client(), member, coordinatorOfB]) expect(ok(await client.gql(HISTORY, { id: card.id })).caseHistory).toBeNull();
  });
});

describe('auditLog', () => {
  it('lists every action on the network\'s records, newest first, to its coordinators only; no personal data in details', async () => {
    const card = await publish('Bilby Creek audit trail');
    const log = ok(await coordinator.gql(AUDIT, { network: A, first: 100 })).auditLog;
    const forCard = log.edges.map((edge: any) => edge.node).filter((node: any) => node.recordId === card.id);
    expect(forCard.map((node: any) => node.action)).toEqual(['case.approve', 'case.submit', 'case.create']);
    expect(forCard[0]).toMatchObject({ recordType: 'case', actor: { name: 'Cora Coordinator' }, details: { appliesTo: 'CARD', status: 'PUBLISHED' } });
    expect(forCard[2].actor.name).toBe('Edna Editor');
    expect(JSON.stringify(log)).not.toMatch(/@a\.example/);

    // Paging with cursors: no event lost or repeated.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(await coordinator.gql(AUDIT, { network: A, first: 2, after })).auditLog;
      seen.push(...page.edges.map((edge: any) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(log.totalCount);
    expect(new Set(seen).size).toBe(log.totalCount);

    for (const client of [editor, member, coordinatorOfB, api.client()]) expect(ok(await client.gql(AUDIT, { network: A })).auditLog).toBeNull();
  });

  it('records membership changes through the same choke point', async () => {
    ok(await coordinator.gql(`mutation { inviteMember(network: "${A}", email: "newcomer@a.example", role: EDITOR) { id } }`));
    const actions = ok(await coordinator.gql(AUDIT, { network: A, first: 5 })).auditLog.edges.map((edge: any) => edge.node);
    expect(actions[0]).toMatchObject({ action: 'member.invite', recordType: 'invitation', details: { role: 'EDITOR' } });
    expect(JSON.stringify(actions[0])).not.toContain('newcomer');
  });
});

describe('authors', () => {
  it('a deleted author\'s card stays, its author null; myCases lists the viewer\'s own cards', async () => {
    const leaving = await api.signedIn('leaving@a.example', { memberships: [[A, 'EDITOR']], name: 'Lea Leaving' });
    const card = await createCard(leaving, completeInput(A, 'Left behind'));
    ok(await leaving.gql(SUBMIT, { id: card.id }));
    expect(ok(await leaving.gql(`query { myCases { id author { name } } }`)).myCases).toEqual([{ id: card.id, author: { name: 'Lea Leaving' } }]);
    expect(errorOf(await api.client().gql(`query { myCases { id } }`)).code).toBe('UNAUTHENTICATED');

    ok(await leaving.gql(`mutation { deleteAccount(password: "a long enough test password") }`));
    const seen = ok(await coordinator.gql(BY_ID, { id: card.id })).caseById;
    expect(seen).toMatchObject({ title: 'Left behind', author: null, status: 'SUBMITTED' });
    expect(ok(await coordinator.gql(HISTORY, { id: card.id })).caseHistory[0].author).toBeNull();
    expect(ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' })).reviewCase.status).toBe('PUBLISHED');
  });
});

describe('similarCases', () => {
  it('finds published cards like the one being written, never drafts, and not the card itself', async () => {
    const draft = await createCard(editor, completeInput(A, 'Climate plan co-created with Paris residents'));
    const query = `query($input: CaseInput!, $excludeId: ID) { similarCases(input: $input, excludeId: $excludeId) { id slug status } }`;
    const similar = ok(await editor.gql(query, { input: { title: 'A climate action plan written with residents', summary: 'Paris' } })).similarCases;
    expect(similar[0].slug).toBe('paris-co-created-climate-action-plan');
    expect(similar.every((card: any) => card.status === 'PUBLISHED')).toBe(true);
    expect(similar.map((card: any) => card.id)).not.toContain(draft.id);
    const paris = similar[0].id;
    const excluded = ok(await editor.gql(query, { input: { title: 'climate action plan Paris' }, excludeId: paris })).similarCases;
    expect(excluded.map((card: any) => card.id)).not.toContain(paris);
    expect(ok(await editor.gql(query, { input: { title: 'the and of' } })).similarCases).toEqual([]);
  });
});

describe('lists do not grow per row (no N+1)', () => {
  it('myCases and curationQueue send the same statements for 2 and for 12 cards', async () => {
    const FIELDS = `id author { name } reviews { comment reviewer { name } } viewerCan { edit } pendingEdit { state proposedBy { name } } cities { name } network { slug }`;
    const prolific = await api.signedIn('prolific@a.example', { memberships: [[A, 'EDITOR']] });
    const count = async (run: () => Promise<unknown>) => {
      // Background workers share the counter: let their jobs finish first.
      await api.waitForIndexing();
      await api.waitForNotifications();
      api.sql.count = 0;
      await run();
      return api.sql.count;
    };
    const lists = async () => [
      await count(async () => ok(await prolific.gql(`query { myCases { ${FIELDS} } }`))),
      await count(async () => ok(await coordinator.gql(`query { curationQueue(network: "${A}") { case { ${FIELDS} } } }`))),
    ];
    for (let i = 0; i < 2; i++) ok(await prolific.gql(SUBMIT, { id: (await createCard(prolific, completeInput(A, `Batch card ${i}`))).id }));
    const small = await lists();
    for (let i = 2; i < 12; i++) ok(await prolific.gql(SUBMIT, { id: (await createCard(prolific, completeInput(A, `Batch card ${i}`))).id }));
    expect(await lists()).toEqual(small);
  });
});
