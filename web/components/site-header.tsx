import Link from 'next/link';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="site-nav container" aria-label="Main">
        <Link className="site-nav__brand" href="/">
          Casebook
        </Link>
        <ul>
          <li>
            <Link href="/search">Search</Link>
          </li>
          <li>
            <Link href="/cases">Cases</Link>
          </li>
          <li>
            <Link href="/networks">Networks</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
