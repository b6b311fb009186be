import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { formatDateTime, formatNumber } from '../../lib/format';
import type { ThreadSummary } from '../../lib/threads/threads-api';
import styles from './threads.module.css';

/**
 * Threads, most recently active first: title, who started it, replies, last activity, and badges for
 * unread activity, members-only and locked threads.
 */
export function ThreadList({ threads, empty, headingLevel = 3 }: { threads: ThreadSummary[]; empty: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations('threads.list');
  const locale = useLocale();
  if (!threads.length) return <p className="empty">{empty}</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={`${styles.threadList} thread-list`}>
      {threads.map((thread) => (
        <li key={thread.id} className={`${styles.threadItem} thread-list__item`}>
          <Heading className={styles.threadTitle}>
            <Link href={`/threads/${thread.id}`}>{thread.title}</Link>
            {thread.unread && <span className={`${styles.badge} ${styles.badgeUnread} thread-list__unread`}>{t('unread')}</span>}
            {thread.membersOnly && <span className={styles.badge}>{t('membersOnly')}</span>}
            {thread.locked && <span className={styles.badge}>{t('locked')}</span>}
          </Heading>
          <p className={styles.threadMeta}>
            {t('startedBy', { name: thread.createdBy?.name ?? t('unknownAuthor') })} ·{' '}
            <span className="thread-list__replies">{t('replies', { count: thread.replyCount, formatted: formatNumber(thread.replyCount, locale) })}</span> ·{' '}
            {t('lastActivity')} <time dateTime={thread.lastActivityAt}>{formatDateTime(thread.lastActivityAt, locale)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
