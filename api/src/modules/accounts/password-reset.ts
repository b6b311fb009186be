import type { RequestContext } from '../../context.js';
import { AppError, BadInputError, ErrorCode } from '../../errors.js';
import { requireViewer, validEmail } from './account.guards.js';
import { EmailTokenPurpose } from './email-token.entity.js';
import { issueEmailLink, redeemEmailLink } from './email-links.js';
import { assertAcceptablePassword, hashPassword, passwordMatches } from './password.js';
import { endAllSessions } from './session.service.js';
import { User } from './user.entity.js';

/** Emails a reset link when the address has an account; the answer is the same either way. */
export async function requestPasswordReset(ctx: RequestContext, rawEmail: string): Promise<boolean> {
  const email = validEmail(rawEmail);
  await ctx.accounts.limits.consume('passwordReset', { address: ctx.http.address, account: email });
  const user = await ctx.em.findOne(User, { email });
  if (user) {
    const link = await issueEmailLink(ctx.em, ctx.accounts.webUrl, user, EmailTokenPurpose.RESET_PASSWORD);
    await ctx.accounts.mailer.send({
      to: email,
      subject: 'Reset your Casebook password',
      text: `Choose a new password here:\n${link}\n\nThe link works for one hour, once. If you did not ask for it, ignore this email.\n`,
      link,
    });
  }
  return true;
}

/** Sets a new password from a reset link and signs the account out everywhere. */
export async function resetPassword(ctx: RequestContext, token: string, password: string): Promise<boolean> {
  assertAcceptablePassword(password);
  await ctx.accounts.limits.consume('passwordReset', { address: ctx.http.address });
  const redeemed = await redeemEmailLink(ctx.em, token, EmailTokenPurpose.RESET_PASSWORD);
  if (!redeemed) throw new BadInputError('This reset link is invalid or has expired: ask for a new one.', 'token');
  redeemed.user.passwordHash = await hashPassword(password);
  // Following the link proves the address too.
  redeemed.user.emailVerifiedAt ??= new Date();
  await ctx.em.flush();
  await endAllSessions(ctx.em, redeemed.user.id);
  return true;
}

/** Changes the password of the signed-in user, who must give the current one; other sessions end. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  await ctx.accounts.limits.consume('signIn', { address: ctx.http.address, account: viewer.email });
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
  if (!(await passwordMatches(user.passwordHash, currentPassword))) {
    throw new AppError(ErrorCode.BadUserInput, 'The current password is incorrect.', { field: 'currentPassword' });
  }
  assertAcceptablePassword(newPassword, 'newPassword');
  user.passwordHash = await hashPassword(newPassword);
  await ctx.em.flush();
  await endAllSessions(ctx.em, user.id, ctx.session?.tokenHash);
  return true;
}
