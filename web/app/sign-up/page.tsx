import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../components/forms/action-form';
import { signUpAction } from '../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: PageProps<'/sign-up'>) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="form-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">Create an account</h1>
      <p className="lead">With an account you can join your city network, and see the contact details on case cards.</p>
      <ActionForm
        id="sign-up"
        action={signUpAction}
        hidden={{ next }}
        fields={[
          { name: 'name', label: 'Your name', autoComplete: 'name', maxLength: 120 },
          { name: 'email', label: 'Email address', type: 'email', autoComplete: 'email', hint: 'We will send you a link to confirm it.' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', minLength: 12, hint: 'At least 12 characters. A few unrelated words make a good one.' },
        ]}
        submitLabel="Create account"
        pendingLabel="Creating your account…"
      />
      <p>
        Already have an account? <Link href={withNext('/sign-in', next)}>Sign in</Link>.
      </p>
    </section>
  );
}
