import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FollowButton } from '../../../../../components/notifications/follow-button';
import { Composer } from '../../../../../components/threads/composer';
import { SpaceVisibilityForm } from '../../../../../components/threads/space-visibility-form';
import { ThreadList } from '../../../../../components/threads/thread-list';
import { ThreadNotice } from '../../../../../components/threads/thread-notice';
import styles from '../../../../../components/threads/threads.module.css';
import { Link } from '../../../../../i18n/navigation';
import { withNext } from '../../../../../lib/accounts/next-path';
import { findViewer, roleIn } from '../../../../../lib/accounts/viewer';
import { isFollowing } from '../../../../../lib/notifications/notifications-api';
import { startThreadAction } from '../../../../../lib/threads/actions';
import { findNetworkSpace, listThreads, mentionableMembers } from '../../../../../lib/threads/threads-api';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]/threads'>): Promise<Metadata> {
  const [network, t, common] = await Promise.all([findNetworkSpace((await params).slug), getTranslations('threads.space'), getTranslations('common.notFound')]);
  return { title: network ? t('metaTitle', { network: network.name }) : common('metaTitle') };
}

async function loadSpace(slug: string, after: string | null) {
  const [network, viewer] = await Promise.all([findNetworkSpace(slug), findViewer()]);
  if (!network) return null;
  const list = await listThreads({ network: slug }, after);
  if (!list) return null;
  const role = roleIn(viewer, slug);
  const [following, members] = await Promise.all([viewer ? isFollowing(network.id) : false, role ? mentionableMembers(slug) : []]);
  return { network, viewer, role, list, following, members };
}

/** A network's discussion space: its threads, following it, starting a thread, and the coordinators' setting. */
export default async function NetworkSpacePage({ params, searchParams }: PageProps<'/[locale]/networks/[slug]/threads'>) {
  const [{ slug }, search, t] = await Promise.all([params, searchParams, getTranslations('threads.space')]);
  const after = typeof search.after === 'string' ? search.after : null;
  const space = await loadSpace(slug, after);
  if (!space) notFound();
  const { network, viewer, role, list } = space;
  const here = `/networks/${network.slug}/threads`;
  const mayStart = viewer && (!network.spaceMembersOnly || role);

  return (
    <>
      <ThreadNotice code={search.notice} />
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>{t('title', { network: network.name })}</h1>
      <p className="lead">{network.spaceMembersOnly ? t('leadMembers') : t('leadPublic')}</p>
      <div className={styles.toolbar}>
        {viewer && <FollowButton targetId={network.id} target="space" following={space.following} returnTo={here} />}
        {role === 'COORDINATOR' && <Link href={`/networks/${network.slug}/moderation`}>{t('moderation')}</Link>}
      </div>

      <section aria-labelledby="space-threads-title">
        <h2 id="space-threads-title">{t('threads', { count: list.totalCount })}</h2>
        <ThreadList threads={list.threads} empty={network.spaceMembersOnly && !role ? t('membersOnlyEmpty') : t('empty')} />
        {(after || list.pageInfo.hasNextPage) && (
          <nav className="pagination" aria-label={t('pages')}>
            {after && <Link href={here}>{t('firstPage')}</Link>}
            {list.pageInfo.hasNextPage && list.pageInfo.endCursor && (
              <Link href={`${here}?after=${encodeURIComponent(list.pageInfo.endCursor)}`} rel="next">
                {t('nextPage')}
              </Link>
            )}
          </nav>
        )}
      </section>

      <section aria-labelledby="start-title">
        <h2 id="start-title">{t('start')}</h2>
        {mayStart ? (
          <Composer
            id="start-thread-form"
            action={startThreadAction}
            hidden={{ network: network.slug }}
            withTitle
            membersOnly={network.spaceMembersOnly ? 'forced' : role ? 'choice' : undefined}
            members={space.members}
            submitLabel={t('startButton')}
            pendingLabel={t('starting')}
          />
        ) : viewer ? (
          <p>{t('membersOnlyStart')}</p>
        ) : (
          <p>
            <Link href={withNext('/sign-in', here, '')}>{t('signIn')}</Link>
          </p>
        )}
      </section>

      {role === 'COORDINATOR' && (
        <section aria-labelledby="visibility-title">
          <h2 id="visibility-title">{t('visibilityTitle')}</h2>
          <SpaceVisibilityForm network={network.slug} membersOnly={network.spaceMembersOnly} returnTo={here} />
        </section>
      )}
    </>
  );
}
