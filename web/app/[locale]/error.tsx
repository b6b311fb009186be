'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Link } from '../../i18n/navigation';

/** Any unexpected failure (the API down, an internal error): a generic message, details stay in the logs. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('common.error');
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section className="message-page" role="alert">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <button type="button" onClick={() => retry()}>
          {t('retry')}
        </button>{' '}
        <Link href="/">{t('home')}</Link>
      </p>
    </section>
  );
}
