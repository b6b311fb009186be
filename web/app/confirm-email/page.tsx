import type { Metadata } from 'next';
import Link from 'next/link';
import { confirmEmailChange } from '../../lib/accounts/account-api';
import { linkOutcome } from '../../lib/accounts/email-link';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Confirm your new email address' };

/** The link sent to a new address: the account uses it from now on. */
export default async function ConfirmEmailPage({ searchParams }: PageProps<'/confirm-email'>) {
  const outcome = await linkOutcome((await searchParams).token, confirmEmailChange);
  return (
    <section className="message-page" aria-labelledby="confirm-email-title">
      {outcome.ok ? (
        <>
          <h1 id="confirm-email-title">Your new email address is confirmed</h1>
          <p className="lead">Your account uses this address from now on. We have told your old address about the change.</p>
          <p>
            <Link href="/account">Go to your account</Link>
          </p>
        </>
      ) : (
        <>
          <h1 id="confirm-email-title">We could not change your email address</h1>
          <div className="notice notice--error" role="alert">
            <p>{outcome.message}</p>
          </div>
          <p>
            <Link href="/account">Go to your account</Link> to ask for a new link.
          </p>
        </>
      )}
    </section>
  );
}
