import { useTranslations } from 'next-intl';
import { noticeCode } from '../lib/notices';

/** A notice carried in the address after a redirect (`?notice=signed-out`); nothing for unknown codes. */
export function Notice({ code }: { code: unknown }) {
  const t = useTranslations('common.notices');
  const known = noticeCode(Array.isArray(code) ? code[0] : code);
  if (!known) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{t(known)}</p>
    </div>
  );
}
