import { noticeText } from '../lib/notices';

/** A notice carried in the address after a redirect (`?notice=signed-out`); nothing for unknown codes. */
export function Notice({ code }: { code: unknown }) {
  const text = noticeText(Array.isArray(code) ? code[0] : code);
  if (!text) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{text}</p>
    </div>
  );
}
