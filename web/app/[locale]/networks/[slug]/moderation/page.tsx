import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ModerationQueueItem } from '../../../../../components/threads/moderation-item';
import { PosterStandings } from '../../../../../components/threads/poster-standings';
import { ThreadNotice } from '../../../../../components/threads/thread-notice';
import styles from '../../../../../components/threads/threads.module.css';
import { Link } from '../../../../../i18n/navigation';
import { findModerationPage, marksByUser, UNMARKED } from '../../../../../lib/threads/moderation-api';
import { findNetworkSpace } from '../../../../../lib/threads/threads-api';

export const dynamic = 'force-dynamic';

async function loadPage(slug: string) {
  const [network, moderation] = await Promise.all([findNetworkSpace(slug), findModerationPage(slug)]);
  return network && moderation ? { network, ...moderation } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]/moderation'>): Promise<Metadata> {
  const [page, t, common] = await Promise.all([loadPage((await params).slug), getTranslations('threads.moderation'), getTranslations('common.notFound')]);
  return { title: page ? t('metaTitle', { network: page.network.name }) : common('metaTitle') };
}

/**
 * Flagged posts of the network, longest waiting first, then the users blocked or trusted in it. Anyone but its
 * coordinators: the same 404 as an unknown network.
 */
export default async function ModerationPage({ params, searchParams }: PageProps<'/[locale]/networks/[slug]/moderation'>) {
  const [{ slug }, search, t] = await Promise.all([params, searchParams, getTranslations('threads.moderation')]);
  const page = await loadPage(slug);
  if (!page) notFound();
  const { network, queue, standings } = page;
  const here = `/networks/${network.slug}/moderation`;
  const marks = marksByUser(standings);

  return (
    <>
      <ThreadNotice code={search.notice} />
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link> · <Link href={`/networks/${network.slug}/threads`}>{t('space')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {queue.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ol className={`${styles.posts} moderation-queue`} aria-label={t('queueLabel', { count: queue.length })}>
          {queue.map((item) => (
            <ModerationQueueItem
              key={item.post.id}
              item={item}
              network={network.slug}
              authorMarks={(item.post.author && marks.get(item.post.author.id)) || UNMARKED}
              returnTo={here}
            />
          ))}
        </ol>
      )}
      <PosterStandings standings={standings} network={network.slug} returnTo={here} />
    </>
  );
}
