import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../components/forms/action-form';
import { SubmitButton } from '../../components/forms/submit-button';
import { changeEmailAction, changePasswordAction, deleteAccountAction, signOutEverywhereAction } from '../../lib/accounts/actions';
import { describeUserAgent, formatDateTime } from '../../lib/accounts/describe';
import { requireViewer } from '../../lib/accounts/viewer';
import { roleLabel } from '../../lib/networks/roles';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const viewer = await requireViewer('/account');

  return (
    <div className="account">
      <h1>Your account</h1>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <dl className="case__facts" aria-label="Your profile">
          <div>
            <dt>Name</dt>
            <dd className="account__name">{viewer.name}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd className="account__email">{viewer.email}</dd>
          </div>
          {viewer.isPlatformAdmin && (
            <div>
              <dt>Role</dt>
              <dd>Platform admin</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="networks-title">
        <h2 id="networks-title">Your networks</h2>
        {viewer.memberships.length ? (
          <ul>
            {viewer.memberships.map(({ network, role }) => (
              <li key={network.slug}>
                <Link href={`/networks/${network.slug}`}>{network.name}</Link>: {roleLabel(role).toLowerCase()} ·{' '}
                <Link href={`/networks/${network.slug}/members`}>
                  Members<span className="visually-hidden"> of {network.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>You are not a member of a network yet. A network&rsquo;s coordinators can invite you by email.</p>
        )}
      </section>

      <section aria-labelledby="change-email-title">
        <h2 id="change-email-title">Change your email address</h2>
        <ActionForm
          id="change-email"
          action={changeEmailAction}
          fields={[
            { name: 'newEmail', label: 'New email address', type: 'email', autoComplete: 'email', hint: 'We will send a link to it; the change happens when you follow it.' },
            { name: 'password', label: 'Your password', type: 'password', autoComplete: 'current-password' },
          ]}
          submitLabel="Change email address"
          pendingLabel="Sending the link…"
        />
      </section>

      <section aria-labelledby="change-password-title">
        <h2 id="change-password-title">Change your password</h2>
        <ActionForm
          id="change-password"
          action={changePasswordAction}
          fields={[
            { name: 'currentPassword', label: 'Current password', type: 'password', autoComplete: 'current-password' },
            { name: 'newPassword', label: 'New password', type: 'password', autoComplete: 'new-password', minLength: 12, hint: 'At least 12 characters. Your other devices will be signed out.' },
          ]}
          submitLabel="Change password"
          pendingLabel="Saving…"
        />
      </section>

      <section aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">Two-factor sign-in</h2>
        <p className="two-factor-status">
          {viewer.twoFactorEnabled ? <strong>On.</strong> : <strong>Off.</strong>}{' '}
          {viewer.twoFactorEnabled
            ? 'After your password, you enter a code from your authenticator app.'
            : 'Add a code from an authenticator app to your password, so that a stolen password is not enough.'}
          {viewer.twoFactorRequired && ' Your role requires it.'}
        </p>
        <p>
          <Link href="/account/two-factor">{viewer.twoFactorEnabled ? 'Manage two-factor sign-in' : 'Set up two-factor sign-in'}</Link>
        </p>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">Where you are signed in</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {viewer.sessions.map((session) => (
              <tr key={`${session.createdAt}-${session.userAgent}`}>
                <td>
                  <span title={session.userAgent}>{describeUserAgent(session.userAgent)}</span>
                  {session.current && <strong className="tag">This browser</strong>}
                </td>
                <td>
                  <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time>
                </td>
                <td>
                  <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form action={signOutEverywhereAction} className="form">
          <p className="form__actions">
            <SubmitButton pendingLabel="Signing out…">Sign out everywhere</SubmitButton>
          </p>
        </form>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>Everything your account holds: your profile, networks, sessions and the invitations you sent, as a JSON file.</p>
        <p>
          <a href="/account/data" download="casebook-my-data.json">
            Download my data
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">Delete my account</h2>
        <p>
          This deletes your account, your sessions and your memberships at once, and cannot be undone. What you wrote
          stays, shown as from a deleted user.
        </p>
        <ActionForm
          id="delete-account"
          action={deleteAccountAction}
          fields={[{ name: 'password', label: 'Your password, to confirm', type: 'password', autoComplete: 'current-password' }]}
          submitLabel="Delete my account"
          submitClassName="button--danger"
          pendingLabel="Deleting…"
        />
      </section>
    </div>
  );
}
