import type { MailMessage } from '../mail/mailer.js';
import { NotificationKind } from './notification.enums.js';

/** A notification as an email needs it. */
export interface MailableNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  summary: string;
  link: string;
  networkName: string | null;
  actorName: string | null;
  /** Set when the notification came through a follow: the email offers to stop following. */
  followedTargetId: string | null;
}

export interface MailRecipient {
  email: string;
  name: string;
}

/** Links the email footer needs, made by the caller (they are signed). */
export interface FooterLinks {
  unsubscribeAll: string;
  /** By target id: a link that unfollows it. */
  unfollow: Map<string, string>;
}

const WHY: Record<NotificationKind, string> = {
  [NotificationKind.MENTION]: 'you were mentioned',
  [NotificationKind.REPLY]: 'someone replied to your post',
  [NotificationKind.NEW_THREAD_ON_CASE]: 'you wrote or follow this case',
  [NotificationKind.NEW_POST_IN_FOLLOWED]: 'you follow this conversation',
  [NotificationKind.CURATION_DECISION]: 'you wrote this card',
  [NotificationKind.SAVED_SEARCH_MATCH]: 'you follow this saved search',
};

/** Digest sections, in this order. */
const SECTIONS: { title: string; kinds: NotificationKind[] }[] = [
  { title: 'Mentions and replies', kinds: [NotificationKind.MENTION, NotificationKind.REPLY] },
  { title: 'Your cards', kinds: [NotificationKind.CURATION_DECISION] },
  { title: 'Conversations you follow', kinds: [NotificationKind.NEW_THREAD_ON_CASE, NotificationKind.NEW_POST_IN_FOLLOWED] },
  { title: 'New cards matching your saved searches', kinds: [NotificationKind.SAVED_SEARCH_MATCH] },
];

const SUBJECT_MAX = 150;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function footer(webUrl: string, reason: string, links: FooterLinks, unfollow?: string): string[] {
  return [
    '—',
    `You get this email because ${reason}.`,
    ...(unfollow ? [`Stop following this: ${unfollow}`] : []),
    `Choose how Casebook emails you: ${webUrl}/account/notifications`,
    `Unsubscribe from all Casebook email: ${links.unsubscribeAll}`,
  ];
}

/** One notification, emailed at once: the subject says who did what; the body adds where, an excerpt and the link. */
export function immediateEmail(webUrl: string, to: MailRecipient, notification: MailableNotification, links: FooterLinks): MailMessage {
  const url = `${webUrl}${notification.link}`;
  const unfollow = notification.followedTargetId ? links.unfollow.get(notification.followedTargetId) : undefined;
  const lines = [
    `Hello ${to.name},`,
    '',
    `${notification.title}${notification.networkName ? ` (${notification.networkName})` : ''}.`,
    ...(notification.summary ? ['', `  ${notification.summary}`] : []),
    '',
    `Open it: ${url}`,
    '',
    ...footer(webUrl, WHY[notification.kind], links, unfollow),
  ];
  return { to: to.email, subject: shorten(notification.title, SUBJECT_MAX), text: `${lines.join('\n')}\n`, link: url, headers: unsubscribeHeaders(links) };
}

function digestItem(webUrl: string, notification: MailableNotification): string[] {
  return [
    `• ${notification.title}${notification.networkName ? ` (${notification.networkName})` : ''}`,
    ...(notification.summary ? [`  ${shorten(notification.summary, 200)}`] : []),
    `  ${webUrl}${notification.link}`,
  ];
}

/** Everything since the last digest in one email, grouped by section, oldest first within each. */
export function digestEmail(webUrl: string, to: MailRecipient, notifications: MailableNotification[], links: FooterLinks): MailMessage {
  const count = notifications.length;
  const sections = SECTIONS.map((section) => ({ title: section.title, items: notifications.filter((notification) => section.kinds.includes(notification.kind)) }))
    .filter((section) => section.items.length > 0)
    .flatMap((section) => ['', `${section.title}`, '', ...section.items.flatMap((item) => [...digestItem(webUrl, item), ''])]);
  const lines = [
    `Hello ${to.name},`,
    '',
    `Here is what happened on Casebook since your last digest: ${count} notification${count === 1 ? '' : 's'}.`,
    ...sections,
    `See them all: ${webUrl}/notifications`,
    '',
    ...footer(webUrl, 'you chose a daily digest of your notifications', links),
  ];
  return {
    to: to.email,
    subject: `Your Casebook digest: ${count} notification${count === 1 ? '' : 's'}`,
    text: `${lines.join('\n')}\n`,
    link: `${webUrl}/notifications`,
    headers: unsubscribeHeaders(links),
  };
}

/** Mail clients show their own "unsubscribe" button from this header (RFC 2369). */
function unsubscribeHeaders(links: FooterLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.unsubscribeAll}>` };
}
