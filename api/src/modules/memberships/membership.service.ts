import { LIMITS } from '@casebook/taxonomy';
import type { RequestContext, Viewer } from '../../context.js';
import { AppError, BadInputError, ErrorCode, ForbiddenError } from '../../errors.js';
import { requireViewer, validEmail } from '../accounts/account.guards.js';
import { hashToken, newToken } from '../accounts/tokens.js';
import { User } from '../accounts/user.entity.js';
import { withAudit } from '../audit/audit.js';
import { isUuid } from '../cases/operations/case-access.js';
import { findCitiesBySlugOrId } from '../cities/city.lookup.js';
import { Network } from '../networks/network.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership, NetworkRole } from './membership.entity.js';
import { membershipPolicy } from './membership.policy.js';

const INVITATION_DAYS = 7;

/** The network by slug when the viewer may manage its members; otherwise the right error. */
async function networkToManage(ctx: RequestContext, slug: string): Promise<{ viewer: Viewer; network: Network }> {
  const viewer = requireViewer(ctx);
  const network = await ctx.em.findOne(Network, { slug });
  if (!network) throw new BadInputError(`Unknown network "${slug}".`, 'network');
  if (!membershipPolicy.canManageMembers(viewer, network.id)) throw new ForbiddenError('Only the network\'s coordinators can manage its members.');
  return { viewer, network };
}

/** Members of a network, or null for anyone outside it. */
export async function listMembers(ctx: RequestContext, slug: string): Promise<Membership[] | null> {
  const network = await ctx.em.findOne(Network, { slug });
  if (!network || !membershipPolicy.canSeeMembers(ctx.viewer, network.id)) return null;
  return ctx.em.find(Membership, { network }, { populate: ['user', 'network'], orderBy: { role: 'asc', createdAt: 'asc' } });
}

/** Open invitations of a network, for its coordinators; null for anyone else. */
export async function listInvitations(ctx: RequestContext, slug: string): Promise<Invitation[] | null> {
  const network = await ctx.em.findOne(Network, { slug });
  if (!network || !membershipPolicy.canManageMembers(ctx.viewer, network.id)) return null;
  return ctx.em.find(Invitation, { network, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }, { populate: ['network'], orderBy: { createdAt: 'desc' } });
}

/** Emails an invitation link; a second invitation to the same address replaces the first. */
export async function inviteMember(ctx: RequestContext, slug: string, rawEmail: string, role: NetworkRole): Promise<Invitation> {
  const { viewer, network } = await networkToManage(ctx, slug);
  const email = validEmail(rawEmail);
  const existing = await ctx.em.findOne(Membership, { network, user: { email } });
  if (existing) throw new BadInputError(`${email} is already a member of this network.`, 'email');
  const { token, hash } = newToken();
  const invitation = await withAudit(ctx, { network, action: 'member.invite', recordType: 'invitation', details: { role } }, async (tx, audit) => {
    await tx.nativeUpdate(Invitation, { network, email, acceptedAt: null, revokedAt: null }, { revokedAt: new Date() });
    const created = tx.create(Invitation, {
      network,
      email,
      role,
      tokenHash: hash,
      invitedBy: tx.getReference(User, viewer.userId),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000),
    });
    audit.recordId = created.id;
    return created;
  });
  const link = `${ctx.accounts.webUrl}/invitations/accept?token=${token}`;
  await ctx.accounts.mailer.send({
    to: email,
    subject: `${viewer.name} invites you to ${network.name} on Casebook`,
    text: `${viewer.name} invites you to join ${network.name} on Casebook as ${role.toLowerCase()}.\n\nAccept: ${link}\n\nSign in, or create an account with this address (${email}), then follow the link. It works for ${INVITATION_DAYS} days.\n`,
    link,
  });
  return invitation;
}

export async function revokeInvitation(ctx: RequestContext, invitationId: string): Promise<boolean> {
  const invitation = /^[0-9a-f-]{36}$/i.test(invitationId) ? await ctx.em.findOne(Invitation, { id: invitationId }, { populate: ['network'] }) : null;
  if (!invitation || !membershipPolicy.canManageMembers(ctx.viewer, invitation.network.id)) return false;
  await withAudit(ctx, { network: invitation.network, action: 'member.invitation.revoke', recordType: 'invitation', recordId: invitation.id }, async () => {
    invitation.revokedAt ??= new Date();
  });
  return true;
}

/** Joins the network of an invitation addressed to the signed-in user's email. */
export async function acceptInvitation(ctx: RequestContext, token: string): Promise<Membership> {
  const viewer = requireViewer(ctx);
  const invitation = token.length <= 100
    ? await ctx.em.findOne(Invitation, { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } }, { populate: ['network'] })
    : null;
  if (!invitation) throw new BadInputError('This invitation is invalid, was withdrawn or has expired.', 'token');
  if (invitation.email !== viewer.email) {
    throw new AppError(ErrorCode.Forbidden, `This invitation was sent to another address. Sign in as ${maskEmail(invitation.email)} to accept it.`);
  }
  const existing = await ctx.em.findOne(Membership, { network: invitation.network, user: viewer.userId }, { populate: ['network', 'user'] });
  const membership = await withAudit(ctx, { network: invitation.network, action: 'member.join', recordType: 'user', recordId: viewer.userId, details: { role: existing?.role ?? invitation.role, invitation: invitation.id } }, async (tx) => {
    invitation.acceptedAt = new Date();
    return existing ?? tx.create(Membership, { network: invitation.network, user: tx.getReference(User, viewer.userId), role: invitation.role });
  });
  return ctx.em.populate(membership, ['network', 'user']);
}

