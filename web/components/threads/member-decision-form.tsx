import { useTranslations } from 'next-intl';
import { moderateMemberAction } from '../../lib/threads/actions';
import type { MemberModeration } from '../../lib/threads/thread-mutations';
import { InlineActionForm } from './inline-action-form';

/** Blocking is the one destructive decision; the others (and every undo) look secondary. */
const CLASS_NAMES: Record<MemberModeration, string | undefined> = { block: 'button--small button--danger', unblock: undefined, trust: undefined, untrust: undefined };

/** One coordinator's decision about a user in the network (block, unblock, trust, untrust), back to `returnTo`. */
export function MemberDecisionForm({ network, user, decision, returnTo }: { network: string; user: { id: string; name: string }; decision: MemberModeration; returnTo: string }) {
  const t = useTranslations('threads.moderation');
  return (
    <InlineActionForm
      action={moderateMemberAction}
      hidden={{ network, userId: user.id, decision, returnTo }}
      label={t(`member.${decision}`, { name: user.name })}
      className={CLASS_NAMES[decision]}
    />
  );
}
