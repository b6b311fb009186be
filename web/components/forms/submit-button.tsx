'use client';

import { useFormStatus } from 'react-dom';
import type { ReactNode } from 'react';

/** A submit button that says when its form is on its way (with JavaScript; without, a plain button). */
export function SubmitButton({
  children,
  className,
  name,
  value,
  pendingLabel,
}: {
  children: ReactNode;
  className?: string;
  name?: string;
  value?: string;
  pendingLabel?: string;
}) {
  const { pending, data } = useFormStatus();
  // With several buttons in one form, only the pressed one says it is working.
  const pressed = pending && (!name || data?.get(name) === value);
  return (
    <button type="submit" className={className} name={name} value={value} aria-disabled={pending || undefined} disabled={pending}>
      {pressed && pendingLabel ? pendingLabel : children}
    </button>
  );
}
