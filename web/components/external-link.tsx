import type { ReactNode } from 'react';

/** Only http(s) and mailto addresses become links; anything else is shown as text. */
export function isSafeHref(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeHref(href)) return <>{children}</>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}
