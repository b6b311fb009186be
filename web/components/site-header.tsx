import { getTranslations } from 'next-intl/server';
import { Link } from '../i18n/navigation';
import { signOutAction } from '../lib/accounts/actions';
import { findViewer, type Viewer } from '../lib/accounts/viewer';
import { ApiError, ApiUserError } from '../lib/api-client';
import { LanguageSwitcher } from './language-switcher';
import { NotificationBell } from './notifications/notification-bell';

/** The viewer for the header; when the API cannot say, the header shows the signed-out links. */
async function headerViewer(): Promise<Viewer | null> {
  try {
    return await findViewer();
  } catch (error) {
    // Only the API's failures: anything else (such as Next.js's own signals) goes on.
    if (!(error instanceof ApiError || error instanceof ApiUserError)) throw error;
    console.error(error);
    return null;
  }
}

export async function SiteHeader() {
  const [viewer, t] = await Promise.all([headerViewer(), getTranslations('common')]);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('header.skip')}
      </a>
      <nav className="site-nav container" aria-label={t('nav.label')}>
        <Link className="site-nav__brand" href="/">
          Casebook
        </Link>
        <ul>
          <li>
            <Link href="/search">{t('nav.search')}</Link>
          </li>
          <li>
            <Link href="/cases">{t('nav.cases')}</Link>
          </li>
          <li>
            <Link href="/commitments">{t('nav.commitments')}</Link>
          </li>
          <li>
            <Link href="/networks">{t('nav.networks')}</Link>
          </li>
        </ul>
        <ul className="site-nav__account" aria-label={t('nav.account')}>
          {viewer ? (
            <>
              <li>
                <NotificationBell />
              </li>
              <li>
                <Link href="/my-cards">{t('nav.myCards')}</Link>
              </li>
              <li>
                <Link href="/account" className="site-nav__viewer">
                  <span className="visually-hidden">{t('nav.yourAccount')} </span>
                  {viewer.name}
                </Link>
              </li>
              <li>
                <form action={signOutAction}>
                  <button type="submit" className="site-nav__sign-out">
                    {t('nav.signOut')}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/sign-in">{t('nav.signIn')}</Link>
              </li>
              <li>
                <Link href="/sign-up">{t('nav.signUp')}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      <div className="container site-header__languages">
        <LanguageSwitcher />
      </div>
    </header>
  );
}
