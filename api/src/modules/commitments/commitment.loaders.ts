import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseCard } from '../cases/case.entity.js';
import { Assessment } from './assessment.entity.js';
import { CommitmentUpdate } from './commitment-update.entity.js';
import { Commitment } from './commitment.entity.js';
import { Milestone } from './milestone.entity.js';
import { UpdateRevision } from './update-revision.entity.js';

function groupBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/** Per-request batch loaders of a commitment's parts, keyed by commitment (or update) id: one query per part. */
export function createCommitmentLoaders(em: EntityManager) {
  return {
    /** Commitments of each action plan (keyed by plan id), oldest first, with their plan, city and network. */
    ofPlan: new DataLoader<string, Commitment[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(Commitment, { actionPlan: { $in: [...ids] } }, { populate: ['actionPlan', 'actionPlan.city', 'network'], orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
        (row) => row.actionPlan.id,
      ),
    ),
    /** Milestones by due date. */
    milestones: new DataLoader<string, Milestone[]>(async (ids) =>
      groupBy(ids, await em.find(Milestone, { commitment: { $in: [...ids] } }, { orderBy: [{ dueDate: 'asc' }, { title: 'asc' }, { id: 'asc' }] }), (row) => row.commitment.id),
    ),
    /** Updates, newest first, with the milestones they completed. */
    updates: new DataLoader<string, CommitmentUpdate[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(CommitmentUpdate, { commitment: { $in: [...ids] } }, { populate: ['completedMilestones'], orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
        (row) => row.commitment.id,
      ),
    ),
    /** Assessments, latest first (by assessment date, then by when they were recorded). */
    assessments: new DataLoader<string, Assessment[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(Assessment, { commitment: { $in: [...ids] } }, { orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] }),
        (row) => row.commitment.id,
      ),
    ),
    /** Linked case cards (every status: the resolver keeps those the viewer may read). */
    cases: new DataLoader<string, CaseCard[]>(async (ids) => {
      const commitments = await em.find(Commitment, { id: { $in: [...ids] } }, { populate: ['cases', 'cases.network'] });
      const byId = new Map(commitments.map((commitment) => [commitment.id, commitment.cases.getItems()]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    /** Earlier texts of each update, newest first; keyed by update id. */
    revisions: new DataLoader<string, UpdateRevision[]>(async (ids) =>
      groupBy(ids, await em.find(UpdateRevision, { update: { $in: [...ids] } }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }), (row) => row.update.id),
    ),
  };
}

export type CommitmentLoaders = ReturnType<typeof createCommitmentLoaders>;
