import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../components/forms/action-form';
import { Link } from '../../../i18n/navigation';
import { requestPasswordResetAction } from '../../../lib/accounts/actions';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.forgot'))('title') };
}

export default async function ForgotPasswordPage() {
  const [t, fields] = await Promise.all([getTranslations('accounts.forgot'), getTranslations('accounts.fields')]);
  return (
    <section className="form-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ActionForm
        id="forgot-password"
        action={requestPasswordResetAction}
        fields={[{ name: 'email', label: fields('email'), type: 'email', autoComplete: 'email' }]}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      />
      <p>{t.rich('remembered', { link: (chunks) => <Link href="/sign-in">{chunks}</Link> })}</p>
    </section>
  );
}
