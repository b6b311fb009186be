import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../components/forms/action-form';
import { SubmitButton } from '../../../../components/forms/submit-button';
import { MemberRoleForm } from '../../../../components/member-role-form';
import { formatDateTime } from '../../../../lib/accounts/describe';
import { findViewer } from '../../../../lib/accounts/viewer';
import { formatDate } from '../../../../lib/taxonomy';
import { findNetworkMembers } from '../../../../lib/networks/members';
import { inviteMemberAction, leaveNetworkAction, revokeInvitationAction } from '../../../../lib/networks/member-actions';
import { findNetwork } from '../../../../lib/networks/find-network';
import { NETWORK_ROLES, roleLabel } from '../../../../lib/networks/roles';

export const dynamic = 'force-dynamic';

/** The network and its members, or null when the viewer may not see them (the page is then a 404). */
async function loadPage(slug: string) {
  const [network, people] = await Promise.all([findNetwork(slug), findNetworkMembers(slug)]);
  return network && people ? { network, ...people } : null;
}

export async function generateMetadata({ params }: PageProps<'/networks/[slug]/members'>): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  return page ? { title: `Members of ${page.network.name}` } : { title: 'Page not found' };
}

/**
 * A network's members. Coordinators change roles, remove members, invite by email and withdraw open
 * invitations; other members see the list. Anyone else gets the same 404 as for a network that does not
 * exist, so the page reveals nothing.
 */
export default async function NetworkMembersPage({ params }: PageProps<'/networks/[slug]/members'>) {
  const slug = (await params).slug;
  const [page, viewer] = await Promise.all([loadPage(slug), findViewer()]);
  if (!page) notFound();
  const { network, members, invitations } = page;
  const canManage = invitations !== null;
  const isMember = members.some((member) => member.user.id === viewer?.id);

  return (
    <>
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>Members</h1>
      <p className="lead">
        {canManage
          ? 'As a coordinator, you can change what members may do, remove them, and invite people by email.'
          : 'The people in this network. Its coordinators manage who belongs to it.'}
      </p>

      <section aria-labelledby="members-title">
        <h2 id="members-title">
          {members.length} {members.length === 1 ? 'member' : 'members'}
        </h2>
        <table className="data-table members-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              {canManage && <th scope="col">Email</th>}
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.user.id}>
                <th scope="row">
                  {member.user.name}
                  {member.user.id === viewer?.id && <span className="tag">You</span>}
                </th>
                {canManage && <td>{member.user.email}</td>}
                <td>
                  {canManage ? (
                    <MemberRoleForm network={network.slug} userId={member.user.id} name={member.user.name} role={member.role} />
                  ) : (
                    roleLabel(member.role)
                  )}
                </td>
                <td>
                  <time dateTime={member.joinedAt}>{formatDate(member.joinedAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {canManage && (
        <>
          <section aria-labelledby="invite-title">
            <h2 id="invite-title">Invite someone</h2>
            <ActionForm
              id="invite-member"
              action={inviteMemberAction}
              hidden={{ network: network.slug }}
              fields={[
                { name: 'email', label: 'Email address', type: 'email', autoComplete: 'off', hint: 'We email them a link that works for 7 days.' },
                { name: 'role', label: 'Role', type: 'select', options: NETWORK_ROLES, defaultValue: 'MEMBER' },
              ]}
              submitLabel="Send invitation"
              pendingLabel="Sending…"
            />
          </section>

          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">Open invitations</h2>
            {invitations.length ? (
              <table className="data-table invitations-table">
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Sent</th>
                    <th scope="col">Expires</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row">{invitation.email}</th>
                      <td>{roleLabel(invitation.role)}</td>
                      <td>
                        <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt)}</time>
                      </td>
                      <td>
                        <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
                      </td>
                      <td>
                        <form action={revokeInvitationAction}>
                          <input type="hidden" name="network" value={network.slug} />
                          <input type="hidden" name="id" value={invitation.id} />
                          <SubmitButton className="button--small button--secondary" pendingLabel="Withdrawing…">
                            Withdraw<span className="visually-hidden"> the invitation to {invitation.email}</span>
                          </SubmitButton>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="empty">No open invitations.</p>
            )}
          </section>
        </>
      )}

      {isMember && (
        <section aria-labelledby="leave-title">
          <h2 id="leave-title">Leave this network</h2>
          <ActionForm
            id="leave-network"
            action={leaveNetworkAction}
            hidden={{ network: network.slug }}
            submitLabel={`Leave ${network.name}`}
            submitClassName="button--danger"
            pendingLabel="Leaving…"
          >
            <p>You can join again only with a new invitation.</p>
          </ActionForm>
        </section>
      )}
    </>
  );
}
