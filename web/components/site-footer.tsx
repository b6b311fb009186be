import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Casebook collects open-government case cards published by city networks, so that cities can learn
          from each other.
        </p>
        <p>
          <Link href="/search">Search</Link> · <Link href="/cases">All cases</Link> · <Link href="/networks">Networks</Link>
        </p>
      </div>
    </footer>
  );
}
