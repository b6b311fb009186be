import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm } from '../../../components/forms/action-form';
import { verifySecondFactorAction } from '../../../lib/accounts/actions';
import { safeNextPath, withNext } from '../../../lib/accounts/next-path';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

/** After the password, for accounts with two-factor sign-in: a code from the app, or a recovery code. */
export default async function SecondFactorPage({ searchParams }: PageProps<'/sign-in/second-factor'>) {
  const next = safeNextPath((await searchParams).next);
  return (
    <section className="form-page" aria-labelledby="second-factor-title">
      <h1 id="second-factor-title">Enter your sign-in code</h1>
      <ActionForm
        id="second-factor"
        action={verifySecondFactorAction}
        hidden={{ next }}
        fields={[
          {
            name: 'code',
            label: 'Code',
            autoComplete: 'one-time-code',
            hint: 'The 6-digit code from your authenticator app, or one of your recovery codes.',
            maxLength: 20,
          },
        ]}
        submitLabel="Continue"
        pendingLabel="Checking…"
      />
      <p>
        The code is asked for within 10 minutes of your password. <Link href={withNext('/sign-in', next)}>Start again</Link>.
      </p>
    </section>
  );
}
