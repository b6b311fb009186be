import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../components/forms/action-form';
import { Link } from '../../../i18n/navigation';
import { resetPasswordAction } from '../../../lib/accounts/actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.reset'))('title') };
}

/** The link in the reset email: a new password for the account (the token goes with the form). */
export default async function ResetPasswordPage({ searchParams }: PageProps<'/[locale]/reset-password'>) {
  const [search, t, links] = await Promise.all([searchParams, getTranslations('accounts.reset'), getTranslations('accounts.links')]);
  const token = search.token;
  if (typeof token !== 'string' || !token) {
    return (
      <section className="message-page" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('title')}</h1>
        <div className="notice notice--error" role="alert">
          <p>{links('incomplete')}</p>
        </div>
        <p>
          <Link href="/forgot-password">{t('newLink')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="form-page" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ActionForm
        id="reset-password"
        action={resetPasswordAction}
        hidden={{ token }}
        fields={[{ name: 'password', label: t('password'), type: 'password', autoComplete: 'new-password', minLength: 12, hint: t('passwordHint') }]}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
        footer={
          <>
            {' '}
            <Link href="/forgot-password">{t('newLink')}</Link>
          </>
        }
      />
    </section>
  );
}
