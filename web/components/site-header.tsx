import Link from 'next/link';
import { signOutAction } from '../lib/accounts/actions';
import { findViewer, type Viewer } from '../lib/accounts/viewer';
import { ApiError, ApiUserError } from '../lib/api-client';

/** The viewer for the header; when the API cannot say, the header shows the signed-out links. */
async function headerViewer(): Promise<Viewer | null> {
  try {
    return await findViewer();
  } catch (error) {
    // Only the API's failures: anything else (such as Next.js's own signals) goes on.
    if (!(error instanceof ApiError || error instanceof ApiUserError)) throw error;
    console.error(error);
    return null;
  }
}

export async function SiteHeader() {
  const viewer = await headerViewer();
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
            <Link href="/commitments">Commitments</Link>
          </li>
          <li>
            <Link href="/networks">Networks</Link>
          </li>
        </ul>
        <ul className="site-nav__account" aria-label="Account">
          {viewer ? (
            <>
              <li>
                <Link href="/my-cards">My cards</Link>
              </li>
              <li>
                <Link href="/account" className="site-nav__viewer">
                  <span className="visually-hidden">Your account: </span>
                  {viewer.name}
                </Link>
              </li>
              <li>
                <form action={signOutAction}>
                  <button type="submit" className="site-nav__sign-out">
                    Sign out
                  </button>
                </form>
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/sign-in">Sign in</Link>
              </li>
              <li>
                <Link href="/sign-up">Sign up</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
