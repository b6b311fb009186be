import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FollowButton, type FollowTarget } from '../../../../components/notifications/follow-button';
import { PreferencesForm } from '../../../../components/notifications/preferences-form';
import { InlineActionForm } from '../../../../components/threads/inline-action-form';
import { ThreadNotice } from '../../../../components/threads/thread-notice';
import styles from '../../../../components/threads/threads.module.css';
import { Link } from '../../../../i18n/navigation';
import { safeNextPath } from '../../../../lib/accounts/next-path';
import { requireViewer } from '../../../../lib/accounts/viewer';
import { formatDate } from '../../../../lib/format';
import type { FollowTargetKind } from '../../../../lib/gql/graphql';
import { deleteSavedSearchAction } from '../../../../lib/notifications/actions';
import { EMAIL_DELIVERIES, findNotificationSettings, NOTIFICATION_KINDS } from '../../../../lib/notifications/notifications-api';

export const dynamic = 'force-dynamic';

const HERE = '/account/notifications';

const TARGETS: Record<FollowTargetKind, FollowTarget> = { THREAD: 'thread', CASE: 'case', NETWORK_SPACE: 'space', SAVED_SEARCH: 'search' };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.preferences'))('title') };
}

/** Notification settings: email delivery and kinds, what you follow, your saved searches. */
export default async function NotificationPreferencesPage({ searchParams }: PageProps<'/[locale]/account/notifications'>) {
  await requireViewer(HERE);
  const [search, settings, t, locale] = await Promise.all([searchParams, findNotificationSettings(), getTranslations('notifications.preferences'), getLocale()]);
  const { notificationPreferences: preferences, savedSearches } = settings;
  // Saved searches have their own list below.
  const follows = settings.myFollows.filter((follow) => follow.targetKind !== 'SAVED_SEARCH');

  return (
    <div className="account">
      <ThreadNotice code={search.notice} />
      <p>
        <Link href="/account">{t('account')}</Link> · <Link href="/notifications">{t('notifications')}</Link>
      </p>
      <h1>{t('title')}</h1>

      <section aria-labelledby="email-title">
        <h2 id="email-title">{t('emailTitle')}</h2>
        <PreferencesForm email={preferences.email} mutedKinds={preferences.mutedKinds} deliveries={EMAIL_DELIVERIES} kinds={NOTIFICATION_KINDS} />
      </section>

      <section aria-labelledby="follows-title">
        <h2 id="follows-title">{t('followsTitle')}</h2>
        {follows.length ? (
          <ul className={`${styles.threadList} follow-list`}>
            {follows.map((follow) => (
              <li key={follow.id} className={styles.threadItem}>
                <span className={styles.badge}>{t(`targets.${follow.targetKind}`)}</span> <Link href={safeNextPath(follow.link, '/')}>{follow.title}</Link>{' '}
                <span className={styles.threadMeta}>{t('since', { date: formatDate(follow.createdAt, locale) })}</span>
                <div>
                  <FollowButton targetId={follow.targetId} target={TARGETS[follow.targetKind]} following returnTo={HERE} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('noFollows')}</p>
        )}
      </section>

      <section aria-labelledby="searches-title">
        <h2 id="searches-title">{t('searchesTitle')}</h2>
        <p>{t('searchesHint')}</p>
        {savedSearches.length ? (
          <ul className={`${styles.threadList} saved-search-list`}>
            {savedSearches.map((saved) => (
              <li key={saved.id} className={styles.threadItem}>
                <Link href={safeNextPath(saved.link, '/search')}>{saved.name}</Link>
                {saved.query && <span className={styles.threadMeta}> · “{saved.query}”</span>}
                <div className={styles.toolbar}>
                  <FollowButton targetId={saved.id} target="search" following={saved.following} returnTo={HERE} />
                  <InlineActionForm
                    action={deleteSavedSearchAction}
                    hidden={{ id: saved.id }}
                    label={
                      <>
                        {t('deleteSearch')}
                        <span className="visually-hidden"> {saved.name}</span>
                      </>
                    }
                    className="button--small button--danger"
                  />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty">{t('noSearches')}</p>
        )}
      </section>
    </div>
  );
}
