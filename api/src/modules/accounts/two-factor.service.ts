import type { RequestContext } from '../../context.js';
import { AppError, BadInputError, ErrorCode } from '../../errors.js';
import { passwordMatches } from './password.js';
import { Session, SessionStage } from './session.entity.js';
import { activateSession } from './session.service.js';
import { newRecoveryCodes, newTotpSecret, totpCodeMatches, totpUri } from './two-factor.js';
import { User } from './user.entity.js';
import { viewerFor } from './viewer.js';

/** The user setting up two-factor: a signed-in viewer, or a session that must set it up to sign in. */
async function userSettingUp(ctx: RequestContext): Promise<User> {
  const userId = ctx.viewer?.userId ?? (ctx.session?.stage === SessionStage.SETUP_SECOND_FACTOR ? ctx.session.userId : null);
  if (!userId) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to set up two-factor sign-in.');
  return ctx.em.findOneOrFail(User, { id: userId });
}

/** Starts (or restarts) set-up: a new secret, to scan into an authenticator app. */
export async function beginTwoFactorSetup(ctx: RequestContext): Promise<{ secret: string; uri: string }> {
  const user = await userSettingUp(ctx);
  if (user.totpEnabledAt) throw new BadInputError('Two-factor sign-in is already on; turn it off first to change it.');
  user.totpSecret = newTotpSecret();
  await ctx.em.flush();
  return { secret: user.totpSecret, uri: totpUri(user.totpSecret, user.email) };
}

/** Confirms set-up with a first code; returns the recovery codes, shown only this once. */
export async function confirmTwoFactorSetup(ctx: RequestContext, code: string): Promise<string[]> {
  const user = await userSettingUp(ctx);
  await ctx.accounts.limits.consume('secondFactor', { address: ctx.http.address, account: user.id });
  if (!user.totpSecret || user.totpEnabledAt) throw new BadInputError('Start the set-up first.');
  if (!totpCodeMatches(user.totpSecret, code)) throw new AppError(ErrorCode.BadUserInput, 'That code is not valid.', { field: 'code' });
  const { codes, hashes } = newRecoveryCodes();
  user.totpEnabledAt = new Date();
  user.recoveryCodeHashes = hashes;
  await ctx.em.flush();
  if (ctx.session?.stage === SessionStage.SETUP_SECOND_FACTOR) {
    const pending = await ctx.em.findOneOrFail(Session, { tokenHash: ctx.session.tokenHash }, { populate: ['user'] });
    await activateSession(ctx, pending);
    ctx.viewer = await viewerFor(ctx.em, user);
  }
  return codes;
}

/** Turns two-factor off (with the password), unless the account's role requires it. */
export async function disableTwoFactor(ctx: RequestContext, password: string, requiredForRole: boolean): Promise<boolean> {
  const user = await userSettingUp(ctx);
  if (!(await passwordMatches(user.passwordHash, password))) throw new AppError(ErrorCode.BadUserInput, 'The password is incorrect.', { field: 'password' });
  if (requiredForRole && !user.isDemo) throw new AppError(ErrorCode.Forbidden, 'Platform admins and coordinators must keep two-factor sign-in on.');
  user.totpSecret = null;
  user.totpEnabledAt = null;
  user.recoveryCodeHashes = [];
  await ctx.em.flush();
  return true;
}

/** New recovery codes, replacing the old ones. */
export async function regenerateRecoveryCodes(ctx: RequestContext): Promise<string[]> {
  const user = await userSettingUp(ctx);
  if (!user.totpEnabledAt) throw new BadInputError('Turn on two-factor sign-in first.');
  const { codes, hashes } = newRecoveryCodes();
  user.recoveryCodeHashes = hashes;
  await ctx.em.flush();
  return codes;
}
