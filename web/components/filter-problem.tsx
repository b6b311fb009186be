import Link from 'next/link';

/** The API refused a filter in the URL: its message, and a way back to the unfiltered list. */
export function FilterProblem({ problem, resetHref, resetLabel }: { problem: string; resetHref: string; resetLabel: string }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>These filters could not be applied.</strong> {problem}
      </p>
      <p>
        <Link href={resetHref}>{resetLabel}</Link>
      </p>
    </div>
  );
}
