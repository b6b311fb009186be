import { useTranslations } from 'next-intl';
import { threadNoticeCode } from '../../lib/threads/notices';

/** A notice of the thread and notification pages, carried in the address (`?notice=reply-posted`). */
export function ThreadNotice({ code }: { code: unknown }) {
  const t = useTranslations('threads.notices');
  const known = threadNoticeCode(code);
  if (!known) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{t(known)}</p>
    </div>
  );
}
