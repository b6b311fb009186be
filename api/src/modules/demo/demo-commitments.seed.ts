import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseCard } from '../cases/case.entity.js';
import { Problems } from '../cases/case.validation.js';
import type { City } from '../cities/city.entity.js';
import { ActionPlan } from '../commitments/action-plan.entity.js';
import { Assessment } from '../commitments/assessment.entity.js';
import { CommitmentUpdate } from '../commitments/commitment-update.entity.js';
import type { AssessmentCompletion, CommitmentStatus, OpenGovernmentEffect, PartnerKind, PotentialResults } from '../commitments/commitment.enums.js';
import { Commitment } from '../commitments/commitment.entity.js';
import { assessmentValues, commitmentValues, milestoneValues, planValues, todayUtc } from '../commitments/commitment.validation.js';
import { Milestone } from '../commitments/milestone.entity.js';
import type { Network } from '../networks/network.entity.js';
import { demoPlans, type DemoPlan } from './demo-commitments.js';

/** Demo data goes through the same checks as the API's input, so that it never shows what the API refuses. */
function checkDemoPlan(plan: DemoPlan): void {
  const problems = new Problems();
  const at = (prefix: string) => (field: string) => `${plan.title} › ${prefix}${field}`;
  planValues(problems, at(''), plan);
  for (const commitment of plan.commitments) {
    commitmentValues(problems, at(`${commitment.externalId}.`), { ...commitment, partners: commitment.partners as { name: string; kind: PartnerKind }[], status: commitment.status as CommitmentStatus }, true);
    for (const milestone of commitment.milestones) {
      milestoneValues(problems, at(`${commitment.externalId}.${milestone.title}.`), { ...milestone, status: milestone.status as CommitmentStatus }, plan, { today: todayUtc(), doneByDefault: false });
    }
    if (commitment.assessment) assessmentValues(problems, at(`${commitment.externalId}.assessment.`), commitment.assessment, plan, todayUtc());
  }
  problems.throwIfAny('Demo commitments: ');
}

/**
 * Loads the demo action plans into the demo seed's transaction: plans, commitments linked to their case
 * cards, milestones, updates (unattributed, dated in the past) and the demo assessments.
 */
export function seedDemoCommitments(
  tx: EntityManager,
  refs: { networks: Map<string, Network>; city: (name: string, country: string) => City; cards: Map<string, CaseCard> },
): number {
  let count = 0;
  for (const data of demoPlans) {
    checkDemoPlan(data);
    const network = refs.networks.get(data.network)!;
    const plan = tx.create(ActionPlan, {
      network,
      city: refs.city(data.city.name, data.city.country),
      title: data.title,
      periodStart: data.periodStart,
      periodEnd: data.periodEnd,
      documentUrl: data.documentUrl,
    });
    for (const item of data.commitments) {
      const commitment = tx.create(Commitment, {
        network,
        actionPlan: plan,
        externalId: item.externalId,
        title: item.title,
        problem: item.problem,
        description: item.description,
        leadInstitution: item.leadInstitution,
        partners: item.partners.map((partner) => ({ name: partner.name, kind: partner.kind as PartnerKind })),
        ogpValues: item.ogpValues,
        sdgs: item.sdgs,
        themes: item.themes,
        status: item.status as CommitmentStatus,
        cases: item.cases.map((slug) => refs.cards.get(slug)!),
        createdAt: new Date(`${data.periodStart}T09:00:00Z`),
      });
      const milestones = new Map(item.milestones.map((milestone) => [milestone.title, tx.create(Milestone, { commitment, ...milestone, status: milestone.status as CommitmentStatus })]));
      for (const update of item.updates) {
        tx.create(CommitmentUpdate, {
          commitment,
          body: update.body,
          newStatus: (update.status as CommitmentStatus | undefined) ?? null,
          links: update.links ?? [],
          completedMilestones: (update.completes ?? []).map((title) => milestones.get(title)!),
          createdAt: new Date(`${update.date}T10:00:00Z`),
        });
      }
      if (item.assessment) {
        tx.create(Assessment, {
          commitment,
          ...item.assessment,
          potentialResults: item.assessment.potentialResults as PotentialResults,
          completion: item.assessment.completion as AssessmentCompletion,
          didItOpenGovernment: item.assessment.didItOpenGovernment as OpenGovernmentEffect,
          reportUrl: null,
        });
      }
      count++;
    }
  }
  return count;
}

