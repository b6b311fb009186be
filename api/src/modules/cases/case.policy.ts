import type { Viewer } from '../../context.js';
import { CaseStatus, type CaseCard } from './case.entity.js';

/**
 * Who may do what with a case card. Resolvers and services ask here; nowhere else decides.
 * Until accounts exist, only published cards are readable, by everyone.
 */
export const casePolicy = {
  canRead(_viewer: Viewer | null, card: CaseCard): boolean {
    return card.status === CaseStatus.PUBLISHED;
  },

  /** Contact emails are personal data: never shown to anonymous visitors. */
  canSeeContactEmails(viewer: Viewer | null, _card: CaseCard): boolean {
    return viewer !== null;
  },
};
