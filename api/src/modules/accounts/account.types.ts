import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkRole } from '../memberships/membership.entity.js';
import { Network } from '../networks/network.entity.js';
import { SignInStatus } from './sign-in.js';

registerEnumType(SignInStatus, { name: 'SignInStatus', description: 'Where a sign-in stands after the password.' });

@ObjectType('ViewerMembership')
export class ViewerMembershipType {
  @Field(() => NetworkRole)
  role!: NetworkRole;

  @Field(() => Network)
  network!: Network;

  /** Resolved to `cities` by ViewerMembershipCitiesResolver. */
  cityIds!: string[];
}

@ObjectType('SessionInfo', { description: 'One signed-in browser of the viewer.' })
export class SessionInfoType {
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String) userAgent!: string;
  @Field(() => Boolean, { description: 'This browser.' }) current!: boolean;
}

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) isPlatformAdmin!: boolean;
  @Field(() => Boolean) twoFactorEnabled!: boolean;
  @Field(() => Boolean, { description: 'Platform admins and coordinators must use two-factor sign-in.' }) twoFactorRequired!: boolean;
  @Field(() => [ViewerMembershipType]) memberships!: ViewerMembershipType[];
  @Field(() => [SessionInfoType]) sessions!: SessionInfoType[];
}

@ObjectType('SignInResult')
export class SignInResultType {
  @Field(() => SignInStatus)
  status!: SignInStatus;

  @Field(() => ViewerType, { nullable: true, description: 'Set once fully signed in.' })
  viewer!: ViewerType | null;
}

@ObjectType('TwoFactorSetup')
export class TwoFactorSetupType {
  @Field(() => String, { description: 'Base32 secret, for typing into an authenticator app.' })
  secret!: string;

  @Field(() => String, { description: 'otpauth:// URI, for a QR code.' })
  uri!: string;
}

@ObjectType('MemberUser', { description: 'A network member as other members see them.' })
export class MemberUserType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Shown to the network\'s coordinators only.' }) email!: string | null;
}
