import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseCard, CaseStatus, type CaseContact } from '../../cases/case.entity.js';
import { RevisionKind } from '../../cases/case-revision.entity.js';
import { uniqueSlug } from '../../cases/case.slug.js';
import { applySnapshot, canonicalCities, changedFields, snapshotOf } from '../../cases/case.snapshot.js';
import { recordRevision } from '../../cases/operations/case-access.js';
import { Network } from '../../networks/network.entity.js';
import type { ImportCard } from './import-row.js';

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Files carry no email addresses (exports leave them out): a contact that is still on the card, by name and
 * organisation, keeps the address the card already has.
 */
function keepEmails(current: CaseContact[], wanted: CaseContact[]): CaseContact[] {
  const key = (contact: CaseContact) => `${contact.name.toLowerCase()}|${(contact.organisation ?? '').toLowerCase()}`;
  const emails = new Map(current.filter((contact) => contact.email).map((contact) => [key(contact), contact.email]));
  return wanted.map((contact) => (contact.email ? contact : { ...contact, email: emails.get(key(contact)) ?? null }));
}

/** Publishes a card that is not published yet (archived cards stay archived). */
function publish(card: CaseCard, publishedAt: Date | null): boolean {
  if (card.status === CaseStatus.PUBLISHED || card.status === CaseStatus.ARCHIVED) return false;
  card.status = CaseStatus.PUBLISHED;
  card.publishedAt ??= publishedAt ?? new Date();
  return true;
}

/**
 * Writes one row's card in its network: a new card (a draft, or published with `publish`), or the card with
 * the same external id updated in place, its published version included. Unchanged cards are not touched.
 * Each change is a revision without an author, like the cards' own edits.
 */
export async function writeCard(tx: EntityManager, networkId: string, row: ImportCard, options: { publish: boolean }): Promise<{ outcome: WriteOutcome; id: string }> {
  const wanted = { ...row.snapshot, cities: await canonicalCities(tx, row.snapshot.cities) };
  const existing = await tx.findOne(CaseCard, { network: networkId, externalId: row.key }, { populate: ['cities'], lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!existing) {
    const card = tx.create(CaseCard, {
      network: tx.getReference(Network, networkId),
      externalId: row.key,
      title: wanted.title,
      slug: await uniqueSlug(tx, wanted.title),
      author: null,
      status: CaseStatus.DRAFT,
      cities: [],
    });
    await applySnapshot(tx, card, wanted);
    if (options.publish) publish(card, row.publishedAt);
    const snapshot = snapshotOf(card);
    recordRevision(tx, card, null, RevisionKind.CREATED, snapshot, changedFields(null, snapshot));
    await tx.flush();
    return { outcome: 'created', id: card.id };
  }

  wanted.contacts = keepEmails(existing.contacts, wanted.contacts);
  const changed = changedFields(snapshotOf(existing), wanted);
  if (changed.length) {
    await applySnapshot(tx, existing, wanted);
    // The address is settled at first publication; until then it follows the title.
    if (changed.includes('title') && !existing.publishedAt) existing.slug = await uniqueSlug(tx, existing.title, existing.id);
    recordRevision(tx, existing, null, RevisionKind.EDITED, snapshotOf(existing), changed);
  }
  const published = options.publish && publish(existing, row.publishedAt);
  await tx.flush();
  return { outcome: changed.length || published ? 'updated' : 'unchanged', id: existing.id };
}
