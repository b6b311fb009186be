'use server';

/*
 * The "Post a progress update" form of a commitment page. The API decides who may post (editors of the
 * city, the network's coordinators) and answers FORBIDDEN otherwise; its message is shown on the form.
 * Works as a plain HTML form post too.
 */
import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '../../i18n/navigation';
import { failedState, formText } from '../form-actions';
import type { FormState } from '../form-state';
import type { LinkInput } from '../gql/graphql';
import { isCommitmentStatus, postCommitmentUpdate } from './commitments-api';

/** Evidence links, one a line: "https://… Label" or just the address. */
function parseEvidenceLinks(text: string): LinkInput[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [url, ...label] = line.split(/\s+/);
      return label.length ? { url: url!, label: label.join(' ') } : { url: url! };
    });
}

export async function postUpdateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const commitmentId = formText(formData, 'commitmentId');
  const body = formText(formData, 'body');
  const status = formText(formData, 'status');
  const linksText = formText(formData, 'links');
  const completedMilestoneIds = formData.getAll('completedMilestoneIds').filter((value): value is string => typeof value === 'string' && value !== '');
  const values = { body, status, links: linksText };
  if (!body) return { error: { message: (await getTranslations('commitments.updateForm'))('bodyMissing'), field: 'body' }, values };
  try {
    await postCommitmentUpdate({
      commitmentId,
      body,
      ...(isCommitmentStatus(status) ? { status } : {}),
      ...(completedMilestoneIds.length ? { completedMilestoneIds } : {}),
      links: parseEvidenceLinks(linksText),
    });
  } catch (error) {
    return failedState(error, values);
  }
  redirect({ href: `/commitments/${encodeURIComponent(commitmentId)}?notice=update-posted#updates`, locale: await getLocale() });
}
