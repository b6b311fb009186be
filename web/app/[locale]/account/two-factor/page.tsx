import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { TwoFactorPanel } from '../../../../components/two-factor-panel';
import { Link, redirect } from '../../../../i18n/navigation';
import { safeNextPath, withNext } from '../../../../lib/accounts/next-path';
import { findViewer } from '../../../../lib/accounts/viewer';
import { hasSessionCookie } from '../../../../lib/session';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('accounts.twoFactor'))('title') };
}

/**
 * Two-factor sign-in for the signed-in viewer, and the set-up that a sign-in asks of platform admins and
 * coordinators (SECOND_FACTOR_SETUP_REQUIRED): then the browser holds a session that is not signed in yet,
 * so there is a cookie but no viewer.
 */
export default async function TwoFactorPage({ searchParams }: PageProps<'/[locale]/account/two-factor'>) {
  const [search, t, locale] = await Promise.all([searchParams, getTranslations('accounts.twoFactor'), getLocale()]);
  const next = safeNextPath(search.next);
  const viewer = await findViewer();
  const finishingSignIn = !viewer;
  if (finishingSignIn && !(await hasSessionCookie())) redirect({ href: withNext('/sign-in', '/account/two-factor', ''), locale });

  return (
    <section className="form-page" aria-labelledby="two-factor-page-title">
      <h1 id="two-factor-page-title">{t('title')}</h1>
      <p className="lead">{finishingSignIn ? t('requiredLead') : t('lead')}</p>
      <TwoFactorPanel enabled={!!viewer?.twoFactorEnabled} required={!!viewer?.twoFactorRequired || finishingSignIn} continueHref={next} />
      {!finishingSignIn && (
        <p>
          <Link href="/account">{t('backToAccount')}</Link>
        </p>
      )}
    </section>
  );
}
