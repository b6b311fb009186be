import type { TestApi, TestClient } from '../../test/test-api.js';
import { ok, start, userId } from './threads.fixtures.js';

/** B's thread records that isolation.test.ts attacks from outside B. */
export interface ThreadRecordsOfB {
  /** A members-only thread in B's space whose posts hold the secret word. */
  threadId: string;
  /** Its opening post, written by B's coordinator. */
  postId: string;
  /** Users B's coordinator blocked and trusted in B. */
  blockedUserId: string;
  trustedUserId: string;
}

/** Sets up B's private thread, a flag on its post, a blocked and a trusted user, all by B's coordinator. */
export async function threadRecordsOfB(api: TestApi, coordinatorOfB: TestClient, network: string, secret: string): Promise<ThreadRecordsOfB> {
  const thread = await start(coordinatorOfB, { network, title: `${secret} members thread`, body: `${secret} private post`, membersOnly: true });
  const memberOfB = await api.signedIn(`thread.member@${network}.example`, { memberships: [[network, 'MEMBER']] });
  ok(await memberOfB.gql(`mutation($id: ID!) { reply(threadId: $id, body: "${secret} reply") { id } }`, { id: thread.id }));
  ok(await memberOfB.gql(`mutation($id: ID!) { flagPost(id: $id, reason: "${secret} reason") { id } }`, { id: thread.firstPostId }));
  const blockedUserId = await userId(await api.signedIn(`blocked@${network}.threads.example`));
  const trustedUserId = await userId(await api.signedIn(`trusted@${network}.threads.example`));
  ok(await coordinatorOfB.gql(`mutation($network: String!, $id: ID!) { blockUser(network: $network, userId: $id) }`, { network, id: blockedUserId }));
  ok(await coordinatorOfB.gql(`mutation($network: String!, $id: ID!) { trustMember(network: $network, userId: $id) }`, { network, id: trustedUserId }));
  return { threadId: thread.id, postId: thread.firstPostId, blockedUserId, trustedUserId };
}

/** Everything of B's threads and moderation marks, read directly from the database. */
export async function threadStateOf(api: TestApi, network: string): Promise<string> {
  const rows = await api.orm.em.getConnection().execute(
    `select (select json_agg(json_build_object('id', t.id, 'title', t.title, 'membersOnly', t.members_only, 'locked', t.locked_at, 'replies', t.reply_count, 'activity', t.last_activity_at) order by t.id) from threads t where t.network_id = n.id) as threads,
            (select json_agg(json_build_object('id', p.id, 'body', p.body, 'hidden', p.hidden_at, 'deleted', p.deleted_at, 'edited', p.edited_at) order by p.id) from posts p join threads t on t.id = p.thread_id where t.network_id = n.id) as posts,
            (select count(*) from post_revisions r join posts p on p.id = r.post_id join threads t on t.id = p.thread_id where t.network_id = n.id) as revisions,
            (select json_agg(json_build_object('id', f.id, 'resolved', f.resolved_at) order by f.id) from post_flags f join posts p on p.id = f.post_id join threads t on t.id = p.thread_id where t.network_id = n.id) as flags,
            (select json_agg(json_build_object('thread', r.thread_id, 'user', r.user_id, 'at', r.last_read_at) order by r.id) from thread_reads r join threads t on t.id = r.thread_id where t.network_id = n.id) as reads,
            (select json_agg(b.user_id order by b.user_id) from network_blocks b where b.network_id = n.id) as blocks,
            (select json_agg(p.user_id order by p.user_id) from trusted_posters p where p.network_id = n.id) as trusted,
            (select json_agg(s.members_only) from network_spaces s where s.network_id = n.id) as space
       from networks n where n.slug = ?`,
    [network],
  );
  return JSON.stringify(rows);
}
