import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { formatDateTime } from '../../lib/format';
import { lockThreadAction, moderatePostAction } from '../../lib/threads/actions';
import type { ModerationItem, StandingMarks } from '../../lib/threads/moderation-api';
import { postPath } from '../../lib/threads/return-path';
import { InlineActionForm } from './inline-action-form';
import { MemberDecisionForm } from './member-decision-form';
import { PostBody } from './post-body';
import styles from './threads.module.css';

/**
 * Decisions about the post's author in the network, from their current standing: block or unblock, trust
 * or stop trusting, so that only the action that changes something is offered.
 */
function AuthorActions({ network, author, marks, returnTo }: { network: string; author: { id: string; name: string }; marks: StandingMarks; returnTo: string }) {
  return (
    <>
      <li>
        <MemberDecisionForm network={network} user={author} decision={marks.blocked ? 'unblock' : 'block'} returnTo={returnTo} />
      </li>
      <li>
        <MemberDecisionForm network={network} user={author} decision={marks.trusted ? 'untrust' : 'trust'} returnTo={returnTo} />
      </li>
    </>
  );
}

/** "Blocked", "Trusted": the author's marks in the network, beside their name. */
function StandingBadges({ marks }: { marks: StandingMarks }) {
  const t = useTranslations('threads.moderation.standings');
  return (
    <>
      {marks.blocked && <span className={`${styles.badge} ${styles.badgeWarning} author-standing`}>{t('blocked')}</span>}
      {marks.trusted && <span className={`${styles.badge} author-standing`}>{t('trusted')}</span>}
    </>
  );
}

/** One flagged post in the queue: where, who wrote it, its text, the flags with their reasons, and decisions. */
export function ModerationQueueItem({ item, network, authorMarks, returnTo }: { item: ModerationItem; network: string; authorMarks: StandingMarks; returnTo: string }) {
  const t = useTranslations('threads.moderation');
  const locale = useLocale();
  const { post, thread } = item;
  return (
    <li className={`${styles.post} moderation-item`} id={`flagged-${post.id}`}>
      <article aria-labelledby={`flagged-${post.id}-title`}>
        <h2 id={`flagged-${post.id}-title`} className={styles.threadTitle}>
          <Link href={postPath(thread.id, post.id)}>{thread.title}</Link>
          {thread.locked && <span className={styles.badge}>{t('locked')}</span>}
          {post.hidden && <span className={`${styles.badge} ${styles.badgeWarning}`}>{t('hidden')}</span>}
        </h2>
        <p className={styles.postMeta}>
          <span className={styles.postAuthor}>{post.author?.name ?? t('unknownAuthor')}</span>
          {post.author && <StandingBadges marks={authorMarks} />} ·{' '}
          <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, locale)}</time>
        </p>
        {post.bodyHtml !== null && !post.deleted ? <PostBody bodyHtml={post.bodyHtml} /> : <p className={styles.placeholder}>{t('deleted')}</p>}
        <h3>{t('flags', { count: item.flags.length })}</h3>
        <ul className={`${styles.flags} moderation-flags`}>
          {item.flags.map((flag, index) => (
            <li key={`${flag.createdAt}-${index}`}>
              <q>{flag.reason}</q> · {flag.flagger?.name ?? t('unknownAuthor')} · <time dateTime={flag.createdAt}>{formatDateTime(flag.createdAt, locale)}</time>
            </li>
          ))}
        </ul>
        <ul className={styles.postActions} aria-label={t('decisions')}>
          <li>
            <InlineActionForm action={moderatePostAction} hidden={{ postId: post.id, decision: 'hide', returnTo }} label={t('hide')} className="button--small" />
          </li>
          <li>
            <InlineActionForm action={moderatePostAction} hidden={{ postId: post.id, decision: 'restore', returnTo }} label={post.hidden ? t('restore') : t('keep')} />
          </li>
          {!thread.locked && (
            <li>
              <InlineActionForm action={lockThreadAction} hidden={{ threadId: thread.id, decision: 'lock', returnTo }} label={t('lock')} />
            </li>
          )}
          {post.author && <AuthorActions network={network} author={post.author} marks={authorMarks} returnTo={returnTo} />}
        </ul>
      </article>
    </li>
  );
}
