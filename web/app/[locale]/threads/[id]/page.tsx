import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FollowButton } from '../../../../components/notifications/follow-button';
import { InlineActionForm } from '../../../../components/threads/inline-action-form';
import { PostItem, type PostContext } from '../../../../components/threads/post-item';
import { ReplySection } from '../../../../components/threads/reply-section';
import { ThreadNotice } from '../../../../components/threads/thread-notice';
import styles from '../../../../components/threads/threads.module.css';
import { Link } from '../../../../i18n/navigation';
import { lockThreadAction } from '../../../../lib/threads/actions';
import { threadPageHref } from '../../../../lib/threads/return-path';
import { findThread } from '../../../../lib/threads/threads-api';
import { loadThreadPage } from '../../../../lib/threads/thread-page';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/threads/[id]'>): Promise<Metadata> {
  const thread = await findThread((await params).id, null).catch(() => null);
  return { title: thread ? thread.title : (await getTranslations('common.notFound'))('metaTitle') };
}

/** A thread: its posts in order (a page at a time), the reply composer, follow, and the coordinators' tools. */
export default async function ThreadPage({ params, searchParams }: PageProps<'/[locale]/threads/[id]'>) {
  const [{ id }, search, t] = await Promise.all([params, searchParams, getTranslations('threads.page')]);
  const data = await loadThreadPage(id, search);
  if (!data) notFound();
  const { thread, after, viewer, following } = data;
  const here = threadPageHref(thread.id, { after });
  const context: PostContext = {
    thread,
    after,
    authors: new Map(thread.posts.map((post) => [post.id, post.author?.name ?? t('unknownAuthor')])),
    members: data.members,
  };

  return (
    <article className="thread">
      <ThreadNotice code={search.notice} />
      <p className="case__network">
        {thread.case ? (
          <Link href={`/cases/${thread.case.slug}`}>{thread.case.title}</Link>
        ) : (
          <Link href={`/networks/${thread.network.slug}/threads`}>{t('space', { network: thread.network.name })}</Link>
        )}
      </p>
      <h1>{thread.title}</h1>
      <p>
        {thread.membersOnly && <span className={styles.badge}>{t('membersOnly')}</span>}
        {thread.locked && <span className={styles.badge}>{t('locked')}</span>}
      </p>
      <div className={styles.toolbar}>
        {viewer && <FollowButton targetId={thread.id} target="thread" following={following} returnTo={here} />}
        {thread.viewerCan.moderate && (
          <InlineActionForm
            action={lockThreadAction}
            hidden={{ threadId: thread.id, decision: thread.locked ? 'unlock' : 'lock', returnTo: here }}
            label={thread.locked ? t('unlock') : t('lock')}
          />
        )}
      </div>

      <section aria-labelledby="posts-title">
        <h2 id="posts-title" className="visually-hidden">
          {t('posts')}
        </h2>
        <p className={styles.threadMeta}>{t('postCount', { count: thread.totalPosts })}</p>
        <ol className={styles.posts}>
          {thread.posts.map((post) => (
            <PostItem key={post.id} post={post} context={context} />
          ))}
        </ol>
        {(after || thread.pageInfo.hasNextPage) && (
          <nav className="pagination" aria-label={t('pages')}>
            {after && <Link href={threadPageHref(thread.id)}>{t('firstPage')}</Link>}
            {thread.pageInfo.hasNextPage && thread.pageInfo.endCursor && (
              <Link href={threadPageHref(thread.id, { after: thread.pageInfo.endCursor })} rel="next">
                {t('nextPage')}
              </Link>
            )}
          </nav>
        )}
      </section>

      <ReplySection data={data} />
    </article>
  );
}
