import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../../errors.js';
import { CaseCard, CaseStatus } from '../../cases/case.entity.js';
import { isUuid } from '../../cases/operations/case-access.js';
import { stableJson } from '../../cases/case.snapshot.js';
import { Commitment } from '../commitment.entity.js';
import type { CommitmentValues } from '../commitment.validation.js';

/** Published (or archived) cards by id; any other id is refused, naming the field. */
export async function publicCases(tx: EntityManager, ids: string[], field: string): Promise<CaseCard[]> {
  if (ids.length === 0) return [];
  const cards = await tx.find(CaseCard, { id: { $in: ids.filter(isUuid) }, status: { $in: [CaseStatus.PUBLISHED, CaseStatus.ARCHIVED] } });
  const found = new Set(cards.map((card) => card.id));
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) throw new BadInputError(`No published case card with id ${unknown.map((id) => id.slice(0, 40)).join(', ')}.`, field);
  return ids.map((id) => cards.find((card) => card.id === id)!);
}

/** An external id is unique in its network. */
export async function assertExternalIdFree(tx: EntityManager, networkId: string, externalId: string | null | undefined, commitmentId?: string): Promise<void> {
  if (!externalId) return;
  const taken = await tx.findOne(Commitment, { network: networkId, externalId, ...(commitmentId ? { id: { $ne: commitmentId } } : {}) }, { fields: ['id'] });
  if (taken) throw new BadInputError(`Another commitment of this network has the external id "${externalId}".`, 'input.externalId');
}

const PLAIN_FIELDS = ['externalId', 'title', 'problem', 'description', 'leadInstitution', 'partners', 'ogpValues', 'sdgs', 'themes', 'status'] as const;

/** Writes the given values into the commitment; answers the names of the fields that changed. */
export function applyCommitmentValues(commitment: Commitment, values: CommitmentValues): string[] {
  const changed: string[] = [];
  for (const key of PLAIN_FIELDS) {
    const value = values[key];
    // Stable: PostgreSQL returns jsonb objects with their keys reordered.
    if (value === undefined || stableJson(value) === stableJson(commitment[key])) continue;
    (commitment as unknown as Record<string, unknown>)[key] = value;
    changed.push(key);
  }
  return changed;
}
