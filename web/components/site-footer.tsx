import { useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('common.footer');
  const openData = useTranslations('opendata.footer');
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('about')}</p>
        <p>
          <Link href="/search">{t('search')}</Link> · <Link href="/cases">{t('cases')}</Link> · <Link href="/networks">{t('networks')}</Link> · <Link href="/data">{openData('data')}</Link> ·{' '}
          <Link href="/api-explorer">{openData('explorer')}</Link>
        </p>
      </div>
    </footer>
  );
}
