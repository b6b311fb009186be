import { startTestApi, type TestApi } from '../../test/test-api.js';
import { errorOf, ok } from '../cases/curation.fixtures.js';
import { csvRows, fetchText } from '../opendata/opendata.fixtures.js';

/** Each network's licence: CC BY 4.0 by default, chosen by its coordinators, carried by every exported row. */
const A = 'uclg-transparency';
const B = 'ogp-local';
const SET = `mutation($network: String!, $licence: String!) { setNetworkLicence(network: $network, licence: $licence) { slug licence { id name url } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ worker: false });
});
afterAll(() => api?.close());

it('is CC BY 4.0 unless chosen otherwise', async () => {
  const { networks } = ok(await api.gql(`query { networks { slug licence { id name url } } }`));
  expect(networks).toEqual([
    { slug: B, licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' } },
    { slug: A, licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' } },
  ]);
});

it('is set by the network\'s coordinators, audited, and exported with each row', async () => {
  const coordinator = await api.signedIn('coordinator@b.example', { memberships: [[B, 'COORDINATOR']] });
  const changed = ok(await coordinator.gql(SET, { network: B, licence: 'CC0-1.0' })).setNetworkLicence;
  expect(changed).toEqual({ slug: B, licence: { id: 'CC0-1.0', name: 'Creative Commons Zero v1.0 Universal', url: 'https://creativecommons.org/publicdomain/zero/1.0/' } });

  const [event] = await api.orm.em.getConnection().execute(`select e.action, e.details from audit_events e join networks n on n.id = e.network_id where n.slug = ? and e.action = 'network.licence'`, [B]);
  expect(event).toEqual({ action: 'network.licence', details: { from: 'CC-BY-4.0', to: 'CC0-1.0' } });

  const { headers, text } = await fetchText(api, '/export/cases.csv');
  const licences = Object.fromEntries(csvRows(text).map((row) => [row.network, row.licence]));
  expect(licences).toEqual({ [A]: 'CC-BY-4.0', [B]: 'CC0-1.0' });
  expect(headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"; title="CC-BY-4.0", <https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"; title="CC0-1.0"');
  expect((await fetchText(api, `/export/cases.csv?network=${B}`)).headers.get('link')).toBe('<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"; title="CC0-1.0"');
});

it('refuses unknown licences, unknown networks and everyone but the coordinators', async () => {
  const coordinator = await api.signedIn('coordinator@a.example', { memberships: [[A, 'COORDINATOR']] });
  expect(errorOf(await coordinator.gql(SET, { network: A, licence: 'MIT' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'licence', message: expect.stringMatching(/"MIT".*CC-BY-4\.0, CC-BY-SA-4\.0, CC0-1\.0, ODbL-1\.0/) });
  expect(errorOf(await coordinator.gql(SET, { network: 'nope', licence: 'CC0-1.0' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
  expect(errorOf(await coordinator.gql(SET, { network: B, licence: 'ODbL-1.0' })).code).toBe('FORBIDDEN');
  const editor = await api.signedIn('editor@a.example', { memberships: [[A, 'EDITOR']] });
  expect(errorOf(await editor.gql(SET, { network: A, licence: 'ODbL-1.0' })).code).toBe('FORBIDDEN');
  expect(errorOf(await api.gql(SET, { network: A, licence: 'ODbL-1.0' })).code).toBe('UNAUTHENTICATED');
  expect(ok(await api.gql(`query { network(slug: "${A}") { licence { id } } }`)).network.licence.id).toBe('CC-BY-4.0');
  expect(ok(await coordinator.gql(SET, { network: A, licence: 'ODbL-1.0' })).setNetworkLicence.licence.id).toBe('ODbL-1.0');
});
