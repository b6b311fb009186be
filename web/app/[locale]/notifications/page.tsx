import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotificationList } from '../../../components/notifications/notification-list';
import { InlineActionForm } from '../../../components/threads/inline-action-form';
import { ThreadNotice } from '../../../components/threads/thread-notice';
import styles from '../../../components/threads/threads.module.css';
import { Link } from '../../../i18n/navigation';
import { requireViewer } from '../../../lib/accounts/viewer';
import { markReadAction } from '../../../lib/notifications/actions';
import { listNotifications } from '../../../lib/notifications/notifications-api';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.page'))('title') };
}

/** The viewer's notifications, a page at a time, with "Mark all read". */
export default async function NotificationsPage({ searchParams }: PageProps<'/[locale]/notifications'>) {
  const search = await searchParams;
  const after = typeof search.after === 'string' ? search.after : null;
  const here = after ? `/notifications?after=${encodeURIComponent(after)}` : '/notifications';
  await requireViewer(here);
  const [page, t] = await Promise.all([listNotifications(after), getTranslations('notifications.page')]);

  return (
    <>
      <ThreadNotice code={search.notice} />
      <h1>{t('title')}</h1>
      <p className="lead notifications-unread">{t('unreadCount', { count: page.unreadCount })}</p>
      <div className={styles.toolbar}>
        {page.unreadCount > 0 && <InlineActionForm action={markReadAction} hidden={{ returnTo: here }} label={t('markAllRead')} className="button--small" />}
        <Link href="/account/notifications">{t('preferences')}</Link>
      </div>
      {page.notifications.length ? <NotificationList notifications={page.notifications} returnTo={here} /> : <p className="empty">{after ? t('noMore') : t('empty')}</p>}
      {(after || page.pageInfo.hasNextPage) && (
        <nav className="pagination" aria-label={t('pages')}>
          {after && <Link href="/notifications">{t('firstPage')}</Link>}
          {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
            <Link href={`/notifications?after=${encodeURIComponent(page.pageInfo.endCursor)}`} rel="next">
              {t('nextPage')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
