import Link from 'next/link';

/** One-time recovery codes, shown once, with a way on. */
export function RecoveryCodes({ codes, continueHref, continueLabel }: { codes: string[]; continueHref: string; continueLabel: string }) {
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">Your recovery codes</h2>
      <p role="status">
        Keep these codes somewhere safe, such as a password manager. Each one signs you in once if you lose your
        authenticator. <strong>They are shown only now.</strong>
      </p>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>
        <Link href={continueHref}>{continueLabel}</Link>
      </p>
    </section>
  );
}
