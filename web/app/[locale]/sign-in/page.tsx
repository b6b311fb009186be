import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../components/forms/action-form';
import { Notice } from '../../../components/notice';
import { Link, redirect } from '../../../i18n/navigation';
import { signInAction } from '../../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../../lib/accounts/next-path';
import { findViewer } from '../../../lib/accounts/viewer';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.signIn'))('title') };
}

export default async function SignInPage({ searchParams }: PageProps<'/[locale]/sign-in'>) {
  const [params, t, fields, locale] = await Promise.all([searchParams, getTranslations('accounts.signIn'), getTranslations('accounts.fields'), getLocale()]);
  const next = safeNextPath(params.next);
  if (await findViewer()) redirect({ href: next, locale });

  return (
    <section className="form-page" aria-labelledby="sign-in-title">
      <Notice code={params.notice} />
      <h1 id="sign-in-title">{t('title')}</h1>
      <ActionForm
        id="sign-in"
        action={signInAction}
        hidden={{ next }}
        fields={[
          { name: 'email', label: fields('email'), type: 'email', autoComplete: 'username' },
          { name: 'password', label: fields('password'), type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
        footer={
          <>
            {' '}
            <Link href="/forgot-password">{t('forgot')}</Link>
          </>
        }
      />
      <p>{t.rich('new', { link: (chunks) => <Link href={withNext('/sign-up', next)}>{chunks}</Link> })}</p>
    </section>
  );
}
