import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../components/forms/action-form';
import { SubmitButton } from '../../../components/forms/submit-button';
import { NotificationSettingsLink } from '../../../components/notifications/notification-settings-link';
import { Link } from '../../../i18n/navigation';
import { changeEmailAction, changePasswordAction, deleteAccountAction, signOutEverywhereAction } from '../../../lib/accounts/actions';
import { describeUserAgent } from '../../../lib/accounts/describe';
import { requireViewer } from '../../../lib/accounts/viewer';
import { formatDateTime } from '../../../lib/format';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.account'))('title') };
}

export default async function AccountPage() {
  const viewer = await requireViewer('/account');
  const [t, fields, roles, locale] = await Promise.all([
    getTranslations('accounts.account'),
    getTranslations('accounts.fields'),
    getTranslations('networks.roles'),
    getLocale(),
  ]);
  const twoFactorOn = viewer.twoFactorEnabled;

  return (
    <div className="account">
      <h1>{t('title')}</h1>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('profile')}</h2>
        <dl className="case__facts" aria-label={t('profileLabel')}>
          <div>
            <dt>{t('name')}</dt>
            <dd className="account__name">{viewer.name}</dd>
          </div>
          <div>
            <dt>{t('email')}</dt>
            <dd className="account__email">{viewer.email}</dd>
          </div>
          {viewer.isPlatformAdmin && (
            <div>
              <dt>{t('role')}</dt>
              <dd>{t('platformAdmin')}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="networks-title">
        <h2 id="networks-title">{t('networks')}</h2>
        {viewer.memberships.length ? (
          <ul>
            {viewer.memberships.map(({ network, role }) => (
              <li key={network.slug}>
                <Link href={`/networks/${network.slug}`}>{network.name}</Link>: {roles(role).toLocaleLowerCase()} ·{' '}
                <Link href={`/networks/${network.slug}/members`}>
                  {t('members')}
                  <span className="visually-hidden"> {t('membersOf', { network: network.name })}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noNetworks')}</p>
        )}
      </section>

      <NotificationSettingsLink />

      <section aria-labelledby="change-email-title">
        <h2 id="change-email-title">{t('changeEmailTitle')}</h2>
        <ActionForm
          id="change-email"
          action={changeEmailAction}
          fields={[
            { name: 'newEmail', label: t('newEmail'), type: 'email', autoComplete: 'email', hint: t('newEmailHint') },
            { name: 'password', label: fields('yourPassword'), type: 'password', autoComplete: 'current-password' },
          ]}
          submitLabel={t('changeEmail')}
          pendingLabel={t('sendingLink')}
        />
      </section>

      <section aria-labelledby="change-password-title">
        <h2 id="change-password-title">{t('changePasswordTitle')}</h2>
        <ActionForm
          id="change-password"
          action={changePasswordAction}
          fields={[
            { name: 'currentPassword', label: t('currentPassword'), type: 'password', autoComplete: 'current-password' },
            { name: 'newPassword', label: t('newPassword'), type: 'password', autoComplete: 'new-password', minLength: 12, hint: t('newPasswordHint') },
          ]}
          submitLabel={t('changePassword')}
          pendingLabel={t('saving')}
        />
      </section>

      <section aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t('twoFactorTitle')}</h2>
        <p className="two-factor-status">
          <strong>{twoFactorOn ? t('on') : t('off')}</strong> {twoFactorOn ? t('twoFactorOnText') : t('twoFactorOffText')}
          {viewer.twoFactorRequired && ` ${t('twoFactorRequired')}`}
        </p>
        <p>
          <Link href="/account/two-factor">{twoFactorOn ? t('manageTwoFactor') : t('setUpTwoFactor')}</Link>
        </p>
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessionsTitle')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('browser')}</th>
              <th scope="col">{t('signedIn')}</th>
              <th scope="col">{t('lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {viewer.sessions.map((session) => (
              <tr key={`${session.createdAt}-${session.userAgent}`}>
                <td>
                  <span title={session.userAgent}>{describeUserAgent(session.userAgent, { on: t('browserOn'), unknown: t('unknownBrowser') })}</span>
                  {session.current && <strong className="tag">{t('thisBrowser')}</strong>}
                </td>
                <td>
                  <time dateTime={session.createdAt}>{formatDateTime(session.createdAt, locale)}</time>
                </td>
                <td>
                  <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt, locale)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form action={signOutEverywhereAction} className="form">
          <p className="form__actions">
            <SubmitButton pendingLabel={t('signingOut')}>{t('signOutEverywhere')}</SubmitButton>
          </p>
        </form>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('dataTitle')}</h2>
        <p>{t('dataBody')}</p>
        <p>
          <a href={`/${locale}/account/data`} download="casebook-my-data.json">
            {t('download')}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t('deleteTitle')}</h2>
        <p>{t('deleteBody')}</p>
        <ActionForm
          id="delete-account"
          action={deleteAccountAction}
          fields={[{ name: 'password', label: t('confirmPassword'), type: 'password', autoComplete: 'current-password' }]}
          submitLabel={t('delete')}
          submitClassName="button--danger"
          pendingLabel={t('deleting')}
        />
      </section>
    </div>
  );
}
