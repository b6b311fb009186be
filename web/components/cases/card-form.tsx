'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Link } from '../../i18n/navigation';
import { fieldLabel, SECTIONS, type Translate } from '../../lib/cases/card-fields';
import { inputId, orderInputName, REPEATABLE_GROUPS, type CardFormState, type CardFormValues, type RepeatableGroup } from '../../lib/cases/card-form';
import { saveCardAction } from '../../lib/cases/curation-actions';
import { formatDateTime } from '../../lib/format';
import { SubmitButton } from '../forms/submit-button';
import { MarkdownText } from '../markdown-text';
import { CheckboxGroup, Rows, Select, TextArea, TextInput, type Option } from './card-form-parts';
import { forgetUnsavedWork, useUnsavedWork } from './use-unsaved-work';

export interface CardFormOptions {
  /** Networks the card may be written for (a new card); an existing card's one network. */
  networks: Option[];
  countries: Option[];
  sdgs: Option[];
  themes: Option[];
  ogpValues: Option[];
  languages: Option[];
}

export interface SimilarCard {
  slug: string;
  title: string;
  places: string;
  network: string;
}

export interface CardFormProps {
  /** The card being edited; none for a new one. */
  caseId?: string;
  /** When the server's version last changed (to compare with unsaved work); null for a new card. */
  updatedAt: string | null;
  /** localStorage key of the unsaved work: `case:<id>` or `new:<network>`. */
  storageKey: string;
  initialValues: CardFormValues;
  options: CardFormOptions;
  /** A published card: saving proposes an edit. */
  published?: boolean;
  /** The last review's comments, when it asked for changes: overall and by field. */
  reviewNotes?: { comment: string; fields: Record<string, string> };
  /** Published cards that look like this one: shown before the submission is confirmed. */
  similar?: SimilarCard[];
}

const FORM_ID = 'case-form';
const EMPTY_ROWS_WITHOUT_SCRIPT = 3;

/** The columns of each repeatable group, labelled with `t` for `curation.form.rows`. */
function rowColumns(t: Translate, group: RepeatableGroup, countries: Option[]) {
  switch (group) {
    case 'cities':
      return [
        { field: 'name', label: t('cities.name') },
        { field: 'country', label: t('cities.country'), type: 'select' as const, options: [{ value: '', label: t('cities.chooseCountry') }, ...countries] },
      ];
    case 'contacts':
      return [
        { field: 'name', label: t('contacts.name') },
        { field: 'role', label: t('contacts.role') },
        { field: 'organisation', label: t('contacts.organisation') },
        { field: 'email', label: t('contacts.email'), type: 'email' as const },
      ];
    case 'links':
      return [
        { field: 'label', label: t('links.label') },
        { field: 'url', label: t('links.url'), type: 'url' as const },
      ];
  }
}

/**
 * The case card form: every field of a card, with "Save draft", "Submit for review" and "Preview" (which
 * shows the Markdown sections rendered, without saving). It posts to a Server Action, so it works without
 * JavaScript: the page comes back with the API's messages next to their fields and the values kept, three
 * empty rows per list, and previews. With JavaScript, lists grow with "Add another…", and what is typed is
 * kept in localStorage until it is saved (see useUnsavedWork).
 */
