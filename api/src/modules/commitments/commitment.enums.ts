import { registerEnumType } from 'type-graphql';

/**
 * OGP's completion scale. Commitments and milestones share it: a milestone is COMPLETE once done (and only
 * then has a done date); the other steps let a city say how far along a milestone is.
 */
export enum CommitmentStatus {
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
}

export enum PartnerKind {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
}

/** The Independent Reporting Mechanism's "potential for results". */
export enum PotentialResults {
  UNCLEAR = 'UNCLEAR',
  MODEST = 'MODEST',
  SUBSTANTIAL = 'SUBSTANTIAL',
}

/** The independent completion rating: OGP's scale, plus "no evidence available". */
export enum AssessmentCompletion {
  NO_EVIDENCE = 'NO_EVIDENCE',
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
}

/** "Did it open government?" */
export enum OpenGovernmentEffect {
  WORSENED = 'WORSENED',
  DID_NOT_CHANGE = 'DID_NOT_CHANGE',
  MARGINAL = 'MARGINAL',
  MAJOR = 'MAJOR',
  OUTSTANDING = 'OUTSTANDING',
}

/** How the city's own status compares with the latest independent completion rating. */
export enum CommitmentDivergence {
  NOT_ASSESSED = 'NOT_ASSESSED',
  NONE = 'NONE',
  SELF_REPORTED_HIGHER = 'SELF_REPORTED_HIGHER',
  SELF_REPORTED_LOWER = 'SELF_REPORTED_LOWER',
}

export const COMMITMENT_STATUSES = Object.values(CommitmentStatus);

const RANK: Record<CommitmentStatus, number> = { NOT_STARTED: 0, LIMITED: 1, SUBSTANTIAL: 2, COMPLETE: 3 };

/**
 * Compares the self-reported status with an independent completion rating on one scale. "No evidence
 * available" ranks with "not started": the assessor could not see any progress, so a city claiming some
 * reports higher than the assessment.
 */
export function divergenceOf(selfReported: CommitmentStatus, completion: AssessmentCompletion | null): CommitmentDivergence {
  if (!completion) return CommitmentDivergence.NOT_ASSESSED;
  const independent = completion === AssessmentCompletion.NO_EVIDENCE ? 0 : RANK[completion as unknown as CommitmentStatus];
  const own = RANK[selfReported];
  if (own === independent) return CommitmentDivergence.NONE;
  return own > independent ? CommitmentDivergence.SELF_REPORTED_HIGHER : CommitmentDivergence.SELF_REPORTED_LOWER;
}

registerEnumType(CommitmentStatus, { name: 'CommitmentStatus', description: 'OGP\'s completion scale, for commitments and milestones.' });
registerEnumType(PartnerKind, { name: 'PartnerKind' });
registerEnumType(PotentialResults, { name: 'PotentialResults', description: 'Independent rating: potential for results.' });
registerEnumType(AssessmentCompletion, { name: 'AssessmentCompletion', description: 'Independent rating of completion; NO_EVIDENCE when no evidence was available.' });
registerEnumType(OpenGovernmentEffect, { name: 'OpenGovernmentEffect', description: 'Independent rating: did it open government?' });
registerEnumType(CommitmentDivergence, {
  name: 'CommitmentDivergence',
  description: 'The city\'s self-reported status against the latest independent completion rating (NO_EVIDENCE ranks as NOT_STARTED).',
});
