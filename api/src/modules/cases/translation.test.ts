import { startTestApi, type TestApi, type TestClient } from '../../test/test-api.js';
import { AUDIT, completeInput, createCard, errorOf, ok, REVIEW, SEARCH, SUBMIT, UPDATE } from './curation.fixtures.js';

/** Cards linked as translations of each other: who may link them, who sees which, and search across languages. */
const A = 'uclg-transparency';
const B = 'ogp-local';
const LINK = `mutation($caseId: ID!, $translationOfId: ID!) { linkTranslation(caseId: $caseId, translationOfId: $translationOfId) { id translations { id language } } }`;
const UNLINK = `mutation($caseId: ID!) { unlinkTranslation(caseId: $caseId) { id translations { id } } }`;
const TRANSLATIONS = `query($id: ID!) { caseById(id: $id) { id language translations { id slug language status } } }`;

let api: TestApi;
let editor: TestClient;
let coordinator: TestClient;
let member: TestClient;
let editorOfBoth: TestClient;
let editorOfB: TestClient;

async function card(title: string, language: string, options: { publish?: boolean; network?: string; client?: TestClient; summary?: string } = {}): Promise<string> {
  const client = options.client ?? editor;
  const input = { ...completeInput(options.network ?? A, title), language, ...(options.summary ? { summary: options.summary } : {}) };
  const { id } = await createCard(client, input);
  if (options.publish) {
    ok(await client.gql(SUBMIT, { id }));
    ok(await (options.network === B ? editorOfB : coordinator).gql(REVIEW, { id, decision: 'APPROVE' }));
  }
  return id;
}

const translationsOf = async (client: TestClient | TestApi, id: string) => ok(await client.gql(TRANSLATIONS, { id })).caseById.translations;
const searchIds = async (query: string): Promise<string[]> => ok(await api.gql(SEARCH, { query })).searchCases.hits.map((hit: any) => hit.case.id);

beforeAll(async () => {
  api = await startTestApi();
  editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']] });
  coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
  member = await api.signedIn('member@a.example', { memberships: [[A, 'MEMBER']] });
  editorOfBoth = await api.signedIn('both@example.org', { memberships: [[A, 'EDITOR'], [B, 'EDITOR']] });
  editorOfB = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']] });
});
afterAll(() => api?.close());

it('offers the demo card\'s French translation, and the French card its English original', async () => {
  const query = `query { en: case(slug: "johannesburg-tshwane-mapping-informal-transit") { translations { slug language } } fr: case(slug: "johannesburg-tshwane-cartographier-le-transport-informel") { language translations { slug language } } }`;
  const { en, fr } = ok(await api.gql(query));
  expect(en.translations).toEqual([{ slug: 'johannesburg-tshwane-cartographier-le-transport-informel', language: 'fr' }]);
  expect(fr).toEqual({ language: 'fr', translations: [{ slug: 'johannesburg-tshwane-mapping-informal-transit', language: 'en' }] });
  const paris = ok(await api.gql(`query { case(slug: "paris-co-created-climate-action-plan") { translations { slug } } }`));
  expect(paris.case.translations).toEqual([]);
});