function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local!.slice(0, 2)}…@${domain}`;
}

/** The member's row in this network, for a coordinator; FORBIDDEN or BAD_USER_INPUT otherwise. */
async function memberToManage(ctx: RequestContext, slug: string, userId: string): Promise<Membership> {
  const { network } = await networkToManage(ctx, slug);
  const membership = isUuid(userId) ? await ctx.em.findOne(Membership, { network, user: userId }, { populate: ['user', 'network'] }) : null;
  if (!membership) throw new BadInputError('This person is not a member of the network.', 'userId');
  return membership;
}

async function assertNotLastCoordinator(ctx: RequestContext, membership: Membership): Promise<void> {
  if (membership.role !== NetworkRole.COORDINATOR) return;
  const coordinators = await ctx.em.count(Membership, { network: membership.network, role: NetworkRole.COORDINATOR });
  if (coordinators <= 1) throw new AppError(ErrorCode.BadUserInput, 'A network keeps at least one coordinator: appoint another first.', { field: 'userId' });
}

export async function changeMemberRole(ctx: RequestContext, slug: string, userId: string, role: NetworkRole): Promise<Membership> {
  const membership = await memberToManage(ctx, slug, userId);
  if (role !== NetworkRole.COORDINATOR) await assertNotLastCoordinator(ctx, membership);
  const audit = { network: membership.network, action: 'member.role.change', recordType: 'user', recordId: userId, details: { from: membership.role, to: role } };
  await withAudit(ctx, audit, async () => {
    membership.role = role;
  });
  return membership;
}

/**
 * The cities a member represents in the network (slugs or ids of the shared directory; an empty list clears
 * it). Editors post updates and maintain milestones on these cities' commitments.
 */
export async function setMemberCities(ctx: RequestContext, slug: string, userId: string, cities: string[]): Promise<Membership> {
  const membership = await memberToManage(ctx, slug, userId);
  if (cities.length > LIMITS.filterValuesMax) throw new BadInputError(`At most ${LIMITS.filterValuesMax} cities.`, 'cities');
  const found = await findCitiesBySlugOrId(ctx.em, cities);
  const unknown = cities.filter((city) => !found.has(city));
  if (unknown.length) throw new BadInputError(`Unknown cit${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((city) => city.slice(0, 60)).join(', ')}: use city slugs (e.g. \`paris-fr\`) or ids.`, 'cities');
  const cityIds = [...new Set([...found.values()].map((city) => city.id))];
  await withAudit(ctx, { network: membership.network, action: 'member.cities', recordType: 'user', recordId: userId, details: { cities: cityIds } }, async () => {
    membership.cityIds = cityIds;
  });
  return membership;
}

export async function removeMember(ctx: RequestContext, slug: string, userId: string): Promise<boolean> {
  const membership = await memberToManage(ctx, slug, userId);
  await assertNotLastCoordinator(ctx, membership);
  await withAudit(ctx, { network: membership.network, action: 'member.remove', recordType: 'user', recordId: userId, details: { role: membership.role } }, async (tx) => {
    tx.remove(membership);
  });
  return true;
}

export async function leaveNetwork(ctx: RequestContext, slug: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const membership = await ctx.em.findOne(Membership, { network: { slug }, user: viewer.userId }, { populate: ['network'] });
  if (!membership) return false;
  await assertNotLastCoordinator(ctx, membership);
  await withAudit(ctx, { network: membership.network, action: 'member.leave', recordType: 'user', recordId: viewer.userId, details: { role: membership.role } }, async (tx) => {
    tx.remove(membership);
  });
  return true;
}

/** A platform admin creates a network; its first coordinator is invited by email. */
export async function createNetwork(
  ctx: RequestContext,
  input: { slug: string; name: string; description?: string | null; website?: string | null; languages?: string[] | null; coordinatorEmail: string },
): Promise<Network> {
  const viewer = requireViewer(ctx);
  if (!membershipPolicy.canCreateNetwork(viewer)) throw new ForbiddenError('Only platform admins create networks.');
  const slug = input.slug.trim().toLowerCase();
  if (!/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(slug)) throw new BadInputError(`"${input.slug}" is not a valid slug: use a-z, 0-9 and hyphens.`, 'input.slug');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200) throw new BadInputError('The name must be 2 to 200 characters long.', 'input.name');
  if (input.website && !/^https?:\/\/\S+$/.test(input.website)) throw new BadInputError(`"${input.website}" is not an http(s) address.`, 'input.website');
  const email = validEmail(input.coordinatorEmail, 'input.coordinatorEmail');
  if (await ctx.em.count(Network, { slug })) throw new BadInputError(`The slug "${slug}" is taken.`, 'input.slug');

  const { token, hash } = newToken();
  const network = await withAudit(ctx, { action: 'network.create', recordType: 'network' }, async (tx, audit) => {
    const created = tx.create(Network, { slug, name, description: input.description?.trim() ?? '', website: input.website ?? null, languages: input.languages ?? ['en'] });
    // The platform admin acts as the inviter, without joining the network.
    const invitation = tx.create(Invitation, { network: created, email, role: NetworkRole.COORDINATOR, tokenHash: hash, invitedBy: tx.getReference(User, viewer.userId), expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600_000) });
    audit.network = created;
    audit.recordId = created.id;
    audit.details = { coordinatorInvitation: invitation.id };
    return created;
  });
  const link = `${ctx.accounts.webUrl}/invitations/accept?token=${token}`;
  await ctx.accounts.mailer.send({ to: email, subject: `You are invited to coordinate ${name} on Casebook`, text: `Accept: ${link}\n`, link });
  return network;
}
