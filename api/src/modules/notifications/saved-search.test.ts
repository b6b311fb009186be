import { startTestApi, type TestApi } from '../../test/test-api.js';
import { SUBMIT } from '../cases/curation.fixtures.js';
import { sendDailyDigests } from './digest.job.js';
import {
  A, B, decide, DELETE_SAVED_SEARCH, errorOf, mailTo, notificationsOf, ok, person, SAVE_SEARCH, SAVED_SEARCHES, submittedCard, UNFOLLOW, UPDATE_PREFERENCES, type Person,
} from './notifications.fixtures.js';

/** Saved searches: kept, checked like searchCases, and followed, so that new published cards that match notify. */
let api: TestApi;
let coordinator: Person;
let editor: Person;
beforeAll(async () => {
  api = await startTestApi();
  coordinator = await person(api, 'coordinator', [[A, 'COORDINATOR']]);
  editor = await person(api, 'editor', [[A, 'EDITOR']]);
});
afterAll(() => api?.close());

/** Publishes a complete card in A (its SDGs 16 and 11, Porto Alegre, 2019, English) and waits for the jobs. */
async function publish(title: string, extra: Record<string, unknown> = {}): Promise<{ id: string; slug: string }> {
  const card = await submittedCard(editor.client, A, title, extra);
  await decide(coordinator.client, card.id, 'APPROVE');
  await api.waitForIndexing();
  await api.waitForNotifications();
  return card;
}