describe('linking', () => {
  it('links a draft translation: its network\'s editors see it, the public once it is published', async () => {
    const english = await card('Heron open tenders', 'en', { publish: true });
    const spanish = await card('Licitaciones abiertas de Heron', 'es');
    const linked = ok(await editor.gql(LINK, { caseId: spanish, translationOfId: english })).linkTranslation;
    expect(linked.translations).toEqual([{ id: english, language: 'en' }]);

    expect(await translationsOf(editor, english)).toEqual([expect.objectContaining({ id: spanish, language: 'es', status: 'DRAFT' })]);
    expect(await translationsOf(api, english)).toEqual([]);
    expect(await translationsOf(member, english)).toEqual([]);

    ok(await editor.gql(SUBMIT, { id: spanish }));
    ok(await coordinator.gql(REVIEW, { id: spanish, decision: 'APPROVE' }));
    expect(await translationsOf(api, english)).toEqual([expect.objectContaining({ id: spanish, status: 'PUBLISHED' })]);

    const french = await card('Appels d\'offres ouverts de Heron', 'fr', { publish: true });
    ok(await coordinator.gql(LINK, { caseId: french, translationOfId: spanish }));
    expect((await translationsOf(api, english)).map((translation: any) => translation.language)).toEqual(['es', 'fr']);

    const events = ok(await coordinator.gql(AUDIT, { network: A, first: 100 })).auditLog.edges.map((edge: any) => edge.node);
    expect(events.filter((event: any) => event.action === 'case.translation.link').map((event: any) => event.recordId).sort()).toEqual([french, spanish].sort());
  });

  it('refuses a second card of one language, a card already linked elsewhere, and the card itself', async () => {
    const english = await card('Ibis budget portal', 'en', { publish: true });
    const french = await card('Portail budgétaire Ibis', 'fr');
    ok(await editor.gql(LINK, { caseId: french, translationOfId: english }));

    const secondFrench = await card('Le portail Ibis', 'fr');
    expect(errorOf(await editor.gql(LINK, { caseId: secondFrench, translationOfId: english }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translationOfId', message: expect.stringMatching(/already have a card in "fr"/) });

    const otherEnglish = await card('Jacana budget portal', 'en');
    const otherSpanish = await card('Portal de presupuesto Jacana', 'es');
    ok(await editor.gql(LINK, { caseId: otherSpanish, translationOfId: otherEnglish }));
    expect(errorOf(await editor.gql(LINK, { caseId: otherSpanish, translationOfId: english }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId', message: expect.stringMatching(/unlink it first/) });
    expect(errorOf(await editor.gql(LINK, { caseId: english, translationOfId: english }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translationOfId' });
    expect((await translationsOf(editor, english)).map((translation: any) => translation.id)).toEqual([french]);
  });

  it('keeps translations within one network and refuses people without the right', async () => {
    const inA = await card('Kestrel participatory budget', 'en', { publish: true, client: editorOfBoth });
    const inB = await card('Presupuesto participativo Kestrel', 'es', { publish: true, network: B, client: editorOfBoth });
    expect(errorOf(await editorOfBoth.gql(LINK, { caseId: inB, translationOfId: inA }))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/within one network/) });

    const spanishInA = await card('Presupuesto Kestrel', 'es');
    expect(errorOf(await api.gql(LINK, { caseId: spanishInA, translationOfId: inA })).code).toBe('UNAUTHENTICATED');
    // Published cards are public, but only the network's editors and coordinators may link them: others get "not found".
    expect(errorOf(await member.gql(LINK, { caseId: inA, translationOfId: spanishInA })).code).toBe('NOT_FOUND');
    expect(errorOf(await editorOfB.gql(LINK, { caseId: inA, translationOfId: spanishInA })).code).toBe('NOT_FOUND');
    expect(errorOf(await editorOfB.gql(LINK, { caseId: inB, translationOfId: spanishInA })).code).toBe('NOT_FOUND');
    expect(errorOf(await editor.gql(LINK, { caseId: spanishInA, translationOfId: '00000000-0000-0000-0000-000000000000' })).code).toBe('NOT_FOUND');
    expect(await translationsOf(editor, inA)).toEqual([]);
  });
});

describe('unlinking', () => {
  it('takes one card out; a group left with one card dissolves', async () => {
    const english = await card('Lapwing open data', 'en', { publish: true });
    const french = await card('Données ouvertes Lapwing', 'fr', { publish: true });
    const spanish = await card('Datos abiertos Lapwing', 'es', { publish: true });
    ok(await editor.gql(LINK, { caseId: french, translationOfId: english }));
    ok(await editor.gql(LINK, { caseId: spanish, translationOfId: english }));

    expect(ok(await editor.gql(UNLINK, { caseId: spanish })).unlinkTranslation.translations).toEqual([]);
    expect((await translationsOf(api, english)).map((translation: any) => translation.id)).toEqual([french]);
    ok(await editor.gql(UNLINK, { caseId: french }));
    expect(await translationsOf(api, english)).toEqual([]);
    const groups = await api.orm.em.getConnection().execute(`select translation_group from case_cards where id in (?, ?, ?)`, [english, french, spanish]);
    expect(groups).toEqual([{ translation_group: null }, { translation_group: null }, { translation_group: null }]);

    expect(errorOf(await editor.gql(UNLINK, { caseId: french }))).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/not linked/) });
    expect(errorOf(await member.gql(UNLINK, { caseId: english })).code).toBe('NOT_FOUND');
  });
});

describe('search across languages (PostgreSQL engine)', () => {
  it('finds the English card by a French word that only its French translation has', async () => {
    const english = await card('Shared neighbourhood compost bins', 'en', { publish: true, summary: 'Residents run shared compost bins in every district.' });
    const french = await card('Composteurs partagés de quartier', 'fr', { publish: true, summary: 'Les habitants trient leurs poubelles et gèrent des composteurs collectifs.' });
    await api.waitForIndexing();
    expect(await searchIds('poubelles')).toEqual([french]);

    ok(await editor.gql(LINK, { caseId: french, translationOfId: english }));
    await api.waitForIndexing();
    const found = await searchIds('poubelles');
    // The French card first (its own summary), the English one through its translation.
    expect(found).toEqual([french, english]);
    // Filtered to English, the search still finds the English card through its translation.
    const result = ok(await api.gql(`query { searchCases(input: { query: "poubelles", languages: ["en"] }) { total hits { case { id } } } }`));
    expect(result.searchCases.hits.map((hit: any) => hit.case.id)).toEqual([english]);

    // An approved edit of the translation reindexes the original too.
    ok(await coordinator.gql(UPDATE, { id: french, input: { title: 'Composteurs et lombricomposteurs partagés' } }));
    ok(await coordinator.gql(SUBMIT, { id: french }));
    ok(await coordinator.gql(REVIEW, { id: french, decision: 'APPROVE' }));
    await api.waitForIndexing();
    expect((await searchIds('lombricomposteurs')).sort()).toEqual([english, french].sort());

    ok(await editor.gql(UNLINK, { caseId: english }));
    await api.waitForIndexing();
    expect(await searchIds('poubelles')).toEqual([french]);
  });

  it('leaves a draft translation\'s words out of the published card\'s document', async () => {
    const english = await card('Osprey street lighting', 'en', { publish: true });
    const spanishDraft = await card('Alumbrado Osprey', 'es', { summary: 'Farolas inteligentes en cada barrio.' });
    ok(await editor.gql(LINK, { caseId: spanishDraft, translationOfId: english }));
    await api.waitForIndexing();
    expect(await searchIds('farolas')).toEqual([]);
  });
});
