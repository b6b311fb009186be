import type { RequestContext } from '../../context.js';
import { BadInputError } from '../../errors.js';
import { validEmail, validName } from './account.guards.js';
import { EmailTokenPurpose } from './email-token.entity.js';
import { issueEmailLink, redeemEmailLink } from './email-links.js';
import { assertAcceptablePassword, hashPassword } from './password.js';
import { User } from './user.entity.js';

/**
 * Creates an unverified account and emails a verification link. The answer is the same whether or not the
 * address already had an account (its owner gets a "you already have an account" email instead).
 */
export async function signUp(ctx: RequestContext, input: { email: string; password: string; name: string }): Promise<boolean> {
  const email = validEmail(input.email);
  const name = validName(input.name);
  assertAcceptablePassword(input.password);
  await ctx.accounts.limits.consume('signUp', { address: ctx.http.address, account: email });

  const existing = await ctx.em.findOne(User, { email });
  if (existing) {
    await ctx.accounts.mailer.send({
      to: email,
      subject: 'You already have a Casebook account',
      text: `Someone (perhaps you) tried to sign up with this address, which already has an account.\n\nSign in: ${ctx.accounts.webUrl}/sign-in\nForgot your password? ${ctx.accounts.webUrl}/forgot-password\n`,
      link: `${ctx.accounts.webUrl}/sign-in`,
    });
    return true;
  }
  const user = ctx.em.create(User, { email, name, passwordHash: await hashPassword(input.password) });
  await ctx.em.flush();
  await sendVerification(ctx, user);
  return true;
}

export async function sendVerification(ctx: RequestContext, user: User): Promise<void> {
  const link = await issueEmailLink(ctx.em, ctx.accounts.webUrl, user, EmailTokenPurpose.VERIFY_EMAIL);
  await ctx.accounts.mailer.send({
    to: user.email,
    subject: 'Confirm your email address for Casebook',
    text: `Hello ${user.name},\n\nConfirm your address to finish creating your Casebook account:\n${link}\n\nThe link works for 48 hours. If you did not sign up, ignore this email.\n`,
    link,
  });
}

/** Confirms the address behind a verification link. */
export async function verifyEmail(ctx: RequestContext, token: string): Promise<boolean> {
  const redeemed = await redeemEmailLink(ctx.em, token, EmailTokenPurpose.VERIFY_EMAIL);
  if (!redeemed) throw new BadInputError('This link is invalid or has expired. Sign in to get a new one.', 'token');
  redeemed.user.emailVerifiedAt ??= new Date();
  await ctx.em.flush();
  return true;
}
