import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../components/forms/action-form';
import { resetPasswordAction } from '../../lib/accounts/actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Choose a new password' };

/** The link in the reset email: a new password for the account (the token goes with the form). */
export default async function ResetPasswordPage({ searchParams }: PageProps<'/reset-password'>) {
  const token = (await searchParams).token;
  if (typeof token !== 'string' || !token) {
    return (
      <section className="message-page" aria-labelledby="reset-title">
        <h1 id="reset-title">Choose a new password</h1>
        <div className="notice notice--error" role="alert">
          <p>This link is incomplete: open it again from your email.</p>
        </div>
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="form-page" aria-labelledby="reset-title">
      <h1 id="reset-title">Choose a new password</h1>
      <p className="lead">Every device signed in to your account will be signed out.</p>
      <ActionForm
        id="reset-password"
        action={resetPasswordAction}
        hidden={{ token }}
        fields={[
          { name: 'password', label: 'New password', type: 'password', autoComplete: 'new-password', minLength: 12, hint: 'At least 12 characters.' },
        ]}
        submitLabel="Save the new password"
        pendingLabel="Saving…"
        footer={
          <>
            {' '}
            <Link href="/forgot-password">Ask for a new link</Link>
          </>
        }
      />
    </section>
  );
}
