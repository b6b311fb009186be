import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { markReadAction } from '../../lib/notifications/actions';
import { notificationHref } from '../../lib/notifications/notification-link';
import type { NotificationItem } from '../../lib/notifications/notifications-api';
import { sentenceKey } from '../../lib/notifications/notification-sentence';
import { formatDateTime } from '../../lib/format';
import { InlineActionForm } from '../threads/inline-action-form';
import styles from '../threads/threads.module.css';

/** Notifications, newest first: what kind, who, what (a link to it), when; unread ones marked, each markable read. */
export function NotificationList({ notifications, returnTo }: { notifications: NotificationItem[]; returnTo: string }) {
  const t = useTranslations('notifications.list');
  const kinds = useTranslations('notifications.kinds');
  const sentences = useTranslations('notifications.sentence');
  const locale = useLocale();
  // The sentence in the page's language from the notification's parts; the API's English title for old ones.
  const sentenceOf = (notification: NotificationItem): string => {
    const key = sentenceKey(notification);
    if (!key) return notification.title;
    return sentences(key, { actor: notification.actor?.name ?? t('someone'), headline: notification.headline ?? '', context: notification.context ?? '' });
  };
  return (
    <ol className={`${styles.threadList} notification-list`}>
      {notifications.map((notification) => (
        <li key={notification.id} className={`${styles.threadItem} notification ${notification.read ? 'notification--read' : 'notification--unread'}`}>
          <p className={styles.threadMeta}>
            <span className={styles.badge}>{kinds(notification.kind)}</span>
            {!notification.read && <span className={`${styles.badge} ${styles.badgeUnread}`}>{t('unread')}</span>}{' '}
            {notification.actor && <span className={styles.postAuthor}>{notification.actor.name}</span>}
            {notification.network && <> · {notification.network.name}</>} · <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, locale)}</time>
          </p>
          <p className={styles.threadTitle}>
            <Link href={notificationHref(notification)}>{sentenceOf(notification)}</Link>
          </p>
          {notification.summary && <p className="notification__summary">{notification.summary}</p>}
          {!notification.read && (
            <InlineActionForm
              action={markReadAction}
              hidden={{ id: notification.id, returnTo }}
              label={
                <>
                  {t('markRead')}
                  <span className="visually-hidden">: {sentenceOf(notification)}</span>
                </>
              }
            />
          )}
        </li>
      ))}
    </ol>
  );
}
