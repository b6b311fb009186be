import { notFound } from 'next/navigation';

/** Any address under a locale that no page matches: the locale's own 404 page (app/[locale]/not-found.tsx). */
export default function UnknownPage() {
  notFound();
}
