import Link from 'next/link';

export default function NotFound() {
  return (
    <section className="message-page">
      <h1>Page not found</h1>
      <p>There is no page at this address. The case may have been moved or unpublished.</p>
      <p>
        <Link href="/">Go to the Casebook home page</Link> or <Link href="/cases">browse all cases</Link>.
      </p>
    </section>
  );
}
