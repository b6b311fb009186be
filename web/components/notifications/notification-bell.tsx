import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '../../i18n/navigation';
import { ApiError, ApiUserError } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { unreadNotificationCount } from '../../lib/notifications/notifications-api';

/** The unread count, or null when the API cannot say (the header shows the bell without a number). */
async function unreadCount(): Promise<number | null> {
  try {
    return await unreadNotificationCount();
  } catch (error) {
    if (!(error instanceof ApiError || error instanceof ApiUserError)) throw error;
    console.error(error);
    return null;
  }
}

/**
 * The header's bell for signed-in viewers: a link to /notifications named with the unread count ("3 unread
 * notifications"), the number shown beside it.
 */
export async function NotificationBell() {
  const [count, t, locale] = await Promise.all([unreadCount(), getTranslations('notifications.bell'), getLocale()]);
  const label = count === null ? t('label') : t('unread', { count });
  return (
    <Link href="/notifications" className="notification-bell" aria-label={label}>
      <span aria-hidden="true">🔔 </span>
      {t('short')}
      {count !== null && count > 0 && <strong className="notification-bell__count tag">{formatNumber(count, locale)}</strong>}
    </Link>
  );
}
