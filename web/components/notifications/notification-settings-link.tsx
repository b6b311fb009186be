import { useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';

/** The account page's way to the notification settings. */
export function NotificationSettingsLink() {
  const t = useTranslations('notifications.account');
  return (
    <section aria-labelledby="notification-settings-title">
      <h2 id="notification-settings-title">{t('title')}</h2>
      <p>{t('body')}</p>
      <p>
        <Link href="/account/notifications">{t('link')}</Link>
      </p>
    </section>
  );
}
