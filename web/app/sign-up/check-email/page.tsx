import type { Metadata } from 'next';
import Link from 'next/link';
import { safeNextPath, withNext } from '../../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Check your email' };

export default async function CheckEmailPage({ searchParams }: PageProps<'/sign-up/check-email'>) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="message-page" aria-labelledby="check-email-title">
      <h1 id="check-email-title">Check your email</h1>
      <p className="lead">We have sent a link to the address you gave. Follow it to confirm your address, then sign in.</p>
      <p>The link works for 48 hours. If nothing arrives in a few minutes, look in your spam folder, or sign up again.</p>
      <p>
        <Link href={withNext('/sign-in', next)}>Sign in</Link> once you have confirmed your address.
      </p>
    </section>
  );
}