export function CardForm({ caseId, updatedAt, storageKey, initialValues, options, published = false, reviewNotes, similar }: CardFormProps) {
  const [state, formAction] = useActionState(saveCardAction, {} as CardFormState);
  const t = useTranslations('curation.form');
  const rowsText = useTranslations('curation.form.rows');
  const fields = useTranslations('cases.fields');
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [added, setAdded] = useState<Record<RepeatableGroup, number>>({ cities: 0, contacts: 0, links: 0 });
  // A new card that this form created (its submission then failed) keeps its work under its own id.
  const workKey = state.caseId && !caseId ? `case:${state.caseId}` : storageKey;
  const unsaved = useUnsavedWork(formRef, workKey, updatedAt, initialValues);

  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (!state.nonce) return;
    // The server answered instead of redirecting: the copy counts as unsent again.
    if (workKey !== storageKey) forgetUnsavedWork(storageKey);
    unsaved.remember();
    if (state.error) alertRef.current?.focus();
    // Only when a new answer arrives.
  }, [state]);

  // What the form shows: restored work (until the next answer), else the last answer, else the server's.
  const restoredNow = unsaved.restored && !state.nonce ? unsaved.restored : null;
  const values = restoredNow?.values ?? state.values ?? initialValues;
  const errors = state.fieldErrors ?? {};
  const notes = reviewNotes?.fields ?? {};
  const id = state.caseId ?? caseId;
  const emptyRows = (group: RepeatableGroup) => (hydrated ? 1 + added[group] : EMPTY_ROWS_WITHOUT_SCRIPT);
  const rowsOf = (group: RepeatableGroup) => [...(values[group] as unknown as Record<string, string>[]), ...Array.from({ length: emptyRows(group) }, () => ({}))];
  const fieldKey = `${state.nonce ?? 'server'}:${restoredNow ? restoredNow.savedAt : 'none'}`;
  const describeInput = (name: string) => describeInputName(name, rowsText, fields);

  return (
    <form
      id={FORM_ID}
      ref={formRef}
      className="form card-form"
      action={formAction}
      noValidate
      onChange={unsaved.remember}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.value !== 'preview') unsaved.markSent();
      }}
    >
      {state.error && (
        <div ref={alertRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p>{state.error}</p>
          {Object.keys(errors).length > 0 && (
            <ul className="error-summary">
              {Object.entries(errors).map(([name, message]) => (
                <li key={name}>
                  <a href={`#${inputId(FORM_ID, name)}`}>
                    {describeInput(name)}: {message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {restoredNow && (
        <div className="notice notice--info restored-notice" role="status">
          <p>
            {t('restored', { time: formatDateTime(new Date(restoredNow.savedAt).toISOString(), locale) })}{' '}
            <button type="button" className="button--small button--secondary" onClick={unsaved.discard}>
              {t('discard')}
            </button>
          </p>
        </div>
      )}
      {reviewNotes && (
        <div className="notice notice--info">
          <p>
            <strong>{t('changesAsked')}</strong> {reviewNotes.comment}
          </p>
        </div>
      )}
      {id && <input type="hidden" name="id" value={id} />}

      <div key={fieldKey}>
        <section aria-labelledby={`${FORM_ID}-about`}>
          <h2 id={`${FORM_ID}-about`}>{t('about')}</h2>
          {caseId ? (
            <input type="hidden" name="network" value={values.network} />
          ) : (
            <Select formId={FORM_ID} name="network" label={t('network')} hint={t('networkHint')} error={errors.network} defaultValue={values.network} options={options.networks} />
          )}
          <TextInput formId={FORM_ID} name="title" label={fields('title')} note={notes.title} error={errors.title} defaultValue={values.title} maxLength={200} hint={t('titleHint')} />
          <TextArea formId={FORM_ID} name="summary" label={fields('summary')} note={notes.summary} error={errors.summary} defaultValue={values.summary} maxLength={600} rows={3} hint={t('summaryHint')} />
        </section>

        <section aria-labelledby={`${FORM_ID}-sections`}>
          <h2 id={`${FORM_ID}-sections`}>{t('theCase')}</h2>
          {SECTIONS.map((key) => (
            <TextArea
              key={key}
              formId={FORM_ID}
              name={key}
              label={fields(key)}
              hint={t('markdownHint')}
              note={notes[key]}
              error={errors[key]}
              defaultValue={values[key]}
              rows={8}
              preview={state.preview && !restoredNow ? values[key].trim() ? <MarkdownText source={values[key]} /> : <p className="empty">{t('nothingYet')}</p> : undefined}
            />
          ))}
        </section>

        <section aria-labelledby={`${FORM_ID}-where`}>
          <h2 id={`${FORM_ID}-where`}>{t('whereAndWhat')}</h2>
          {REPEATABLE_GROUPS.map((group) => (
            <Rows
              key={group}
              formId={FORM_ID}
              group={group}
              label={fields(group)}
              rowLabel={rowsText(`${group}.row`)}
              hint={rowsText(`${group}.hint`)}
              note={notes[group]}
              errors={errors}
              rows={rowsOf(group)}
              columns={rowColumns(rowsText, group, options.countries)}
              footer={
                hydrated && (
                  <button type="button" className="button--small button--secondary" onClick={() => setAdded((current) => ({ ...current, [group]: current[group] + 1 }))}>
                    {rowsText(`${group}.add`)}
                  </button>
                )
              }
            />
          ))}
          <CheckboxGroup formId={FORM_ID} name="sdgs" label={t('sdgs')} hint={t('sdgsHint')} note={notes.sdgs} error={errors.sdgs} options={options.sdgs} checked={values.sdgs.map(String)} />
          <input type="hidden" name={orderInputName('themes')} value={values.themes.join(' ')} />
          <input type="hidden" name={orderInputName('ogpValues')} value={values.ogpValues.join(' ')} />
          <CheckboxGroup formId={FORM_ID} name="themes" label={fields('themes')} note={notes.themes} error={errors.themes} options={options.themes} checked={values.themes} />
          <CheckboxGroup formId={FORM_ID} name="ogpValues" label={fields('ogpValues')} note={notes.ogpValues} error={errors.ogpValues} options={options.ogpValues} checked={values.ogpValues} />
          <Select formId={FORM_ID} name="language" label={t('language')} note={notes.language} error={errors.language} defaultValue={values.language} options={options.languages} />
          <TextInput formId={FORM_ID} name="yearStarted" label={fields('yearStarted')} hint={t('yearHint')} note={notes.yearStarted} error={errors.yearStarted} defaultValue={values.yearStarted} maxLength={4} inputMode="numeric" />
        </section>
      </div>

      {similar && similar.length > 0 && (
        <section id="similar-cases" className="similar-cases notice notice--info" aria-labelledby="similar-cases-title" tabIndex={-1}>
          <h2 id="similar-cases-title">{t('similarTitle')}</h2>
          <p>{t('similarBody')}</p>
          <ul>
            {similar.map((card) => (
              <li key={card.slug}>
                <Link href={`/cases/${card.slug}`}>{card.title}</Link> — {card.places} ({card.network})
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="form__actions">
        <SubmitButton name="intent" value="save" pendingLabel={t('saving')}>
          {published ? t('saveEdit') : t('saveDraft')}
        </SubmitButton>
        <SubmitButton name="intent" value={similar?.length ? 'submit-confirmed' : 'submit'} pendingLabel={t('submitting')}>
          {t(`submit.${published ? 'edit' : 'card'}${similar?.length ? 'Confirmed' : ''}`)}
        </SubmitButton>
        <SubmitButton name="intent" value="preview" className="button--secondary" pendingLabel={t('preparingPreview')}>
          {t('preview')}
        </SubmitButton>
      </p>
      {published && <p className="field__hint">{t('publishedHint')}</p>}
    </form>
  );
}

/** "City 2 – Country" for `cities[1].country`, "Title" for `title`. */
function describeInputName(name: string, rowsText: Translate, fields: Translate): string {
  const row = /^(cities|contacts|links)\[(\d+)\]\.(\w+)$/.exec(name);
  if (row) {
    const group = row[1] as RepeatableGroup;
    const column = rowColumns(rowsText, group, []).find((candidate) => candidate.field === row[3]);
    return `${rowsText(`${group}.row`)} ${Number(row[2]) + 1} – ${column?.label ?? row[3]}`;
  }
  if (name === 'network') return fields('network');
  return fieldLabel(fields, name);
}

