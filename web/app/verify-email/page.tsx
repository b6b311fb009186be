import type { Metadata } from 'next';
import Link from 'next/link';
import { verifyEmail } from '../../lib/accounts/account-api';
import { linkOutcome } from '../../lib/accounts/email-link';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Confirm your email address' };

/** The link in the sign-up email: confirms the address, then offers to sign in. */
export default async function VerifyEmailPage({ searchParams }: PageProps<'/verify-email'>) {
  const outcome = await linkOutcome((await searchParams).token, verifyEmail);
  return (
    <section className="message-page" aria-labelledby="verify-title">
      {outcome.ok ? (
        <>
          <h1 id="verify-title">Your email address is confirmed</h1>
          <p className="lead">Your account is ready.</p>
          <p>
            <Link href="/sign-in">Sign in</Link>
          </p>
        </>
      ) : (
        <>
          <h1 id="verify-title">We could not confirm your email address</h1>
          <div className="notice notice--error" role="alert">
            <p>{outcome.message}</p>
          </div>
          <p>
            <Link href="/sign-in">Sign in</Link> to get a new link, or <Link href="/sign-up">sign up</Link> again.
          </p>
        </>
      )}
    </section>
  );
}
