import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../../components/forms/action-form';
import { withNext } from '../../../lib/accounts/next-path';
import { findViewer } from '../../../lib/accounts/viewer';
import { acceptInvitationAction } from '../../../lib/networks/member-actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Join a network' };

/** The link in an invitation email: sign in (or up) with the invited address, then accept. */
export default async function AcceptInvitationPage({ searchParams }: PageProps<'/invitations/accept'>) {
  const token = (await searchParams).token;
  if (typeof token !== 'string' || !token) {
    return (
      <section className="message-page" aria-labelledby="invitation-title">
        <h1 id="invitation-title">Join a network</h1>
        <div className="notice notice--error" role="alert">
          <p>This invitation link is incomplete: open it again from your email.</p>
        </div>
      </section>
    );
  }

  const viewer = await findViewer();
  const here = `/invitations/accept?${new URLSearchParams({ token })}`;
  if (!viewer) {
    return (
      <section className="message-page" aria-labelledby="invitation-title">
        <h1 id="invitation-title">You are invited to join a network</h1>
        <p className="lead">To accept, sign in with the address the invitation was sent to.</p>
        <p>
          <Link href={withNext('/sign-in', here)}>Sign in</Link> if you have an account, or{' '}
          <Link href={withNext('/sign-up', here)}>create an account</Link> with that address first, then open the link
          in the email again.
        </p>
      </section>
    );
  }

  return (
    <section className="form-page" aria-labelledby="invitation-title">
      <h1 id="invitation-title">You are invited to join a network</h1>
      <p className="lead">
        You are signed in as {viewer.name} ({viewer.email}). The invitation must have been sent to this address.
      </p>
      <ActionForm id="accept-invitation" action={acceptInvitationAction} hidden={{ token }} submitLabel="Accept the invitation" pendingLabel="Joining…" />
    </section>
  );
}
