import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../components/forms/action-form';
import { requestPasswordResetAction } from '../../lib/accounts/actions';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Forgot your password?' };

export default function ForgotPasswordPage() {
  return (
    <section className="form-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">Forgot your password?</h1>
      <p className="lead">Give the address of your account, and we will email you a link to choose a new password.</p>
      <ActionForm
        id="forgot-password"
        action={requestPasswordResetAction}
        fields={[{ name: 'email', label: 'Email address', type: 'email', autoComplete: 'email' }]}
        submitLabel="Send the link"
        pendingLabel="Sending…"
      />
      <p>
        Remembered it? <Link href="/sign-in">Sign in</Link>.
      </p>
    </section>
  );
}