describe('saving a search', () => {
  it('keeps the query and the checked filters, follows it, and links to the search page', async () => {
    const reader = await person(api, 'reader');
    const saved = ok(await reader.client.gql(SAVE_SEARCH, {
      input: { name: '  Street   lighting ', query: 'street lighting', filters: { sdgs: [11, 11], regions: ['Americas'], countries: ['br'], networks: [A], themes: [], yearFrom: 2010 } },
    })).saveSearch;
    expect(saved).toEqual({
      id: expect.any(String),
      name: 'Street lighting',
      query: 'street lighting',
      filters: { sdgs: [11], regions: ['Americas'], countries: ['BR'], networks: [A], themes: [], ogpValues: [], languages: [], cities: [], yearFrom: 2010, yearTo: null },
      following: true,
      link: `/search?q=street+lighting&sdg=11&region=Americas&country=BR&network=${A}&from=2010`,
    });
    expect(ok(await reader.client.gql(SAVED_SEARCHES)).savedSearches).toEqual([
      { id: saved.id, name: 'Street lighting', query: 'street lighting', following: true, link: saved.link },
    ]);
  });

  it('names the bad field and value', async () => {
    const reader = await person(api, 'reader');
    const save = (input: Record<string, unknown>) => reader.client.gql(SAVE_SEARCH, { input: { name: 'x', ...input } });
    expect(errorOf(await save({ name: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(errorOf(await save({ query: 'x'.repeat(501) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(errorOf(await save({ filters: { sdgs: [18] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.sdgs', message: expect.stringContaining('18') });
    expect(errorOf(await save({ filters: { networks: ['no-such-network'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.networks' });
    expect(errorOf(await save({ filters: { languages: ['xx'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.languages' });
    expect(errorOf(await save({ filters: { yearFrom: 2020, yearTo: 2010 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.yearFrom' });
    expect(errorOf(await save({ filters: { cities: ['atlantis-xx'] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.cities', message: expect.stringContaining('atlantis-xx') });
    expect(errorOf(await api.client().gql(SAVE_SEARCH, { input: { name: 'x' } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(ok(await reader.client.gql(SAVED_SEARCHES)).savedSearches).toEqual([]);
  });

  it('deletes only one\'s own saved searches', async () => {
    const owner = await person(api, 'owner');
    const other = await person(api, 'other');
    const saved = ok(await owner.client.gql(SAVE_SEARCH, { input: { name: 'Mine' } })).saveSearch;
    expect(errorOf(await other.client.gql(DELETE_SAVED_SEARCH, { id: saved.id }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(ok(await owner.client.gql(SAVED_SEARCHES)).savedSearches).toHaveLength(1);
    expect(ok(await owner.client.gql(DELETE_SAVED_SEARCH, { id: saved.id })).deleteSavedSearch).toBe(true);
    expect(ok(await owner.client.gql(SAVED_SEARCHES)).savedSearches).toEqual([]);
    expect(errorOf(await owner.client.gql(DELETE_SAVED_SEARCH, { id: saved.id }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a newly published card', () => {
  it('notifies the followers of every saved search it matches, once, and no one else', async () => {
    const matching = await person(api, 'matching');
    const byFilters = await person(api, 'filters');
    const wrongSdg = await person(api, 'wrongsdg');
    const wrongWords = await person(api, 'wrongwords');
    const unfollowed = await person(api, 'unfollowed');
    const save = async (who: Person, input: Record<string, unknown>) => ok(await who.client.gql(SAVE_SEARCH, { input: { name: 'Watch', ...input } })).saveSearch;
    const watched = await save(matching, { name: 'Lanterns', query: 'lantern -tunnel', filters: { sdgs: [11, 3], networks: [A] } });
    await save(byFilters, { filters: { regions: ['Americas'], yearFrom: 2015, yearTo: 2020, languages: ['en'] } });
    await save(wrongSdg, { query: 'lantern', filters: { sdgs: [14] } });
    await save(wrongWords, { query: 'lantern tunnel' });
    const dropped = await save(unfollowed, { query: 'lantern' });
    ok(await unfollowed.client.gql(UNFOLLOW, { id: dropped.id }));
    // The coordinator who publishes has a matching search too: the actor never hears of their own act.
    await save(coordinator, { query: 'lantern' });

    const card = await publish('Solar lantern lending in favelas');
    const [notification] = (await notificationsOf(matching.client)).nodes;
    expect(notification).toMatchObject({
      kind: 'SAVED_SEARCH_MATCH',
      title: 'New card for your saved search “Lanterns”: “Solar lantern lending in favelas”',
      verb: 'PUBLISHED',
      headline: 'Solar lantern lending in favelas',
      context: 'Lanterns',
      link: `/cases/${card.slug}`,
      caseId: card.id,
      savedSearchId: watched.id,
    });
    expect(mailTo(api, matching.email).map((message) => message.subject)).toEqual(['New card for your saved search “Lanterns”: “Solar lantern lending in favelas”']);
    expect((await notificationsOf(byFilters.client)).nodes.map((node) => node.kind)).toEqual(['SAVED_SEARCH_MATCH']);
    for (const who of [wrongSdg, wrongWords, unfollowed]) expect((await notificationsOf(who.client)).nodes).toEqual([]);
    expect((await notificationsOf(coordinator.client)).nodes.filter((node) => node.kind === 'SAVED_SEARCH_MATCH')).toEqual([]);

    // An excluded word keeps a card out; an approved edit of a published card is not news: only publication is.
    await publish('Lantern repairs in road tunnels');
    ok(await editor.client.gql(`mutation($id: ID!) { updateCase(id: $id, input: { summary: "More solar lanterns." }) { id } }`, { id: card.id }));
    ok(await editor.client.gql(SUBMIT, { id: card.id }));
    await decide(coordinator.client, card.id, 'APPROVE');
    await api.waitForIndexing();
    await api.waitForNotifications();
    expect((await notificationsOf(matching.client)).nodes).toHaveLength(1);
  });

  it('waits for the search index when its job runs first', async () => {
    const watcher = await person(api, 'watcher');
    ok(await watcher.client.gql(SAVE_SEARCH, { input: { name: 'Bikes', query: 'bicycle' } }));
    // Indexing stopped: the notification job must wait, and retry, until the card is searchable.
    await api.search.stopWorker();
    const card = await submittedCard(editor.client, A, 'Bicycle lanes by referendum');
    await decide(coordinator.client, card.id, 'APPROVE');
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect((await notificationsOf(watcher.client)).nodes).toEqual([]);
    await api.search.startWorker(api.orm, api.logger, 0.5);
    await api.waitForIndexing();
    await api.waitForNotifications(30_000);
    expect((await notificationsOf(watcher.client)).nodes.map((node) => node.caseId)).toEqual([card.id]);
  });

  it('goes into the daily digest of those who chose it', async () => {
    const digester = await person(api, 'digester');
    ok(await digester.client.gql(UPDATE_PREFERENCES, { input: { email: 'DAILY_DIGEST' } }));
    ok(await digester.client.gql(SAVE_SEARCH, { input: { name: 'Wells', query: 'well water' } }));
    await publish('Community well water testing');
    expect(mailTo(api, digester.email)).toEqual([]);
    await sendDailyDigests(api.notifications.mailDeps(api.mail), new Date());
    const [digest] = mailTo(api, digester.email);
    expect(digest!.text).toContain('New cards matching your saved searches');
    expect(digest!.text).toContain('New card for your saved search “Wells”: “Community well water testing”');
  });

  it('in a city matches searches filtered by that city, and not those filtered by another', async () => {
    const inRecife = await person(api, 'recife');
    const anyCity = await person(api, 'anycity');
    // Submitting the card puts Recife among the cities; it is published only once the searches are saved.
    const recifeCard = await submittedCard(editor.client, A, 'Rainwater cisterns for schools', { cities: [{ name: 'Recife', country: 'br' }] });
    const byCity = ok(await inRecife.client.gql(SAVE_SEARCH, { input: { name: 'Cisterns in Recife', query: 'cistern', filters: { cities: ['recife-br', 'Recife-BR'] } } })).saveSearch;
    expect(byCity.link).toBe('/search?q=cistern&city=recife-br');
    const recifeId = ok(await editor.client.gql(`query { caseById(id: "${recifeCard.id}") { cities { id slug } } }`));
    expect(byCity.filters.cities).toEqual([recifeId.caseById?.cities.find((city: { slug: string }) => city.slug === 'recife-br')?.id ?? 'recife-br is not among the card\'s cities']);
    ok(await anyCity.client.gql(SAVE_SEARCH, { input: { name: 'Cisterns', query: 'cistern' } }));

    await decide(coordinator.client, recifeCard.id, 'APPROVE');
    await api.waitForIndexing();
    await api.waitForNotifications();
    const elsewhere = await publish('Rainwater cisterns for clinics');
    expect((await notificationsOf(inRecife.client)).nodes.map((node) => node.caseId)).toEqual([recifeCard.id]);
    expect(new Set((await notificationsOf(anyCity.client)).nodes.map((node) => node.caseId))).toEqual(new Set([recifeCard.id, elsewhere.id]));
  });

  it('in another network matches searches of every network unless they filter by network', async () => {
    const coordinatorOfB = await person(api, 'coordb', [[B, 'COORDINATOR']]);
    const editorOfB = await person(api, 'editorb', [[B, 'EDITOR']]);
    const anyNetwork = await person(api, 'anynetwork');
    const onlyA = await person(api, 'onlya');
    ok(await anyNetwork.client.gql(SAVE_SEARCH, { input: { name: 'Kiosks', query: 'kiosk' } }));
    ok(await onlyA.client.gql(SAVE_SEARCH, { input: { name: 'Kiosks in A', query: 'kiosk', filters: { networks: [A] } } }));
    const card = await submittedCard(editorOfB.client, B, 'Digital kiosks for permits');
    await decide(coordinatorOfB.client, card.id, 'APPROVE');
    await api.waitForIndexing();
    await api.waitForNotifications();
    expect((await notificationsOf(anyNetwork.client)).nodes.map((node) => node.caseId)).toEqual([card.id]);
    expect((await notificationsOf(onlyA.client)).nodes).toEqual([]);
  });
});
