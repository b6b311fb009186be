import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../components/forms/action-form';
import { Link } from '../../../i18n/navigation';
import { signUpAction } from '../../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.signUp'))('title') };
}

export default async function SignUpPage({ searchParams }: PageProps<'/[locale]/sign-up'>) {
  const [search, t, fields] = await Promise.all([searchParams, getTranslations('accounts.signUp'), getTranslations('accounts.fields')]);
  const next = safeNextPath(search.next);
  return (
    <section className="form-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <ActionForm
        id="sign-up"
        action={signUpAction}
        hidden={{ next }}
        fields={[
          { name: 'name', label: fields('name'), autoComplete: 'name', maxLength: 120 },
          { name: 'email', label: fields('email'), type: 'email', autoComplete: 'email', hint: t('emailHint') },
          { name: 'password', label: fields('password'), type: 'password', autoComplete: 'new-password', minLength: 12, hint: t('passwordHint') },
        ]}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      />
      <p>{t.rich('already', { link: (chunks) => <Link href={withNext('/sign-in', next)}>{chunks}</Link> })}</p>
    </section>
  );
}
