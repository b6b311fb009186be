/**
 * One-line notices carried in a `notice` parameter after a redirect ("You are signed out."). Only these
 * known codes are shown, so the address cannot put words on the page.
 */
const NOTICES = {
  'signed-out': 'You are signed out.',
  'signed-out-everywhere': 'You are signed out on every device, this one included.',
  'account-deleted': 'Your account was deleted, and you are signed out. What you wrote stays, shown as from a deleted user.',
  'password-reset': 'Your password was changed, and every device was signed out. Sign in with your new password.',
  joined: 'Welcome: you are now a member of this network.',
  left: 'You left this network.',
  'draft-saved': 'Your draft is saved.',
  'edit-saved': 'Your edit is saved. The published version stays as it is until a coordinator approves the edit.',
  submitted: 'Sent to the network’s coordinators for review.',
  approved: 'Approved: the card, or its edit, is now published.',
  'changes-requested': 'Changes requested: the author sees your comments.',
  rejected: 'Rejected: the author sees your comment.',
  archived: 'Done: you archived the case.',
  'update-posted': 'Your progress update is posted.',
} as const;

export type NoticeCode = keyof typeof NOTICES;

export function noticeText(code: unknown): string | null {
  return typeof code === 'string' && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : null;
}
