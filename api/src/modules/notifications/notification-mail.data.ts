import type { JobDb } from './job-db.js';
import type { FooterLinks, MailableNotification, MailRecipient } from './notification-email.js';
import { EmailDelivery, type NotificationKind } from './notification.enums.js';
import { signUnsubscribeToken, unsubscribeKey, unsubscribeUrl } from './unsubscribe-token.js';

/** The columns an email needs, with the recipient's preference and whether they may still read it. */
export interface MailRow {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  title: string;
  summary: string;
  link: string;
  followed_target_id: string | null;
  network_name: string | null;
  actor_name: string | null;
  emailed_at: Date | null;
  email: string;
  name: string;
  delivery: EmailDelivery;
  muted_kinds: string[];
  readable: boolean;
}

/** Selects notifications `n` with everything an email needs; callers add the where clause. */
export const MAIL_ROW_SQL = `
  select n.id, n.recipient_id, n.kind, n.title, n.summary, n.link, n.followed_target_id, n.emailed_at, n.created_at,
         nw.name as network_name, a.name as actor_name, u.email, u.name,
         coalesce(p.email, '${EmailDelivery.IMMEDIATE}') as delivery, coalesce(p.muted_kinds, '{}') as muted_kinds,
         (not n.members_only or exists (select 1 from memberships m where m.user_id = n.recipient_id and m.network_id = n.network_id)) as readable
    from notifications n
    join users u on u.id = n.recipient_id
    left join notification_preferences p on p.user_id = n.recipient_id
    left join networks nw on nw.id = n.network_id
    left join users a on a.id = n.actor_id`;

export function toMailable(row: MailRow): MailableNotification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    link: row.link,
    networkName: row.network_name,
    actorName: row.actor_name,
    followedTargetId: row.followed_target_id,
  };
}

export function recipientOf(row: MailRow): MailRecipient {
  return { email: row.email, name: row.name };
}

/** Signed footer links for these notifications' recipient. */
export async function footerLinks(db: JobDb, webUrl: string, userId: string, rows: MailRow[]): Promise<FooterLinks> {
  const key = await unsubscribeKey(db);
  const targets = [...new Set(rows.map((row) => row.followed_target_id).filter((id): id is string => !!id))];
  return {
    unsubscribeAll: unsubscribeUrl(webUrl, signUnsubscribeToken(key, userId, 'all')),
    unfollow: new Map(targets.map((targetId) => [targetId, unsubscribeUrl(webUrl, signUnsubscribeToken(key, userId, { targetId }))])),
  };
}
