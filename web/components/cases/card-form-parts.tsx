import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { inputId, rowInputName, type RepeatableGroup } from '../../lib/cases/card-form';

/*
 * The inputs of the case card form. Each has its label, hint, a coordinator's comment on the field (after
 * changes were requested) and its error; the error and the hint describe the input (aria-describedby),
 * the error marks it invalid and is announced. Plain components: they render on the server too.
 */

export interface Option {
  value: string;
  label: string;
  colour?: string;
}

interface Common {
  formId: string;
  name: string;
  label: string;
  hint?: string;
  /** A coordinator's comment on this field. */
  note?: string;
  error?: string;
}

function describedBy(id: string, { hint, note, error }: { hint?: string; note?: string; error?: string }): string | undefined {
  return [hint && `${id}-hint`, note && `${id}-note`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, hint, note, error }: { id: string; hint?: string; note?: string; error?: string }) {
  const t = useTranslations('curation.form');
  const common = useTranslations('common.form');
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="field__note">
          <strong>{t('coordinatorComment')}</strong> {note}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          <span className="visually-hidden">{common('error')} </span>
          {error}
        </p>
      )}
    </>
  );
}

export function TextInput({
  formId,
  name,
  label,
  hint,
  note,
  error,
  defaultValue,
  maxLength,
  inputMode,
  type = 'text',
  required = false,
}: Common & { defaultValue: string; maxLength?: number; inputMode?: 'numeric' | 'text'; type?: 'text' | 'email' | 'url'; required?: boolean }) {
  const id = inputId(formId, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} note={note} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        maxLength={maxLength}
        inputMode={inputMode}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, note, error })}
      />
    </div>
  );
}

export function TextArea({
  formId,
  name,
  label,
  hint,
  note,
  error,
  defaultValue,
  maxLength,
  rows = 6,
  preview,
}: Common & { defaultValue: string; maxLength?: number; rows?: number; preview?: ReactNode }) {
  const t = useTranslations('curation.form');
  const id = inputId(formId, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} note={note} error={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, note, error })}
      />
      {preview !== undefined && (
        <section className="markdown-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="markdown-preview__title">
            {t('preview')}
            <span className="visually-hidden"> {t('previewOf', { label })}</span>
          </h3>
          {preview}
        </section>
      )}
    </div>
  );
}

export function Select({ formId, name, label, hint, note, error, defaultValue, options }: Common & { defaultValue: string; options: Option[] }) {
  const id = inputId(formId, name);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <Messages id={id} hint={hint} note={note} error={error} />
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, { hint, note, error })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Checkboxes under one legend; `colour` adds a swatch (the SDGs' official colours). */
export function CheckboxGroup({ formId, name, label, hint, note, error, options, checked }: Common & { options: Option[]; checked: string[] }) {
  const id = inputId(formId, name);
  const selected = new Set(checked);
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'field fieldset field--error' : 'field fieldset'} aria-describedby={describedBy(id, { hint, note, error })}>
      <legend>{label}</legend>
      <Messages id={id} hint={hint} note={note} error={error} />
      <ul className="checkboxes">
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" name={name} value={option.value} defaultChecked={selected.has(option.value)} />{' '}
              {option.colour && <span className="swatch" style={{ backgroundColor: option.colour }} aria-hidden="true" />}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export interface RowColumn {
  field: string;
  label: string;
  type?: 'text' | 'email' | 'url' | 'select';
  options?: Option[];
}

/**
 * A repeatable group (cities, contacts, links): one small fieldset per row, numbered. Errors of a cell
 * (`cities[1].country`) go next to it; an error about the whole list (`cities`) under the legend.
 */
export function Rows({
  formId,
  group,
  label,
  rowLabel,
  hint,
  note,
  errors,
  rows,
  columns,
  footer,
}: {
  formId: string;
  group: RepeatableGroup;
  label: string;
  rowLabel: string;
  hint?: string;
  note?: string;
  errors: Record<string, string>;
  rows: Record<string, string>[];
  columns: RowColumn[];
  footer?: ReactNode;
}) {
  const id = inputId(formId, group);
  const error = errors[group];
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'field fieldset field--error' : 'field fieldset'} aria-describedby={describedBy(id, { hint, note, error })}>
      <legend>{label}</legend>
      <Messages id={id} hint={hint} note={note} error={error} />
      <ol className="rows">
        {rows.map((row, index) => (
          <li key={index}>
            <fieldset className="row">
              <legend className="row__legend">
                {rowLabel} {index + 1}
              </legend>
              {columns.map((column) => {
                const name = rowInputName(group, index, column.field);
                const common = { formId, name, label: column.label, error: errors[name] };
                return column.type === 'select' ? (
                  <Select key={column.field} {...common} defaultValue={row[column.field] ?? ''} options={column.options ?? []} />
                ) : (
                  <TextInput key={column.field} {...common} type={column.type} defaultValue={row[column.field] ?? ''} maxLength={column.type === 'url' ? 2000 : 200} />
                );
              })}
            </fieldset>
          </li>
        ))}
      </ol>
      {footer}
    </fieldset>
  );
}
