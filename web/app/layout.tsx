import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '../components/site-footer';
import { SiteHeader } from '../components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Casebook', template: '%s · Casebook' },
  description: 'Open-government case cards from city networks: what cities tried, how, and what they learned.',
};

/*
 * No loading.tsx on purpose: a Suspense fallback starts streaming, which (1) fixes the status at 200, so
 * notFound() could no longer answer 404, and (2) sends the page in a hidden <div> that only JavaScript
 * reveals, so it would not read without JavaScript. Pages render fully on the server instead.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
