'use server';

/*
 * Server Actions of the curation pages: the card form (preview, save, submit), the review decision and
 * archiving. They read the form, call the API (which decides who may do what), and answer a state for the
 * form (each API problem next to its input) or redirect. They work as plain HTML form posts too.
 */
import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { findViewer } from '../accounts/viewer';
import { ApiUserError, UserInputError } from '../api-client';
import { formText } from '../form-actions';
import { EDITABLE_FIELDS } from './card-fields';
import { fieldErrorsFrom, isCardInputName, localProblems, looksReadyToSubmit, parseCardForm, toCaseInput, type CardFormState } from './card-form';
import * as api from './curation-api';
import { fieldCommentName, isDecision, type ReviewFormState } from './review-form';

const UNEXPECTED = 'Something went wrong on our side. Please try again in a moment.';

/** The form's answer to a failed API call: each problem next to its input, the rest at the top. */
function failure(error: unknown, isInputName: (name: string) => boolean): { error: string; fieldErrors?: Record<string, string> } {
  if (!(error instanceof ApiUserError)) {
    console.error(error);
    return { error: UNEXPECTED };
  }
  const problems = error instanceof UserInputError && error.problems.length ? error.problems : error.field ? [{ field: error.field, message: error.message }] : [];
  const { fieldErrors, other } = fieldErrorsFrom(problems, isInputName);
  if (Object.keys(fieldErrors).length === 0) return { error: error.message };
  // "Before submitting, complete these fields. input.title: add a title." → its introduction only.
  const intro = error instanceof UserInputError && error.problems.length ? error.message.split(`${error.problems[0]!.field}:`)[0]!.trim() : '';
  return { error: [intro || 'Some fields need correcting.', ...other].join(' '), fieldErrors };
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
  const intent = formText(formData, 'intent');
  const id = formText(formData, 'id');
  const values = parseCardForm(formData.entries());
  const answer: CardFormState = { values, nonce: randomUUID(), ...(id ? { caseId: id } : {}) };
  if (intent === 'preview') return { ...answer, preview: true };

  const problems = localProblems(values);
  if (Object.keys(problems).length) return { ...answer, error: 'Some fields need correcting.', fieldErrors: problems };

  const input = toCaseInput(values, { withNetwork: !id });
  let saved: { id: string; slug: string; status: string };
  try {
    saved = id ? await api.updateCase(id, input) : await api.createCase(input);
  } catch (error) {
    return { ...answer, ...failure(error, isCardInputName) };
  }

  if (intent !== 'submit' && intent !== 'submit-confirmed') {
    redirect(editPath(saved.slug, `?notice=${saved.status === 'PUBLISHED' ? 'edit-saved' : 'draft-saved'}`));
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
    if (similar.length) redirect(editPath(saved.slug, '?confirm=submit#similar-cases'));
  }
  let submitted: Awaited<ReturnType<typeof api.submitCase>>;
  try {
    submitted = await api.submitCase(saved.id);
  } catch (error) {
    return { ...answer, caseId: saved.id, ...failure(error, isCardInputName) };
  }
  // Authors follow their cards on "My cards"; a coordinator submitting someone else's card stays with it.
  const viewer = await findViewer().catch(() => null);
  redirect(submitted.author && submitted.author.id === viewer?.id ? '/my-cards?notice=submitted' : `/cases/${encodeURIComponent(submitted.slug)}?notice=submitted`);
}

const REVIEW_INPUTS = new Set(['decision', 'comment', ...EDITABLE_FIELDS.map(fieldCommentName)]);

/** A coordinator's decision, with an overall comment and optional comments per field. */
export async function reviewCaseAction(_previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const id = formText(formData, 'id');
  const decision = formText(formData, 'decision');
  const comment = formText(formData, 'comment');
  const fieldComments = EDITABLE_FIELDS.map((field) => ({ field, comment: formText(formData, fieldCommentName(field)) })).filter((entry) => entry.comment);
  const values = { decision, comment, ...Object.fromEntries(fieldComments.map((entry) => [fieldCommentName(entry.field), entry.comment])) };
  const answer: ReviewFormState = { values, nonce: randomUUID() };
  if (!isDecision(decision)) {
    return { ...answer, error: 'Choose a decision.', fieldErrors: { decision: 'Choose approve, request changes or reject.' } };
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
      if (Object.keys(fieldErrors).length) return { ...answer, error: ['Some fields need correcting.', ...other].join(' '), fieldErrors };
    }
    return { ...answer, error: failure(error, () => false).error };
  }
  const notice = decision === 'APPROVE' ? 'approved' : decision === 'REJECT' ? 'rejected' : 'changes-requested';
  redirect(`/networks/${encodeURIComponent(network)}/queue?notice=${notice}`);
}

/** "Archive" after its confirmation step, on the case page. */
export async function archiveCaseAction(formData: FormData): Promise<void> {
  const archived = await api.archiveCase(formText(formData, 'id'));
  redirect(`/cases/${encodeURIComponent(archived.slug)}?notice=archived`);
}
