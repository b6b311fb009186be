import { useTranslations } from 'next-intl';
import { Link } from '../../i18n/navigation';

export default function NotFound() {
  const t = useTranslations('common.notFound');
  return (
    <section className="message-page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        {t.rich('ways', {
          home: (chunks) => <Link href="/">{chunks}</Link>,
          cases: (chunks) => <Link href="/cases">{chunks}</Link>,
        })}
      </p>
    </section>
  );
}
