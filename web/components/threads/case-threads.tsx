import { getTranslations } from 'next-intl/server';
import { Link } from '../../i18n/navigation';
import { withNext } from '../../lib/accounts/next-path';
import { findViewer, roleIn } from '../../lib/accounts/viewer';
import { isFollowing } from '../../lib/notifications/notifications-api';
import { startThreadAction } from '../../lib/threads/actions';
import { listThreads, mentionableMembers } from '../../lib/threads/threads-api';
import { FollowButton } from '../notifications/follow-button';
import { Composer } from './composer';
import { ThreadList } from './thread-list';
import styles from './threads.module.css';

/** The case page shows without its threads when the API cannot list them; the failure is logged. */
function noThreads(error: unknown): null {
  console.error(error);
  return null;
}

interface CaseRef {
  id: string;
  slug: string;
  status: string;
  network: { slug: string };
}

/**
 * The case page's "Questions and discussions": its threads (unread ones marked), following the case, and
 * "Ask this city" for signed-in visitors (members of the network may keep the thread to members). Only on
 * published cases, the ones threads may start on.
 */
export async function CaseThreads({ card, after }: { card: CaseRef; after: string | null }) {
  if (card.status !== 'PUBLISHED') return null;
  const [list, viewer, t] = await Promise.all([listThreads({ caseId: card.id }, after).catch(noThreads), findViewer(), getTranslations('threads.case')]);
  if (!list) return null;
  const member = roleIn(viewer, card.network.slug) !== null;
  const [following, members] = await Promise.all([viewer ? isFollowing(card.id) : false, member ? mentionableMembers(card.network.slug) : []]);
  const here = `/cases/${card.slug}#threads`;

  return (
    <section className="case__section case-threads" aria-labelledby="threads-title" id="threads">
      <h2 id="threads-title">{t('title')}</h2>
      {viewer && (
        <div className={styles.toolbar}>
          <FollowButton targetId={card.id} target="case" following={following} returnTo={here} />
        </div>
      )}
      <ThreadList threads={list.threads} empty={t('empty')} />
      {(after || list.pageInfo.hasNextPage) && (
        <nav className="pagination" aria-label={t('pages')}>
          {after && <Link href={here}>{t('firstPage')}</Link>}
          {list.pageInfo.hasNextPage && list.pageInfo.endCursor && (
            <Link href={`/cases/${card.slug}?threadsAfter=${encodeURIComponent(list.pageInfo.endCursor)}#threads`}>{t('nextPage')}</Link>
          )}
        </nav>
      )}
      <h3 id="ask-title">{t('ask')}</h3>
      {viewer ? (
        <Composer
          id="start-thread-form"
          action={startThreadAction}
          hidden={{ caseId: card.id }}
          withTitle
          membersOnly={member ? 'choice' : undefined}
          members={members}
          submitLabel={t('start')}
          pendingLabel={t('starting')}
        >
          <p className="field__hint">{t('askHint')}</p>
        </Composer>
      ) : (
        <p>
          <Link href={withNext('/sign-in', `/cases/${card.slug}#threads`, '')}>{t('signIn')}</Link>
        </p>
      )}
    </section>
  );
}
