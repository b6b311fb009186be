import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { TwoFactorPanel } from '../../../components/two-factor-panel';
import { safeNextPath, withNext } from '../../../lib/accounts/next-path';
import { findViewer } from '../../../lib/accounts/viewer';
import { hasSessionCookie } from '../../../lib/session';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

/**
 * Two-factor sign-in for the signed-in viewer, and the set-up that a sign-in asks of platform admins and
 * coordinators (SECOND_FACTOR_SETUP_REQUIRED): then the browser holds a session that is not signed in yet,
 * so there is a cookie but no viewer.
 */
export default async function TwoFactorPage({ searchParams }: PageProps<'/account/two-factor'>) {
  const next = safeNextPath((await searchParams).next);
  const viewer = await findViewer();
  const finishingSignIn = !viewer;
  if (finishingSignIn && !(await hasSessionCookie())) redirect(withNext('/sign-in', '/account/two-factor', ''));

  return (
    <section className="form-page" aria-labelledby="two-factor-page-title">
      <h1 id="two-factor-page-title">Two-factor sign-in</h1>
      {finishingSignIn ? (
        <p className="lead">
          Your role requires two-factor sign-in. Set it up now to finish signing in.
        </p>
      ) : (
        <p className="lead">A code from an authenticator app, after your password, keeps your account safe when a password is not.</p>
      )}
      <TwoFactorPanel enabled={!!viewer?.twoFactorEnabled} required={!!viewer?.twoFactorRequired || finishingSignIn} continueHref={next} />
      {!finishingSignIn && (
        <p>
          <Link href="/account">Back to your account</Link>
        </p>
      )}
    </section>
  );
}
