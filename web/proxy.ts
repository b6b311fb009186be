import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/**
 * Next.js 16's proxy (formerly middleware): next-intl's locale negotiation. An address without a locale
 * (`/cases/x`) is redirected to `/<locale>/cases/x`, the locale taken from the NEXT_LOCALE cookie, else
 * from Accept-Language, else English; the cookie follows a switch of language.
 */
export default createMiddleware(routing);

export const config = {
  // Everything but the unlocalised route handlers (/api/…, /feeds/…), Next.js's own files and files with an
  // extension (/favicon.ico, the Atom feeds).
  matcher: ['/((?!api/|api$|feeds/|_next/|_vercel/|.*\\..*).*)'],
};
