'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useRouter } from '../i18n/navigation';

interface Suggestion {
  slug: string;
  title: string;
  places: string[];
}

const DEBOUNCE_MS = 150;
const MIN_PREFIX = 2;
const MAX_SHOWN = 8;

/**
 * The search input, enhanced into a combobox: as you type (two characters or more, after a short pause)
 * it asks /api/suggest for matching cases and lists them; arrow keys move through the list, Enter opens
 * the active case, Escape closes the list. Rendered on the server as a plain text input, so without
 * JavaScript it simply submits its form.
 */
export function SearchBox({ id, name = 'q', defaultValue = '', placeholder }: { id: string; name?: string; defaultValue?: string; placeholder?: string }) {
  const t = useTranslations('search.suggestions');
  const router = useRouter();
  const listId = `${id}-suggestions`;
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const request = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  function close() {
    setOpen(false);
    setActive(-1);
  }

  async function fetchSuggestions(prefix: string) {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    try {
      const response = await fetch(`/api/suggest?prefix=${encodeURIComponent(prefix)}`, { signal: controller.signal });
      if (!response.ok) throw new Error(`suggestions answered ${response.status}`);
      const body = (await response.json()) as { suggestions?: Suggestion[] };
      const list = (body.suggestions ?? []).slice(0, MAX_SHOWN);
      setSuggestions(list);
      setActive(-1);
      setOpen(list.length > 0);
    } catch (error) {
      if (controller.signal.aborted) return;
      // Suggestions are a nicety: on failure the box stays a plain search input.
      console.warn(error);
      setSuggestions([]);
      close();
    }
  }

  function onChange(value: string) {
    clearTimeout(timer.current);
    const prefix = value.trim();
    if (prefix.length < MIN_PREFIX) {
      request.current?.abort();
      setSuggestions([]);
      close();
      return;
    }
    timer.current = setTimeout(() => void fetchSuggestions(prefix), DEBOUNCE_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open ? (index + 1) % count : 0));
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open && index > 0 ? index - 1 : count - 1));
        break;
      case 'Enter':
        if (open && active >= 0 && suggestions[active]) {
          // Open the chosen case instead of submitting the search form.
          event.preventDefault();
          const { slug } = suggestions[active];
          close();
          router.push(`/cases/${slug}`);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  }

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;

  return (
    <div className="search-box">
      <input
        id={id}
        name={name}
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={close}
        onFocus={() => {
          if (suggestions.length) setOpen(true);
        }}
      />
      <ul
        id={listId}
        className="search-box__list"
        role="listbox"
        aria-label={t('label')}
        hidden={!open}
        // Keep the focus in the input while a suggestion is clicked (the blur would close the list first).
        onMouseDown={(event) => event.preventDefault()}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.slug}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="search-box__option"
            onMouseMove={() => setActive(index)}
          >
            <Link href={`/cases/${suggestion.slug}`} tabIndex={-1} onClick={close}>
              <span className="search-box__title">{suggestion.title}</span>
              {suggestion.places.length > 0 && <span className="search-box__places">{suggestion.places.join(' · ')}</span>}
            </Link>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open ? t('status', { count: suggestions.length }) : ''}
      </p>
    </div>
  );
}
