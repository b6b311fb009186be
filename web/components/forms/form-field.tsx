import { useTranslations } from 'next-intl';
import type { HTMLInputAutoCompleteAttribute, Ref } from 'react';

/** One input of a form, described as data so that server pages can hand it to a client form. */
export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'select';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  inputMode?: 'text' | 'numeric' | 'email';
  defaultValue?: string;
  options?: { value: string; label: string }[];
}

/**
 * A labelled input with its hint and its error. The error sits between the label and the input, is tied
 * to the input by aria-describedby (with the hint), marks it aria-invalid, and is announced (role="alert").
 */
export function FormField({ formId, field, error, value }: { formId: string; field: FieldSpec; error?: string; value?: string }) {
  const t = useTranslations('common.form');
  const id = `${formId}-${field.name}`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name: field.name,
    required: field.required ?? true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const defaultValue = field.type === 'password' ? undefined : (value ?? field.defaultValue);

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{field.label}</label>
      {field.hint && (
        <p id={hintId} className="field__hint">
          {field.hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          <span className="visually-hidden">{t('error')} </span>
          {error}
        </p>
      )}
      {field.type === 'select' ? (
        <select {...shared} defaultValue={defaultValue}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...shared}
          type={field.type ?? 'text'}
          autoComplete={field.autoComplete}
          minLength={field.minLength}
          maxLength={field.maxLength}
          inputMode={field.inputMode}
          defaultValue={defaultValue}
          spellCheck={field.type === 'email' || field.type === 'password' ? false : undefined}
          autoCapitalize={field.type === 'email' || field.type === 'password' ? 'none' : undefined}
        />
      )}
    </div>
  );
}

/** A message about the whole form (no field to put it next to), announced when it appears. */
export function FormAlert({ id, message, focusRef }: { id?: string; message: string; focusRef?: Ref<HTMLDivElement> }) {
  return (
    <div id={id} ref={focusRef} className="notice notice--error" role="alert" tabIndex={-1}>
      <p>{message}</p>
    </div>
  );
}

/** What went well, read out politely. */
export function FormSuccess({ message }: { message: string }) {
  return (
    <div className="notice notice--success" role="status">
      <p>{message}</p>
    </div>
  );
}
