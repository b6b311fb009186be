import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { BY_ID, completeInput, createCard, CREATE, errorOf, ok, QUEUE, REVIEW, SEARCH, SUBMIT, UPDATE } from './curation.fixtures.js';

/** The workflow of a new card, every transition and every refusal around it. */
const A = 'uclg-transparency';
const B = 'ogp-local';

let api: TestApi;
let editor: TestClient;
let otherEditor: TestClient;
let coordinator: TestClient;
let member: TestClient;
let editorOfB: TestClient;
let coordinatorOfB: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']], name: 'Edna Editor' });
  otherEditor = await api.signedIn('editor2@a.example', { memberships: [[A, 'EDITOR']] });
  coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']], name: 'Cora Coordinator' });
  member = await api.signedIn('member@a.example', { memberships: [[A, 'MEMBER']] });
  editorOfB = await api.signedIn('editor@b.example', { memberships: [[B, 'EDITOR']] });
  coordinatorOfB = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']] });
});
afterAll(() => api?.close());

describe('from draft to published', () => {
  it('creates, saves, submits, gets changes requested, fixes, resubmits, is approved and appears in search', async () => {
    // A draft needs nothing but its network.
    const draft = await createCard(editor, { network: A, title: 'Quokkaville participatory budget' });
    expect(draft).toMatchObject({ slug: 'quokkaville-participatory-budget', status: 'DRAFT', author: { name: 'Edna Editor' } });
    expect((await api.gql(BY_ID, { id: draft.id })).data!.caseById).toBeNull();

    const saved = ok(await editor.gql(UPDATE, { id: draft.id, input: { ...completeInput(A, 'Quokkaville participatory budget'), network: undefined } })).updateCase;
    expect(saved).toMatchObject({ status: 'DRAFT', cities: [{ name: 'Porto Alegre', country: 'BR', region: 'Americas' }], viewerCan: { edit: true, submit: true, review: false, archive: false } });
    expect(saved.contacts).toEqual([{ name: 'Budget office', email: 'budget@example.org' }]);

    const submitted = ok(await editor.gql(SUBMIT, { id: draft.id })).submitCase;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', viewerCan: { edit: false, submit: false } });
    expect(submitted.submittedAt).not.toBeNull();
    // Waiting for review: the author cannot change it meanwhile.
    expect(errorOf(await editor.gql(UPDATE, { id: draft.id, input: { summary: 'sneaky' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    const queue = ok(await coordinator.gql(QUEUE, { network: A })).curationQueue;
    expect(queue.map((item: any) => item.case.id)).toContain(draft.id);
    expect(queue.find((item: any) => item.case.id === draft.id)).toMatchObject({ appliesTo: 'CARD', waitingSeconds: expect.any(Number) });

    const sentBack = ok(await coordinator.gql(REVIEW, {
      id: draft.id,
      decision: 'REQUEST_CHANGES',
      comment: 'Nearly there.',
      fieldComments: [{ field: 'approach', comment: 'Say who took part.' }],
    })).reviewCase;
    expect(sentBack.status).toBe('CHANGES_REQUESTED');

    const seenByAuthor = ok(await editor.gql(BY_ID, { id: draft.id })).caseById;
    expect(seenByAuthor.reviews).toEqual([
      { decision: 'REQUEST_CHANGES', appliesTo: 'CARD', comment: 'Nearly there.', fieldComments: [{ field: 'approach', comment: 'Say who took part.' }], reviewer: { name: 'Cora Coordinator' } },
    ]);
    expect(seenByAuthor.viewerCan).toMatchObject({ edit: true, submit: true });

    ok(await editor.gql(UPDATE, { id: draft.id, input: { approach: 'Open the budget with 3,000 residents in 40 assemblies.' } }));
    expect(ok(await editor.gql(SUBMIT, { id: draft.id })).submitCase.status).toBe('SUBMITTED');

    const approved = ok(await coordinator.gql(REVIEW, { id: draft.id, decision: 'APPROVE' })).reviewCase;
    expect(approved.status).toBe('PUBLISHED');
    expect(approved.publishedAt).not.toBeNull();
    expect(approved.slug).toBe('quokkaville-participatory-budget');

    await api.waitForIndexing();
    const found = ok(await api.gql(SEARCH, { query: 'Quokkaville' })).searchCases;
    expect(found.hits.map((hit: any) => hit.case.id)).toEqual([draft.id]);
    const publicView = ok(await api.gql(BY_ID, { id: draft.id })).caseById;
    expect(publicView).toMatchObject({ status: 'PUBLISHED', reviews: null, contacts: [{ name: 'Budget office', email: null }], viewerCan: { edit: false, submit: false, review: false, archive: false } });
    expect(ok(await coordinator.gql(QUEUE, { network: A })).curationQueue.map((item: any) => item.case.id)).not.toContain(draft.id);
  });

  it('rejects with a comment; a rejected card is final for its author, and a coordinator\'s edit reopens it', async () => {
    const card = await createCard(editor, completeInput(A, 'A card to reject'));
    ok(await editor.gql(SUBMIT, { id: card.id }));
    expect(ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'REJECT', comment: 'Out of scope.' })).reviewCase.status).toBe('REJECTED');
    expect(errorOf(await editor.gql(UPDATE, { id: card.id, input: { title: 'Again' } })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await editor.gql(SUBMIT, { id: card.id })).code).toBe('BAD_USER_INPUT');
    expect(ok(await coordinator.gql(UPDATE, { id: card.id, input: { title: 'A card to reconsider' } })).updateCase.status).toBe('DRAFT');
  });

  it('keeps the queue oldest first', async () => {
    const first = await createCard(editor, completeInput(A, 'Queue first'));
    const second = await createCard(editor, completeInput(A, 'Queue second'));
    ok(await editor.gql(SUBMIT, { id: first.id }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    ok(await editor.gql(SUBMIT, { id: second.id }));
    const ids = ok(await coordinator.gql(QUEUE, { network: A })).curationQueue.map((item: any) => item.case.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(ok(await editor.gql(QUEUE, { network: A })).curationQueue).toBeNull();
    expect(ok(await coordinatorOfB.gql(QUEUE, { network: A })).curationQueue).toBeNull();
  });
});

describe('refusals', () => {
  let submittedId = '';
  beforeAll(async () => {
    submittedId = (await createCard(editor, completeInput(A, 'Waiting for a coordinator'))).id;
    ok(await editor.gql(SUBMIT, { id: submittedId }));
  });

  it('an editor approving: FORBIDDEN, their own card or a colleague\'s', async () => {
    for (const client of [editor, otherEditor]) {
      const response = await client.gql(REVIEW, { id: submittedId, decision: 'APPROVE' });
      expect(errorOf(response).code).toBe('FORBIDDEN');
      expect(response.data).toBeNull();
    }
    expect(ok(await otherEditor.gql(BY_ID, { id: submittedId })).caseById.viewerCan).toEqual({ edit: false, submit: false, review: false, archive: false });
    expect(ok(await editor.gql(BY_ID, { id: submittedId })).caseById.status).toBe('SUBMITTED');
  });

  it('a member creating a card in their network: FORBIDDEN', async () => {
    expect(errorOf(await member.gql(CREATE, { input: completeInput(A, 'By a member') })).code).toBe('FORBIDDEN');
  });

  it('an editor of A creating a card in B: FORBIDDEN; anonymous: UNAUTHENTICATED; an unknown network names the field', async () => {
    expect(errorOf(await editor.gql(CREATE, { input: completeInput(B, 'Into the other network') })).code).toBe('FORBIDDEN');
    expect(errorOf(await api.client().gql(CREATE, { input: completeInput(A, 'Anonymous') })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await editor.gql(CREATE, { input: completeInput('no-such-network', 'Nowhere') }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.network' });
    const rows = await api.orm.em.getConnection().execute(`select count(*)::int as n from case_cards where title in ('By a member', 'Into the other network', 'Anonymous', 'Nowhere')`);
    expect(rows[0].n).toBe(0);
  });

  it('a review without the required comment: BAD_USER_INPUT on field comment', async () => {
    for (const decision of ['REQUEST_CHANGES', 'REJECT']) {
      expect(errorOf(await coordinator.gql(REVIEW, { id: submittedId, decision, comment: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    }
    expect(errorOf(await coordinator.gql(REVIEW, { id: submittedId, decision: 'REQUEST_CHANGES', comment: 'x', fieldComments: [{ field: 'colour', comment: 'no' }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fieldComments[0].field' });
    expect(ok(await coordinator.gql(BY_ID, { id: submittedId })).caseById).toMatchObject({ status: 'SUBMITTED', reviews: [] });
  });

  it('approving a submission a coordinator has since left incomplete names the missing field', async () => {
    const card = await createCard(editor, completeInput(A, 'Emptied in review'));
    ok(await editor.gql(SUBMIT, { id: card.id }));
    ok(await coordinator.gql(UPDATE, { id: card.id, input: { approach: '' } }));
    expect(errorOf(await coordinator.gql(REVIEW, { id: card.id, decision: 'APPROVE' }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.approach'] });
    expect(ok(await coordinator.gql(BY_ID, { id: card.id })).caseById).toMatchObject({ status: 'SUBMITTED', reviews: [] });
  });

  it('an edit on another network\'s card: NOT_FOUND, and the card is unchanged', async () => {
    const bCard = await createCard(editorOfB, completeInput(B, 'Kept in B'));
    const before = await api.orm.em.getConnection().execute(`select title, updated_at from case_cards where id = ?`, [bCard.id]);
    for (const [client, query, variables] of [
      [editor, UPDATE, { id: bCard.id, input: { title: 'Hijacked' } }],
      [coordinator, UPDATE, { id: bCard.id, input: { title: 'Hijacked' } }],
      [coordinator, SUBMIT, { id: bCard.id }],
      [coordinator, REVIEW, { id: bCard.id, decision: 'APPROVE' }],
    ] as const) {
      const response = await client.gql(query, variables);
      expect(errorOf(response)).toMatchObject({ code: 'NOT_FOUND', message: 'No such case.' });
    }
    // A published card of B: the same answer, as if it did not exist.
    const paris = ok(await api.gql(`query { case(slug: "paris-co-created-climate-action-plan") { id } }`)).case.id;
    expect(errorOf(await coordinator.gql(UPDATE, { id: paris, input: { title: 'Hijacked' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await coordinator.gql(UPDATE, { id: 'not-a-uuid', input: { title: 'x' } })).code).toBe('NOT_FOUND');
    expect(await api.orm.em.getConnection().execute(`select title, updated_at from case_cards where id = ?`, [bCard.id])).toEqual(before);
  });

  it('submitting with missing fields names each one', async () => {
    const bare = await createCard(editor, { network: A, summary: 'Only a summary' });
    expect(bare.slug).toMatch(/^untitled/);
    const error = errorOf(await editor.gql(SUBMIT, { id: bare.id }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual(['input.title', 'input.cities', 'input.challenge', 'input.approach', 'input.sdgs']);
    for (const field of error.fields!) expect(error.message).toContain(field);
    expect(ok(await editor.gql(BY_ID, { id: bare.id })).caseById.status).toBe('DRAFT');
  });

  it('validates every save at the edge, naming the field path', async () => {
    const draft = await createCard(editor, { network: A, title: 'Validation target' });
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ summary: 'x'.repeat(601) }, 'input.summary'],
      [{ lessons: 'x'.repeat(20_001) }, 'input.lessons'],
      [{ sdgs: [0, 18] }, 'input.sdgs'],
      [{ themes: ['astrology'] }, 'input.themes'],
      [{ ogpValues: ['vibes'] }, 'input.ogpValues'],
      [{ language: 'tlh' }, 'input.language'],
      [{ cities: [{ name: 'Atlantis', country: 'XX' }] }, 'input.cities[0].country'],
      [{ links: [{ label: 'bad', url: 'javascript:alert(1)' }] }, 'input.links[0].url'],
      [{ contacts: [{ name: 'A', email: 'not-an-email' }] }, 'input.contacts[0].email'],
      [{ yearStarted: 1899 }, 'input.yearStarted'],
      [{ network: B }, 'input.network'],
    ];
    for (const [input, field] of cases) {
      const response = await editor.gql(UPDATE, { id: draft.id, input });
      expect({ input, ...errorOf(response) }).toMatchObject({ input, code: 'BAD_USER_INPUT', field });
    }
    expect(ok(await editor.gql(BY_ID, { id: draft.id })).caseById.title).toBe('Validation target');
  });

  it('drafts are private: the author, editors and coordinators of the network see them; others get null', async () => {
    const draft = await createCard(editor, { network: A, title: 'Private draft' });
    for (const client of [editor, otherEditor, coordinator]) expect(ok(await client.gql(BY_ID, { id: draft.id })).caseById?.id).toBe(draft.id);
    for (const client of [member, editorOfB, coordinatorOfB, api.client()]) {
      const response = await client.gql(BY_ID, { id: draft.id });
      expect(response.errors).toBeUndefined();
      expect(response.data!.caseById).toBeNull();
      expect((await client.gql(`query($slug: String!) { case(slug: $slug) { id } }`, { slug: draft.slug })).data!.case).toBeNull();
    }
    // A colleague sees the draft but may not change it.
    expect(errorOf(await otherEditor.gql(UPDATE, { id: draft.id, input: { title: 'Mine now' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await otherEditor.gql(SUBMIT, { id: draft.id })).code).toBe('FORBIDDEN');
  });

  it('slugs follow the title until publication and stay unique', async () => {
    const one = await createCard(editor, { network: A, title: 'Same title' });
    const two = await createCard(editor, { network: A, title: 'Same  Títle' });
    expect([one.slug, two.slug]).toEqual(['same-title', 'same-title-2']);
    expect(ok(await editor.gql(UPDATE, { id: two.id, input: { title: 'Different title' } })).updateCase.slug).toBe('different-title');
  });
});
