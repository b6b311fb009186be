import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/forms/action-form';
import { SubmitButton } from '../../../../../components/forms/submit-button';
import { MemberRoleForm } from '../../../../../components/member-role-form';
import { Link } from '../../../../../i18n/navigation';
import { findViewer } from '../../../../../lib/accounts/viewer';
import { formatDate, formatDateTime } from '../../../../../lib/format';
import { findNetworkMembers } from '../../../../../lib/networks/members';
import { inviteMemberAction, leaveNetworkAction, revokeInvitationAction } from '../../../../../lib/networks/member-actions';
import { findNetwork } from '../../../../../lib/networks/find-network';
import { NETWORK_ROLES } from '../../../../../lib/networks/roles';

export const dynamic = 'force-dynamic';

/** The network and its members, or null when the viewer may not see them (the page is then a 404). */
async function loadPage(slug: string) {
  const [network, people] = await Promise.all([findNetwork(slug), findNetworkMembers(slug)]);
  return network && people ? { network, ...people } : null;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]/members'>): Promise<Metadata> {
  const [page, t, common] = await Promise.all([loadPage((await params).slug), getTranslations('networks.members'), getTranslations('common')]);
  return { title: page ? t('metaTitle', { network: page.network.name }) : common('notFound.metaTitle') };
}

/**
 * A network's members. Coordinators change roles, remove members, invite by email and withdraw open
 * invitations; other members see the list. Anyone else gets the same 404 as for a network that does not
 * exist, so the page reveals nothing.
 */
export default async function NetworkMembersPage({ params }: PageProps<'/[locale]/networks/[slug]/members'>) {
  const slug = (await params).slug;
  const [page, viewer, t, roles, fields, locale] = await Promise.all([
    loadPage(slug),
    findViewer(),
    getTranslations('networks.members'),
    getTranslations('networks.roles'),
    getTranslations('accounts.fields'),
    getLocale(),
  ]);
  if (!page) notFound();
  const { network, members, invitations } = page;
  const canManage = invitations !== null;
  const isMember = members.some((member) => member.user.id === viewer?.id);

  return (
    <>
      <p className="case__network">
        <Link href={`/networks/${network.slug}`}>{network.name}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{canManage ? t('leadCoordinator') : t('lead')}</p>

      <section aria-labelledby="members-title">
        <h2 id="members-title">
          {t('count', { count: members.length })}
        </h2>
        <table className="data-table members-table">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              {canManage && <th scope="col">{t('email')}</th>}
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('joined')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.user.id}>
                <th scope="row">
                  {member.user.name}
                  {member.user.id === viewer?.id && <span className="tag">{t('you')}</span>}
                </th>
                {canManage && <td>{member.user.email}</td>}
                <td>
                  {canManage ? (
                    <MemberRoleForm network={network.slug} userId={member.user.id} name={member.user.name} role={member.role} />
                  ) : (
                    roles(member.role)
                  )}
                </td>
                <td>
                  <time dateTime={member.joinedAt}>{formatDate(member.joinedAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {canManage && (
        <>
          <section aria-labelledby="invite-title">
            <h2 id="invite-title">{t('inviteTitle')}</h2>
            <ActionForm
              id="invite-member"
              action={inviteMemberAction}
              hidden={{ network: network.slug }}
              fields={[
                { name: 'email', label: fields('email'), type: 'email', autoComplete: 'off', hint: t('inviteHint') },
                { name: 'role', label: t('role'), type: 'select', options: NETWORK_ROLES.map((role) => ({ value: role, label: roles(role) })), defaultValue: 'MEMBER' },
              ]}
              submitLabel={t('invite')}
              pendingLabel={t('sending')}
            />
          </section>

          <section aria-labelledby="invitations-title">
            <h2 id="invitations-title">{t('invitationsTitle')}</h2>
            {invitations.length ? (
              <table className="data-table invitations-table">
                <thead>
                  <tr>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('role')}</th>
                    <th scope="col">{t('sent')}</th>
                    <th scope="col">{t('expires')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <tr key={invitation.id}>
                      <th scope="row">{invitation.email}</th>
                      <td>{roles(invitation.role)}</td>
                      <td>
                        <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt, locale)}</time>
                      </td>
                      <td>
                        <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt, locale)}</time>
                      </td>
                      <td>
                        <form action={revokeInvitationAction}>
                          <input type="hidden" name="network" value={network.slug} />
                          <input type="hidden" name="id" value={invitation.id} />
                          <SubmitButton className="button--small button--secondary" pendingLabel={t('withdrawing')}>
                            {t('withdraw')}
                            <span className="visually-hidden"> {t('withdrawWhat', { email: invitation.email })}</span>
                          </SubmitButton>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="empty">{t('noInvitations')}</p>
            )}
          </section>
        </>
      )}

      {isMember && (
        <section aria-labelledby="leave-title">
          <h2 id="leave-title">{t('leaveTitle')}</h2>
          <ActionForm
            id="leave-network"
            action={leaveNetworkAction}
            hidden={{ network: network.slug }}
            submitLabel={t('leave', { network: network.name })}
            submitClassName="button--danger"
            pendingLabel={t('leaving')}
          >
            <p>{t('leaveBody')}</p>
          </ActionForm>
        </section>
      )}
    </>
  );
}
