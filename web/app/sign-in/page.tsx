import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { ActionForm } from '../../components/forms/action-form';
import { Notice } from '../../components/notice';
import { signInAction } from '../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../lib/accounts/next-path';
import { findViewer } from '../../lib/accounts/viewer';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await findViewer()) redirect(next);

  return (
    <section className="form-page" aria-labelledby="sign-in-title">
      <Notice code={params.notice} />
      <h1 id="sign-in-title">Sign in</h1>
      <ActionForm
        id="sign-in"
        action={signInAction}
        hidden={{ next }}
        fields={[
          { name: 'email', label: 'Email address', type: 'email', autoComplete: 'username' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
        ]}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        footer={
          <>
            {' '}
            <Link href="/forgot-password">Forgot your password?</Link>
          </>
        }
      />
      <p>
        New to Casebook? <Link href={withNext('/sign-up', next)}>Create an account</Link>.
      </p>
    </section>
  );
}
