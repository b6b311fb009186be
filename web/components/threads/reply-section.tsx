import { useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { withNext } from '../../lib/accounts/next-path';
import { replyAction } from '../../lib/threads/actions';
import { threadPageHref } from '../../lib/threads/return-path';
import type { ThreadPageData } from '../../lib/threads/thread-page';
import { Composer } from './composer';
import styles from './threads.module.css';

/**
 * The end of a thread page: the reply composer (answering a post when the address says so), or why there is
 * none: the thread is locked, the visitor is not signed in, or may not post here.
 */
export function ReplySection({ data }: { data: ThreadPageData }) {
  const t = useTranslations('threads.reply');
  const { thread, after, viewer, answering } = data;
  let content;
  if (thread.locked) {
    content = (
      <div className={`notice notice--info ${styles.lockedNotice} thread-locked`} role="note">
        <p>{t('locked')}</p>
      </div>
    );
  } else if (!viewer) {
    content = (
      <p>
        <Link href={withNext('/sign-in', threadPageHref(thread.id, { after }), '')}>{t('signIn')}</Link>
      </p>
    );
  } else if (!thread.viewerCan.reply) {
    content = <p>{t('cannotReply')}</p>;
  } else {
    content = (
      <Composer
        id="reply-form"
        action={replyAction}
        hidden={{ threadId: thread.id, parentId: answering?.id ?? '' }}
        initialBody={data.initialBody}
        members={data.members}
        submitLabel={t('post')}
        pendingLabel={t('posting')}
      >
        {answering && (
          <p className="field__hint">
            {t('answering', { name: answering.author?.name ?? t('unknownAuthor') })} · <Link href={threadPageHref(thread.id, { after, hash: 'composer' })}>{t('cancelAnswer')}</Link>
          </p>
        )}
      </Composer>
    );
  }
  return (
    <section aria-labelledby="composer-title" id="composer">
      <h2 id="composer-title">{t('title')}</h2>
      {content}
    </section>
  );
}
