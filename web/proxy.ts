import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

/**
 * Next.js 16's proxy (formerly middleware): next-intl's locale negotiation. An address without a locale
 * (`/cases/x`) is redirected to `/<locale>/cases/x`, the locale taken from the NEXT_LOCALE cookie, else
 * from Accept-Language, else English; the cookie follows a switch of language.
 */
const negotiateLocale = createMiddleware(routing);

/** Addresses published as they are (`/data`, `/api-explorer`): served in the negotiated language, not redirected. */
const SERVED_WITHOUT_PREFIX = new Set(['/data', '/api-explorer']);

export default function proxy(request: NextRequest): NextResponse {
  const response = negotiateLocale(request);
  const location = response.headers.get('location');
  if (location && SERVED_WITHOUT_PREFIX.has(request.nextUrl.pathname)) return NextResponse.rewrite(new URL(location, request.url));
  return response;
}

export const config = {
  // Everything but the unlocalised route handlers (/api/…, /feeds/…), Next.js's own files and files with an
  // extension (/favicon.ico, the Atom feeds).
  matcher: ['/((?!api/|api$|feeds/|_next/|_vercel/|.*\\..*).*)'],
};
