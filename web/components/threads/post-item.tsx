import { useLocale, useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';
import { formatDateTime } from '../../lib/format';
import { deletePostAction, editPostAction, flagPostAction, moderatePostAction } from '../../lib/threads/actions';
import { postPath, threadPageHref } from '../../lib/threads/return-path';
import type { ThreadDetail, ThreadPost } from '../../lib/threads/threads-api';
import { ActionForm } from '../forms/action-form';
import { Composer } from './composer';
import { InlineActionForm } from './inline-action-form';
import type { Mentionable } from './mention-helper';
import { PostBody } from './post-body';
import styles from './threads.module.css';

export interface PostContext {
  thread: Pick<ThreadDetail, 'id' | 'locked' | 'viewerCan'>;
  /** The page's `after` cursor, kept by the Reply and Quote links. */
  after: string | null;
  /** Authors of the posts on this page, by post id: "in reply to Ana". */
  authors: Map<string, string>;
  members: Mentionable[];
}

function Time({ iso }: { iso: string }) {
  const locale = useLocale();
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}

/** The edit history: each earlier text, newest first, with when it was replaced and by whom. */
function EditHistory({ post }: { post: ThreadPost }) {
  const t = useTranslations('threads.post');
  return (
    <details className={styles.history}>
      <summary>{t('history', { count: post.revisions.length })}</summary>
      <ol>
        {post.revisions.map((revision) => (
          <li key={revision.replacedAt}>
            <p>
              {t('replaced', { name: revision.editedBy?.name ?? t('unknownAuthor') })} <Time iso={revision.replacedAt} />
            </p>
            <pre>{revision.body}</pre>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** What the viewer may do with the post, as the API says (viewerCan); each works without JavaScript. */
function PostActions({ post, context }: { post: ThreadPost; context: PostContext }) {
  const t = useTranslations('threads.post');
  const { thread, after } = context;
  const readable = !post.deleted && post.bodyHtml !== null;
  const here = postPath(thread.id, post.id);
  const hidden = { threadId: thread.id, postId: post.id };
  return (
    <ul className={styles.postActions} aria-label={t('actions')}>
      {thread.viewerCan.reply && readable && (
        <>
          <li>
            <Link href={threadPageHref(thread.id, { after, replyTo: post.id, hash: 'composer' })}>{t('reply')}</Link>
          </li>
          <li>
            <Link href={threadPageHref(thread.id, { after, quote: post.id, hash: 'composer' })}>{t('quote')}</Link>
          </li>
        </>
      )}
      {post.viewerCan.edit && post.body !== null && (
        <li>
          <details>
            <summary>{t('edit')}</summary>
            <Composer id={`edit-${post.id}`} action={editPostAction} hidden={hidden} initialBody={post.body} members={context.members} submitLabel={t('saveEdit')} pendingLabel={t('saving')} />
          </details>
        </li>
      )}
      {post.viewerCan.delete && !post.deleted && (
        <li>
          <details>
            <summary>{t('delete')}</summary>
            <InlineActionForm action={deletePostAction} hidden={hidden} label={t('confirmDelete')} className="button--small button--danger">
              <span>{t('deleteQuestion')}</span>
            </InlineActionForm>
          </details>
        </li>
      )}
      {post.viewerCan.flag && (
        <li>
          <details>
            <summary>{t('flag')}</summary>
            <ActionForm
              id={`flag-${post.id}`}
              action={flagPostAction}
              hidden={hidden}
              fields={[{ name: 'reason', label: t('flagReason'), hint: t('flagHint'), maxLength: 500 }]}
              submitLabel={t('sendFlag')}
              submitClassName="button--small"
            />
          </details>
        </li>
      )}
      {post.viewerCan.hide && !post.deleted && (
        <li>
          <InlineActionForm
            action={moderatePostAction}
            hidden={{ postId: post.id, decision: post.hidden ? 'restore' : 'hide', returnTo: here }}
            label={post.hidden ? t('restore') : t('hide')}
          />
        </li>
      )}
    </ul>
  );
}

/** What stands for the text of a post the viewer may not read. */
function Placeholder({ post }: { post: ThreadPost }) {
  const t = useTranslations('threads.post');
  return <p className={`${styles.placeholder} post__placeholder`}>{post.deleted ? t('deletedPlaceholder') : t('hiddenPlaceholder')}</p>;
}

/** One post: author, time, "edited" and its history, what it answers, its text (or a placeholder), actions. */
export function PostItem({ post, context }: { post: ThreadPost; context: PostContext }) {
  const t = useTranslations('threads.post');
  const parentAuthor = post.parentId ? context.authors.get(post.parentId) : undefined;
  return (
    <li id={`post-${post.id}`} className={`${post.parentId ? `${styles.post} ${styles.postReply}` : styles.post} thread-post`}>
      <article aria-labelledby={`post-${post.id}-meta`} className="post">
        <p id={`post-${post.id}-meta`} className={styles.postMeta}>
          <span className={styles.postAuthor}>{post.author?.name ?? t('unknownAuthor')}</span> · <Time iso={post.createdAt} />
          {post.editedAt && (
            <>
              {' · '}
              <span className="post__edited">{t('edited')}</span>
            </>
          )}
          {post.hidden && <span className={`${styles.badge} ${styles.badgeWarning} post__hidden`}>{t('hiddenBadge')}</span>}
        </p>
        {post.parentId && (
          <p className={styles.postMeta}>
            <Link href={postPath(context.thread.id, post.parentId)}>{parentAuthor ? t('inReplyTo', { name: parentAuthor }) : t('inReplyToEarlier')}</Link>
          </p>
        )}
        {post.bodyHtml !== null && !post.deleted ? <PostBody bodyHtml={post.bodyHtml} /> : <Placeholder post={post} />}
        {post.revisions.length > 0 && <EditHistory post={post} />}
        <PostActions post={post} context={context} />
      </article>
    </li>
  );
}
