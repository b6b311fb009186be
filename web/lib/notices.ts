/**
 * One-line notices carried in a `notice` parameter after a redirect ("You are signed out."). Only these
 * known codes are shown, so the address cannot put words on the page; their words are the messages
 * `common.notices.<code>` in each language.
 */
export const NOTICE_CODES = [
  'signed-out',
  'signed-out-everywhere',
  'account-deleted',
  'password-reset',
  'joined',
  'left',
  'draft-saved',
  'edit-saved',
  'submitted',
  'approved',
  'changes-requested',
  'rejected',
  'archived',
  'update-posted',
] as const;

export type NoticeCode = (typeof NOTICE_CODES)[number];

/** The notice code carried in the address, when it is a known one. */
export function noticeCode(code: unknown): NoticeCode | null {
  return typeof code === 'string' && (NOTICE_CODES as readonly string[]).includes(code) ? (code as NoticeCode) : null;
}
