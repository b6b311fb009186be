import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '../../../../i18n/navigation';
import { safeNextPath, withNext } from '../../../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.checkEmail'))('title') };
}

export default async function CheckEmailPage({ searchParams }: PageProps<'/[locale]/sign-up/check-email'>) {
  const [search, t] = await Promise.all([searchParams, getTranslations('accounts.checkEmail')]);
  const next = safeNextPath(search.next);
  return (
    <section className="message-page" aria-labelledby="check-email-title">
      <h1 id="check-email-title">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('body')}</p>
      <p>{t.rich('signIn', { link: (chunks) => <Link href={withNext('/sign-in', next)}>{chunks}</Link> })}</p>
    </section>
  );
}
