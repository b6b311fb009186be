import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../../components/forms/action-form';
import { Link } from '../../../../i18n/navigation';
import { withNext } from '../../../../lib/accounts/next-path';
import { findViewer } from '../../../../lib/accounts/viewer';
import { acceptInvitationAction } from '../../../../lib/networks/member-actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.invitation'))('metaTitle') };
}

/** The link in an invitation email: sign in (or up) with the invited address, then accept. */
export default async function AcceptInvitationPage({ searchParams }: PageProps<'/[locale]/invitations/accept'>) {
  const [search, t] = await Promise.all([searchParams, getTranslations('accounts.invitation')]);
  const token = search.token;
  if (typeof token !== 'string' || !token) {
    return (
      <section className="message-page" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('metaTitle')}</h1>
        <div className="notice notice--error" role="alert">
          <p>{t('incomplete')}</p>
        </div>
      </section>
    );
  }

  const viewer = await findViewer();
  const here = `/invitations/accept?${new URLSearchParams({ token })}`;
  if (!viewer) {
    return (
      <section className="message-page" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('title')}</h1>
        <p className="lead">{t('signInLead')}</p>
        <p>
          {t.rich('signInOrUp', {
            signIn: (chunks) => <Link href={withNext('/sign-in', here)}>{chunks}</Link>,
            signUp: (chunks) => <Link href={withNext('/sign-up', here)}>{chunks}</Link>,
          })}
        </p>
      </section>
    );
  }

  return (
    <section className="form-page" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t('title')}</h1>
      <p className="lead">{t('signedInAs', { name: viewer.name, email: viewer.email })}</p>
      <ActionForm id="accept-invitation" action={acceptInvitationAction} hidden={{ token }} submitLabel={t('accept')} pendingLabel={t('joining')} />
    </section>
  );
}
