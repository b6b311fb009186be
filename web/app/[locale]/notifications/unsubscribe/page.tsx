import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UnsubscribeForm } from '../../../../components/notifications/unsubscribe-form';
import { Link } from '../../../../i18n/navigation';
import { unsubscribeScope } from '../../../../lib/notifications/unsubscribe-link';

export const dynamic = 'force-dynamic';

/** Not indexed; the token (in the address) is not sent as a referrer to other sites. Not `no-referrer`: browsers
 * would then send `Origin: null` with the form, which Next.js refuses as a cross-site Server Action. */
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifications.unsubscribe'))('title'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/**
 * The unsubscribe link of every email (`?token=…`), signed in or not. It asks for a confirmation and acts
 * only on the form's POST: mail scanners open links, and must not unsubscribe anyone.
 */
export default async function UnsubscribePage({ searchParams }: PageProps<'/[locale]/notifications/unsubscribe'>) {
  const [search, t] = await Promise.all([searchParams, getTranslations('notifications.unsubscribe')]);
  const token = typeof search.token === 'string' ? search.token : '';
  const scope = unsubscribeScope(token);

  return (
    <section className="message-page">
      <h1>{t('title')}</h1>
      {scope ? (
        <>
          <p>{scope === 'all' ? t('explainAll') : t('explainFollow')}</p>
          <UnsubscribeForm token={token} scope={scope} />
        </>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>{t('invalid')}</p>
        </div>
      )}
      <p>
        <Link href="/account/notifications">{t('settings')}</Link>
      </p>
    </section>
  );
}
