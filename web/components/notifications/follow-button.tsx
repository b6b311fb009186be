import { useTranslations } from 'next-intl';
import { followAction } from '../../lib/notifications/actions';
import { InlineActionForm } from '../threads/inline-action-form';

export type FollowTarget = 'thread' | 'case' | 'space' | 'search';

/**
 * Follow or unfollow a thread, a case, a network's space or a saved search: its new threads and posts
 * notify you. Says whether you follow it now; the button does the opposite. Signed-in viewers only.
 */
export function FollowButton({ targetId, target, following, returnTo }: { targetId: string; target: FollowTarget; following: boolean; returnTo: string }) {
  const t = useTranslations('notifications.follow');
  return (
    <InlineActionForm
      action={followAction}
      hidden={{ targetId, follow: following ? 'false' : 'true', returnTo }}
      label={following ? t(`unfollow.${target}`) : t(`follow.${target}`)}
      pendingLabel={t('saving')}
    >
      {following && <span className="follow-state">{t(`following.${target}`)}</span>}
    </InlineActionForm>
  );
}
