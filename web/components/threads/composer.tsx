'use client';

import { useTranslations } from 'next-intl';
import { useActionState, type ReactNode } from 'react';
import { EMPTY_COMPOSER_STATE, type ComposerState } from '../../lib/threads/composer-state';
import { useFocusOnError } from '../forms/action-form';
import { FormAlert } from '../forms/form-field';
import { SubmitButton } from '../forms/submit-button';
import { MentionHelper, type Mentionable } from './mention-helper';
import { PostBody } from './post-body';
import styles from './threads.module.css';

export type ComposerAction = (state: ComposerState, formData: FormData) => Promise<ComposerState>;

interface ComposerProps {
  id: string;
  action: ComposerAction;
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  initialBody?: string;
  /** A title field (starting a thread). */
  withTitle?: boolean;
  /** "Members only" for starting a thread: a checkbox for members, or always so in a members-only space. */
  membersOnly?: 'choice' | 'forced';
  members?: Mentionable[];
  /** Above the fields: what the post answers, with a way to cancel. */
  children?: ReactNode;
}

/** The API's field names may be nested (`input.title`); the form's are not. */
const fieldOf = (state: ComposerState) => state.error?.field?.split('.').pop();

function ErrorText({ id, message }: { id: string; message: string }) {
  const common = useTranslations('common.form');
  return (
    <p id={id} className="field__error" role="alert">
      <span className="visually-hidden">{common('error')} </span>
      {message}
    </p>
  );
}

/**
 * The composer: Markdown with a "Preview" button that shows the text as the API would save it, without
 * posting it (the page comes back with the preview when JavaScript is off), the mention helper, and the
 * submit button.
 */
export function Composer({ id, action, hidden, submitLabel, pendingLabel, initialBody = '', withTitle, membersOnly, members = [], children }: ComposerProps) {
  const [state, formAction] = useActionState(action, EMPTY_COMPOSER_STATE);
  const t = useTranslations('threads.composer');
  const values = state.values ?? {};
  const field = fieldOf(state);
  const fieldNames = new Set(withTitle ? ['title', 'body'] : ['body']);
  const alertRef = useFocusOnError(field ? { ...state, error: { ...state.error!, field } } : state, id, fieldNames);
  const titleError = field === 'title' ? state.error?.message : undefined;
  const bodyError = field === 'body' ? state.error?.message : undefined;
  const body = values.body ?? initialBody;

  return (
    <form id={id} className={`form ${styles.composer}`} action={formAction} data-answer={state.nonce}>
      {children}
      {state.error && !titleError && !bodyError && <FormAlert focusRef={alertRef} message={state.error.message} />}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div key={state.nonce ?? 'initial'}>
        {withTitle && (
          <div className={titleError ? 'field field--error' : 'field'}>
            <label htmlFor={`${id}-title`}>{t('title')}</label>
            {titleError && <ErrorText id={`${id}-title-error`} message={titleError} />}
            <input
              id={`${id}-title`}
              name="title"
              maxLength={200}
              defaultValue={values.title}
              aria-invalid={titleError ? true : undefined}
              aria-describedby={titleError ? `${id}-title-error` : undefined}
            />
          </div>
        )}
        {membersOnly === 'choice' && (
          <div className="field">
            <input type="checkbox" id={`${id}-members-only`} name="membersOnly" defaultChecked={values.membersOnly === 'on'} />{' '}
            <label htmlFor={`${id}-members-only`}>{t('membersOnly')}</label>
          </div>
        )}
        {membersOnly === 'forced' && <p className="field__hint">{t('membersOnlySpace')}</p>}
        <div className={bodyError ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-body`}>{t('body')}</label>
          <p id={`${id}-body-hint`} className="field__hint">
            {t('bodyHint')}
          </p>
          {bodyError && <ErrorText id={`${id}-body-error`} message={bodyError} />}
          <textarea
            id={`${id}-body`}
            name="body"
            rows={8}
            required
            maxLength={20_000}
            defaultValue={body}
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={[`${id}-body-hint`, bodyError ? `${id}-body-error` : ''].filter(Boolean).join(' ')}
          />
        </div>
        <MentionHelper members={members} textareaId={`${id}-body`} />
      </div>
      {state.previewHtml !== undefined && (
        <section className="markdown-preview" aria-labelledby={`${id}-preview-title`}>
          <h3 id={`${id}-preview-title`} className="markdown-preview__title">
            {t('previewTitle')}
          </h3>
          {state.previewHtml ? <PostBody bodyHtml={state.previewHtml} /> : <p>{t('previewEmpty')}</p>}
        </section>
      )}
      <p className="form__actions">
        <SubmitButton name="intent" value="preview" className="button--secondary">
          {t('preview')}
        </SubmitButton>
        <SubmitButton name="intent" value="post" pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </p>
    </form>
  );
}
