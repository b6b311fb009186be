import type { TestApi, TestClient } from '../../test/test-api.js';
import { completeInput, createCard, ok, REVIEW, SUBMIT } from '../cases/curation.fixtures.js';

/** B's notification records for the isolation suite: a notification, a saved search, their owners. */
export interface NotificationRecordsOfB {
  /** An editor of B, told that B's coordinator rejected their card. */
  recipient: TestClient;
  recipientId: string;
  notificationId: string;
  coordinatorId: string;
  /** B's coordinator's saved search (followed). */
  savedSearchId: string;
}

/** Makes B's records: every title and name carries the secret word, so that any leak shows. */
export async function notificationRecordsOfB(api: TestApi, coordinator: TestClient, network: string, secret: string): Promise<NotificationRecordsOfB> {
  const recipient = await api.signedIn(`notified.editor@${network}.example`, { memberships: [[network, 'EDITOR']] });
  const card = await createCard(recipient, completeInput(network, `${secret} rejected card`));
  ok(await recipient.gql(SUBMIT, { id: card.id }));
  ok(await coordinator.gql(REVIEW, { id: card.id, decision: 'REJECT', comment: `${secret} reasons` }));
  const saved = ok(await coordinator.gql(`mutation($name: String!) { saveSearch(input: { name: $name, query: "budget" }) { id } }`, { name: `${secret} saved search` })).saveSearch;
  await api.waitForNotifications();
  const [row] = await api.orm.em.getConnection().execute(`select n.id, n.recipient_id from notifications n where n.title like ?`, [`%${secret} rejected card%`]);
  if (!row) throw new Error('B\'s notification was not created');
  const coordinatorId = ok(await coordinator.gql(`query { viewer { id } }`)).viewer.id;
  return { recipient, recipientId: row.recipient_id, notificationId: row.id, coordinatorId, savedSearchId: saved.id };
}

/** The private notification state of B's two people: notifications (and whether read), saved searches, follows, preferences. */
export async function notificationStateOf(api: TestApi, records: NotificationRecordsOfB): Promise<string> {
  const users = [records.coordinatorId, records.recipientId];
  const [row] = await api.orm.em.getConnection().execute(
    `select (select json_agg(json_build_object('id', n.id, 'read', n.read_at, 'title', n.title) order by n.id) from notifications n where n.recipient_id = any(?::uuid[])) as notifications,
            (select json_agg(json_build_object('id', s.id, 'name', s.name) order by s.id) from saved_searches s where s.user_id = any(?::uuid[])) as saved_searches,
            (select json_agg(json_build_object('user', f.user_id, 'target', f.target_id) order by f.id) from follows f where f.user_id = any(?::uuid[])) as follows,
            (select json_agg(json_build_object('user', p.user_id, 'email', p.email) order by p.user_id) from notification_preferences p where p.user_id = any(?::uuid[])) as preferences`,
    [`{${users.join(',')}}`, `{${users.join(',')}}`, `{${users.join(',')}}`, `{${users.join(',')}}`],
  );
  return JSON.stringify(row);
}
