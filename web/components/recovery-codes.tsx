import { useTranslations } from 'next-intl';
import { Link } from '../i18n/navigation';

/** One-time recovery codes, shown once, with a way on. */
export function RecoveryCodes({ codes, continueHref, continueLabel }: { codes: string[]; continueHref: string; continueLabel: string }) {
  const t = useTranslations('accounts.recoveryCodes');
  return (
    <section className="recovery-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">{t('title')}</h2>
      <p role="status">{t.rich('body', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
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
