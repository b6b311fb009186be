import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '../../../i18n/navigation';
import { confirmEmailChange } from '../../../lib/accounts/account-api';
import { linkOutcome } from '../../../lib/accounts/email-link';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.confirmEmail'))('metaTitle') };
}

/** The link sent to a new address: the account uses it from now on. */
export default async function ConfirmEmailPage({ searchParams }: PageProps<'/[locale]/confirm-email'>) {
  const [search, t, links] = await Promise.all([searchParams, getTranslations('accounts.confirmEmail'), getTranslations('accounts.links')]);
  const outcome = await linkOutcome(search.token, confirmEmailChange);
  return (
    <section className="message-page" aria-labelledby="confirm-email-title">
      {outcome.ok ? (
        <>
          <h1 id="confirm-email-title">{t('doneTitle')}</h1>
          <p className="lead">{t('doneLead')}</p>
          <p>
            <Link href="/account">{t('toAccount')}</Link>
          </p>
        </>
      ) : (
        <>
          <h1 id="confirm-email-title">{t('failedTitle')}</h1>
          <div className="notice notice--error" role="alert">
            <p>{outcome.message ?? links('incomplete')}</p>
          </div>
          <p>{t.rich('failedNext', { link: (chunks) => <Link href="/account">{chunks}</Link> })}</p>
        </>
      )}
    </section>
  );
}
