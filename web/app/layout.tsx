import type { ReactNode } from 'react';

/*
 * The document (<html lang>, header, footer) is app/[locale]/layout.tsx, which knows the language. This
 * root layout only passes its children on; app/not-found.tsx renders a whole document for the rare
 * address outside every locale.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
