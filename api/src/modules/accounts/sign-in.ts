import type { RequestContext } from '../../context.js';
import { AppError, ErrorCode } from '../../errors.js';
import { NetworkRole, Membership } from '../memberships/membership.entity.js';
import { validEmail } from './account.guards.js';
import { decoyPasswordHash, passwordMatches } from './password.js';
import { Session, SessionStage } from './session.entity.js';
import { activateSession, endSession, startSession } from './session.service.js';
import { sendVerification } from './sign-up.js';
import { hashRecoveryCode, totpCodeMatches } from './two-factor.js';
import { User } from './user.entity.js';
import { viewerFor } from './viewer.js';

export enum SignInStatus {
  SIGNED_IN = 'SIGNED_IN',
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  SECOND_FACTOR_SETUP_REQUIRED = 'SECOND_FACTOR_SETUP_REQUIRED',
}

const WRONG_CREDENTIALS = 'The email or password is incorrect.';
const MAX_SECOND_FACTOR_FAILURES = 5;

/** Platform admins and coordinators must use a second factor; demo accounts are exempt. */
async function mustUseSecondFactor(ctx: RequestContext, user: User): Promise<boolean> {
  if (user.isDemo) return false;
  if (user.isPlatformAdmin) return true;
  return (await ctx.em.count(Membership, { user, role: NetworkRole.COORDINATOR })) > 0;
}

/** Checks the password and opens a session: full, or waiting for the second factor (or its set-up). */
export async function signIn(ctx: RequestContext, input: { email: string; password: string }): Promise<SignInStatus> {
  const email = validEmail(input.email);
  await ctx.accounts.limits.consume('signIn', { address: ctx.http.address, account: email });
  const user = await ctx.em.findOne(User, { email });
  // Verify against a decoy when there is no account, so that timing reveals nothing either.
  const matches = await passwordMatches(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !matches) throw new AppError(ErrorCode.Unauthenticated, WRONG_CREDENTIALS);
  if (!user.emailVerifiedAt) {
    await sendVerification(ctx, user);
    throw new AppError(ErrorCode.Unauthenticated, 'Confirm your email address first: we have sent you a new link.');
  }

  if (user.totpEnabledAt) {
    await startSession(ctx, user, SessionStage.SECOND_FACTOR);
    return SignInStatus.SECOND_FACTOR_REQUIRED;
  }
  if (await mustUseSecondFactor(ctx, user)) {
    await startSession(ctx, user, SessionStage.SETUP_SECOND_FACTOR);
    return SignInStatus.SECOND_FACTOR_SETUP_REQUIRED;
  }
  await startSession(ctx, user, SessionStage.ACTIVE);
  ctx.viewer = await viewerFor(ctx.em, user);
  return SignInStatus.SIGNED_IN;
}

/** Completes a sign-in waiting for its second factor, with a TOTP code or an unused recovery code. */
export async function verifySecondFactor(ctx: RequestContext, code: string): Promise<SignInStatus> {
  const pending = ctx.session?.stage === SessionStage.SECOND_FACTOR
    ? await ctx.em.findOne(Session, { tokenHash: ctx.session.tokenHash, stage: SessionStage.SECOND_FACTOR, expiresAt: { $gt: new Date() } }, { populate: ['user'] })
    : null;
  if (!pending) throw new AppError(ErrorCode.Unauthenticated, 'Sign in with your password first.');
  await ctx.accounts.limits.consume('secondFactor', { address: ctx.http.address, account: pending.user.id });

  const user = pending.user;
  const recoveryHash = hashRecoveryCode(code);
  const byTotp = !!user.totpSecret && totpCodeMatches(user.totpSecret, code);
  const byRecovery = !byTotp && user.recoveryCodeHashes.includes(recoveryHash);
  if (!byTotp && !byRecovery) {
    pending.failedSecondFactor += 1;
    if (pending.failedSecondFactor >= MAX_SECOND_FACTOR_FAILURES) ctx.em.remove(pending);
    await ctx.em.flush();
    throw new AppError(ErrorCode.BadUserInput, 'That code is not valid.', { field: 'code' });
  }
  if (byRecovery) user.recoveryCodeHashes = user.recoveryCodeHashes.filter((hash) => hash !== recoveryHash);
  await activateSession(ctx, pending);
  ctx.viewer = await viewerFor(ctx.em, user);
  return SignInStatus.SIGNED_IN;
}

export async function signOut(ctx: RequestContext): Promise<boolean> {
  await endSession(ctx);
  return true;
}
