import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '../../../i18n/navigation';
import { verifyEmail } from '../../../lib/accounts/account-api';
import { linkOutcome } from '../../../lib/accounts/email-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.verify'))('metaTitle') };
}

/** The link in the sign-up email: confirms the address, then offers to sign in. */
export default async function VerifyEmailPage({ searchParams }: PageProps<'/[locale]/verify-email'>) {
  const [search, t, links] = await Promise.all([searchParams, getTranslations('accounts.verify'), getTranslations('accounts.links')]);
  const outcome = await linkOutcome(search.token, verifyEmail);
  return (
    <section className="message-page" aria-labelledby="verify-title">
      {outcome.ok ? (
        <>
          <h1 id="verify-title">{t('doneTitle')}</h1>
          <p className="lead">{t('doneLead')}</p>
          <p>
            <Link href="/sign-in">{t('signIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <h1 id="verify-title">{t('failedTitle')}</h1>
          <div className="notice notice--error" role="alert">
            <p>{outcome.message ?? links('incomplete')}</p>
          </div>
          <p>
            {t.rich('failedNext', {
              signIn: (chunks) => <Link href="/sign-in">{chunks}</Link>,
              signUp: (chunks) => <Link href="/sign-up">{chunks}</Link>,
            })}
          </p>
        </>
      )}
    </section>
  );
}
