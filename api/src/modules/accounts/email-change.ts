import type { RequestContext } from '../../context.js';
import { AppError, BadInputError, ErrorCode } from '../../errors.js';
import { requireViewer, validEmail } from './account.guards.js';
import { EmailTokenPurpose } from './email-token.entity.js';
import { issueEmailLink, redeemEmailLink } from './email-links.js';
import { passwordMatches } from './password.js';
import { User } from './user.entity.js';

/** Sends a confirmation link to the new address; the change happens when it is followed. */
export async function changeEmail(ctx: RequestContext, rawNewEmail: string, password: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const newEmail = validEmail(rawNewEmail, 'newEmail');
  await ctx.accounts.limits.consume('signIn', { address: ctx.http.address, account: viewer.email });
  const user = await ctx.em.findOneOrFail(User, { id: viewer.userId });
  if (!(await passwordMatches(user.passwordHash, password))) {
    throw new AppError(ErrorCode.BadUserInput, 'The password is incorrect.', { field: 'password' });
  }
  // Said the same way whether or not the new address is taken: that is checked when the link is followed.
  const link = await issueEmailLink(ctx.em, ctx.accounts.webUrl, user, EmailTokenPurpose.CHANGE_EMAIL, newEmail);
  await ctx.accounts.mailer.send({
    to: newEmail,
    subject: 'Confirm your new email address for Casebook',
    text: `Follow this link to use this address for your Casebook account:\n${link}\n\nIf you did not ask for it, ignore this email.\n`,
    link,
  });
  return true;
}

export async function confirmEmailChange(ctx: RequestContext, token: string): Promise<boolean> {
  const redeemed = await redeemEmailLink(ctx.em, token, EmailTokenPurpose.CHANGE_EMAIL);
  if (!redeemed?.newEmail) throw new BadInputError('This link is invalid or has expired.', 'token');
  if (await ctx.em.count(User, { email: redeemed.newEmail, id: { $ne: redeemed.user.id } })) {
    throw new BadInputError('This address now belongs to another account.', 'token');
  }
  const previous = redeemed.user.email;
  redeemed.user.email = redeemed.newEmail;
  redeemed.user.emailVerifiedAt = new Date();
  await ctx.em.flush();
  await ctx.accounts.mailer.send({
    to: previous,
    subject: 'Your Casebook email address was changed',
    text: `Your account now uses ${redeemed.newEmail}. If this was not you, reset your password at ${ctx.accounts.webUrl}/forgot-password.\n`,
  });
  return true;
}
