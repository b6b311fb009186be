import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { membershipPolicy } from '../memberships/membership.policy.js';
import { SignInResultType, TwoFactorSetupType, ViewerType } from './account.types.js';
import { requireViewer } from './account.guards.js';
import { changeEmail, confirmEmailChange } from './email-change.js';
import { deleteAccount, myData } from './my-data.js';
import { changePassword, requestPasswordReset, resetPassword } from './password-reset.js';
import { endAllSessions } from './session.service.js';
import { signIn, signOut, verifySecondFactor, type SignInStatus } from './sign-in.js';
import { signUp, verifyEmail } from './sign-up.js';
import { beginTwoFactorSetup, confirmTwoFactorSetup, disableTwoFactor, regenerateRecoveryCodes } from './two-factor.service.js';
import { viewerQuery } from './viewer.query.js';

async function signInResult(ctx: RequestContext, status: SignInStatus): Promise<SignInResultType> {
  return { status, viewer: await viewerQuery(ctx) };
}

@Resolver()
export class AccountResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: RequestContext): Promise<ViewerType | null> {
    return viewerQuery(ctx);
  }

  @Query(() => GraphQLJSONObject, { description: '"Download my data": everything your account holds, as JSON.' })
  myData(@Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    return myData(ctx);
  }

  @Mutation(() => Boolean, { description: 'Always true: the email tells the rest, so that no answer reveals an account.' })
  signUp(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Arg('name', () => String) name: string): Promise<boolean> {
    return signUp(ctx, { email, password, name });
  }

  @Mutation(() => Boolean)
  verifyEmail(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<boolean> {
    return verifyEmail(ctx, token);
  }

  @Mutation(() => SignInResultType, { description: 'Sets the session cookie; says when a second factor (or its set-up) is needed.' })
  async signIn(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string): Promise<SignInResultType> {
    return signInResult(ctx, await signIn(ctx, { email, password }));
  }

  @Mutation(() => SignInResultType, { description: 'A TOTP code or a recovery code, after signIn answered SECOND_FACTOR_REQUIRED.' })
  async verifySecondFactor(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<SignInResultType> {
    return signInResult(ctx, await verifySecondFactor(ctx, code));
  }

  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return signOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the account, this one included.' })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await endAllSessions(ctx.em, viewer.userId);
    return signOut(ctx);
  }

  @Mutation(() => Boolean, { description: 'Always true, whether or not the address has an account.' })
  requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<boolean> {
    return requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean)
  resetPassword(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string, @Arg('password', () => String) password: string): Promise<boolean> {
    return resetPassword(ctx, token, password);
  }

  @Mutation(() => Boolean)
  changePassword(@Ctx() ctx: RequestContext, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Emails a confirmation link to the new address.' })
  changeEmail(@Ctx() ctx: RequestContext, @Arg('newEmail', () => String) newEmail: string, @Arg('password', () => String) password: string): Promise<boolean> {
    return changeEmail(ctx, newEmail, password);
  }

  @Mutation(() => Boolean)
  confirmEmailChange(@Ctx() ctx: RequestContext, @Arg('token', () => String) token: string): Promise<boolean> {
    return confirmEmailChange(ctx, token);
  }

  @Mutation(() => TwoFactorSetupType)
  beginTwoFactorSetup(@Ctx() ctx: RequestContext): Promise<TwoFactorSetupType> {
    return beginTwoFactorSetup(ctx);
  }

  @Mutation(() => [String], { description: 'Turns two-factor on; answers the one-time recovery codes, shown only now.' })
  confirmTwoFactorSetup(@Ctx() ctx: RequestContext, @Arg('code', () => String) code: string): Promise<string[]> {
    return confirmTwoFactorSetup(ctx, code);
  }

  @Mutation(() => Boolean)
  disableTwoFactor(@Ctx() ctx: RequestContext, @Arg('password', () => String) password: string): Promise<boolean> {
    return disableTwoFactor(ctx, password, membershipPolicy.requiresSecondFactor(ctx.viewer));
  }

  @Mutation(() => [String])
  regenerateRecoveryCodes(@Ctx() ctx: RequestContext): Promise<string[]> {
    return regenerateRecoveryCodes(ctx);
  }

  @Mutation(() => Boolean, { description: 'Deletes your account; what you wrote stays, shown as from a deleted user.' })
  deleteAccount(@Ctx() ctx: RequestContext, @Arg('password', () => String) password: string): Promise<boolean> {
    return deleteAccount(ctx, password);
  }
}
