import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../../components/forms/action-form';
import { Link } from '../../../../i18n/navigation';
import { verifySecondFactorAction } from '../../../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.secondFactor'))('metaTitle') };
}

/** After the password, for accounts with two-factor sign-in: a code from the app, or a recovery code. */
export default async function SecondFactorPage({ searchParams }: PageProps<'/[locale]/sign-in/second-factor'>) {
  const [search, t] = await Promise.all([searchParams, getTranslations('accounts.secondFactor')]);
  const next = safeNextPath(search.next);
  return (
    <section className="form-page" aria-labelledby="second-factor-title">
      <h1 id="second-factor-title">{t('title')}</h1>
      <ActionForm
        id="second-factor"
        action={verifySecondFactorAction}
        hidden={{ next }}
        fields={[{ name: 'code', label: t('code'), autoComplete: 'one-time-code', hint: t('codeHint'), maxLength: 20 }]}
        submitLabel={t('submit')}
        pendingLabel={t('pending')}
      />
      <p>{t.rich('timeLimit', { link: (chunks) => <Link href={withNext('/sign-in', next)}>{chunks}</Link> })}</p>
    </section>
  );
}
