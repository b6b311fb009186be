'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { parseCardForm, type CardFormValues } from '../../lib/cases/card-form';

/**
 * Keeps the card form's values in localStorage while someone types (with JavaScript), so that work left
 * unsaved (a closed tab, a lost connection) comes back when the form opens again. A copy is offered back
 * only when it is newer than the version the server has, differs from it, and was not sent since.
 */

interface StoredWork {
  values: CardFormValues;
  savedAt: number;
  /** Set when the form was sent to be saved: the server has it (or said what was wrong, and we saved again). */
  sent?: boolean;
}

const PREFIX = 'casebook:card-form:';

function read(key: string): StoredWork | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredWork;
    return parsed && typeof parsed.savedAt === 'number' && parsed.values && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

function write(key: string, work: StoredWork): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(work));
  } catch {
    // Storage full or switched off: the form works as without JavaScript.
  }
}

/** Forgets the copy kept under `key` (a new card's, once the card exists). */
export function forgetUnsavedWork(key: string): void {
  remove(key);
}

function remove(key: string): void {
  try {
    window.localStorage.removeItem(PREFIX + key);
  } catch {
    // As above.
  }
}

function sameValues(a: CardFormValues, b: CardFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface UnsavedWork {
  /** Values restored from an earlier visit, with when they were typed; null when nothing was restored. */
  restored: { values: CardFormValues; savedAt: number } | null;
  /** Copies the form's current values (call on every input). */
  remember(): void;
  /** Marks the copy as sent: the next visit does not offer it back. */
  markSent(): void;
  /** Forgets the copy and the restored values. */
  discard(): void;
}

/**
 * @param key `case:<id>` or `new:<network>`
 * @param serverUpdatedAt when the server's version last changed (null for a new card)
 * @param serverValues the server's version, as the form shows it
 */
export function useUnsavedWork(formRef: RefObject<HTMLFormElement | null>, key: string, serverUpdatedAt: string | null, serverValues: CardFormValues): UnsavedWork {
  const [restored, setRestored] = useState<UnsavedWork['restored']>(null);
  const serverValuesRef = useRef(serverValues);

  useEffect(() => {
    const stored = read(key);
    if (!stored) return;
    const serverTime = serverUpdatedAt ? Date.parse(serverUpdatedAt) : 0;
    if (stored.sent || stored.savedAt <= serverTime || sameValues(stored.values, serverValuesRef.current)) {
      if (stored.sent) remove(key);
      return;
    }
    // Restoring means showing other values than the server rendered: only possible after hydration.
    setRestored({ values: stored.values, savedAt: stored.savedAt });
  }, [key, serverUpdatedAt]);

  const remember = useCallback(() => {
    if (!formRef.current) return;
    write(key, { values: parseCardForm(new FormData(formRef.current).entries()), savedAt: Date.now() });
  }, [formRef, key]);

  const markSent = useCallback(() => {
    const stored = read(key);
    if (stored) write(key, { ...stored, sent: true });
  }, [key]);

  const discard = useCallback(() => {
    remove(key);
    setRestored(null);
  }, [key]);

  return { restored, remember, markSent, discard };
}
