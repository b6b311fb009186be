'use client';

import Link from 'next/link';
import { useEffect } from 'react';

/** Any unexpected failure (the API down, an internal error): a generic message, details stay in the logs. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section className="message-page" role="alert">
      <h1>Something went wrong</h1>
      <p>We could not load this page. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        <Link href="/">Go to the home page</Link>
      </p>
    </section>
  );
}
