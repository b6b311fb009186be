'use server';

/*
 * Server Actions of the curation pages: the card form (preview, save, submit), the review decision and
 * archiving. They read the form, call the API (which decides who may do what), and answer a state for the
 * form (each API problem next to its input) or redirect. They work as plain HTML form posts too.
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { redirect } from '../../i18n/navigation';
import { findViewer } from '../accounts/viewer';
import { ApiUserError, UserInputError } from '../api-client';
import { formText } from '../form-actions';
import { EDITABLE_FIELDS } from './card-fields';
import { fieldErrorsFrom, isCardInputName, localProblems, type LocalProblemWords, looksReadyToSubmit, parseCardForm, toCaseInput, type CardFormState } from './card-form';
import * as api from './curation-api';
import { fieldCommentName, isDecision, type ReviewFormState } from './review-form';

/** Our own words for the forms' messages (the API's own messages stay as the API words them). */
async function formWords() {
  const [t, common] = await Promise.all([getTranslations('curation.form'), getTranslations('common.error')]);
  return {
    unexpected: common('unexpected'),
    needsCorrecting: t('needsCorrecting'),
    problems: { yearNotNumber: t('problems.yearNotNumber'), cityName: t('problems.cityName'), cityCountry: t('problems.cityCountry') } satisfies LocalProblemWords,
    chooseDecision: t('problems.chooseDecision'),
    decisionHint: t('problems.decisionHint'),
  };
}

type FormWords = Awaited<ReturnType<typeof formWords>>;

/** The form's answer to a failed API call: each problem next to its input, the rest at the top. */
function failure(error: unknown, isInputName: (name: string) => boolean, words: FormWords): { error: string; fieldErrors?: Record<string, string> } {
  if (!(error instanceof ApiUserError)) {
    console.error(error);
    return { error: words.unexpected };
  }
  const problems = error instanceof UserInputError && error.problems.length ? error.problems : error.field ? [{ field: error.field, message: error.message }] : [];
  const { fieldErrors, other } = fieldErrorsFrom(problems, isInputName);
  if (Object.keys(fieldErrors).length === 0) return { error: error.message };
  // "Before submitting, complete these fields. input.title: add a title." → its introduction only.
  const intro = error instanceof UserInputError && error.problems.length ? error.message.split(`${error.problems[0]!.field}:`)[0]!.trim() : '';
  return { error: [intro || words.needsCorrecting, ...other].join(' '), fieldErrors };
}

function editPath(slug: string, search = ''): string {
  return `/cases/${encodeURIComponent(slug)}/edit${search}`;
}

/**
 * The card form's buttons, by `intent`: "preview" shows the sections rendered (nothing is saved); "save"
 * saves the draft (or the proposed edit of a published card); "submit" saves, then checks for published
 * cards that look like this one (asking to confirm when there are) and submits; "submit-confirmed" submits
 * after that check.
 */
export async function saveCardAction(_previous: CardFormState, formData: FormData): Promise<CardFormState> {
  const [words, locale] = await Promise.all([formWords(), getLocale()]);
  const intent = formText(formData, 'intent');
  const id = formText(formData, 'id');
  const values = parseCardForm(formData.entries());
  const answer: CardFormState = { values, nonce: randomUUID(), ...(id ? { caseId: id } : {}) };
  if (intent === 'preview') return { ...answer, preview: true };

  const problems = localProblems(values, words.problems);
  if (Object.keys(problems).length) return { ...answer, error: words.needsCorrecting, fieldErrors: problems };

  const input = toCaseInput(values, { withNetwork: !id });
  let saved: { id: string; slug: string; status: string };
  try {
    saved = id ? await api.updateCase(id, input) : await api.createCase(input);
  } catch (error) {
    return { ...answer, ...failure(error, isCardInputName, words) };
  }

  if (intent !== 'submit' && intent !== 'submit-confirmed') {
    redirect({ href: editPath(saved.slug, `?notice=${saved.status === 'PUBLISHED' ? 'edit-saved' : 'draft-saved'}`), locale });
  }
  // The duplicate check comes once the card is complete: what is missing is said first (by the API).
  if (intent === 'submit' && looksReadyToSubmit(values)) {
    let similar: api.SimilarCase[] = [];
    try {
      similar = await api.findSimilarCases(input, saved.id);
    } catch (error) {
      // The duplicate check helps; it never stands in the way of a submission.
      console.error(error);
    }
    if (similar.length) redirect({ href: editPath(saved.slug, '?confirm=submit#similar-cases'), locale });
  }
  let submitted: Awaited<ReturnType<typeof api.submitCase>>;
  try {
    submitted = await api.submitCase(saved.id);
  } catch (error) {
    return { ...answer, caseId: saved.id, ...failure(error, isCardInputName, words) };
  }
  // Authors follow their cards on "My cards"; a coordinator submitting someone else's card stays with it.
  const viewer = await findViewer().catch(() => null);
  const mine = submitted.author && submitted.author.id === viewer?.id;
  redirect({ href: mine ? '/my-cards?notice=submitted' : `/cases/${encodeURIComponent(submitted.slug)}?notice=submitted`, locale });
}

const REVIEW_INPUTS = new Set(['decision', 'comment', ...EDITABLE_FIELDS.map(fieldCommentName)]);

/** A coordinator's decision, with an overall comment and optional comments per field. */
export async function reviewCaseAction(_previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const [words, locale] = await Promise.all([formWords(), getLocale()]);
  const id = formText(formData, 'id');
  const decision = formText(formData, 'decision');
  const comment = formText(formData, 'comment');
  const fieldComments = EDITABLE_FIELDS.map((field) => ({ field, comment: formText(formData, fieldCommentName(field)) })).filter((entry) => entry.comment);
  const values = { decision, comment, ...Object.fromEntries(fieldComments.map((entry) => [fieldCommentName(entry.field), entry.comment])) };
  const answer: ReviewFormState = { values, nonce: randomUUID() };
  if (!isDecision(decision)) {
    return { ...answer, error: words.chooseDecision, fieldErrors: { decision: words.decisionHint } };
  }

  let network: string;
  try {
    network = (await api.reviewCase(id, decision, comment, fieldComments)).network.slug;
  } catch (error) {
    // The API names a field comment by its position in the list it was sent: `fieldComments[1].comment`.
    const named = (name: string) => {
      const match = /^fieldComments\[(\d+)\]/.exec(name);
      const field = match ? fieldComments[Number(match[1])]?.field : undefined;
      return field ? fieldCommentName(field) : name;
    };
    if (error instanceof UserInputError) {
      const problems = (error.problems.length ? error.problems : error.field ? [{ field: error.field, message: error.message }] : []).map((problem) => ({ ...problem, field: named(problem.field) }));
      const { fieldErrors, other } = fieldErrorsFrom(problems, (name) => REVIEW_INPUTS.has(name));
      if (Object.keys(fieldErrors).length) return { ...answer, error: [words.needsCorrecting, ...other].join(' '), fieldErrors };
    }
    return { ...answer, error: failure(error, () => false, words).error };
  }
  const notice = decision === 'APPROVE' ? 'approved' : decision === 'REJECT' ? 'rejected' : 'changes-requested';
  redirect({ href: `/networks/${encodeURIComponent(network)}/queue?notice=${notice}`, locale });
}

/** "Archive" after its confirmation step, on the case page. */
export async function archiveCaseAction(formData: FormData): Promise<void> {
  const [archived, locale] = await Promise.all([api.archiveCase(formText(formData, 'id')), getLocale()]);
  redirect({ href: `/cases/${encodeURIComponent(archived.slug)}?notice=archived`, locale });
}
