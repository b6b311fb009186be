import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../../context.js';
import { BadInputError } from '../../../errors.js';
import { requireViewer } from '../../accounts/account.guards.js';
import { withAudit } from '../../audit/audit.js';
import { CaseCard } from '../case.entity.js';
import { cardForChange, isUuid } from './case-access.js';

/** Why two cards cannot be linked; the message names the card in the way. */
export class TranslationConflict extends Error {
  constructor(readonly field: 'caseId' | 'translationOfId', message: string) {
    super(message);
  }
}

/**
 * Linking and unlinking in one network take turns, so that two links cannot give a group two cards of one
 * language. Taken before the cards' row locks, always in that order.
 */
export async function lockTranslations(tx: EntityManager, networkId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`case-translations:${networkId}`]);
}

/** The translations lock of the card's network, before the card itself is locked; nothing for an unknown id. */
async function lockTranslationsOfCard(tx: EntityManager, caseId: string): Promise<void> {
  if (!isUuid(caseId)) return;
  const [row] = await tx.execute<{ network_id: string }[]>('select network_id from case_cards where id = ?', [caseId]);
  if (row) await lockTranslations(tx, row.network_id);
}

function groupMembers(tx: EntityManager, group: string | null): Promise<CaseCard[]> {
  return group ? tx.find(CaseCard, { translationGroup: group }, { refresh: true }) : Promise.resolve([]);
}

/**
 * Puts `card` in the translation group of `other` (a new group when `other` has none). Both must be in one
 * network (the caller checks rights); a group holds one card per language; a card already in another group
 * must leave it first. Answers the ids of every card of the group, for reindexing; nothing when already linked.
 * The caller holds the network's translations lock (`lockTranslations`).
 */
export async function joinTranslationGroup(tx: EntityManager, card: CaseCard, other: CaseCard): Promise<string[]> {
  if (card.id === other.id) throw new TranslationConflict('translationOfId', 'A card cannot be a translation of itself.');
  if (card.network.id !== other.network.id) {
    throw new TranslationConflict('translationOfId', 'Translations are linked within one network: the two cards are in different networks.');
  }
  if (card.translationGroup && card.translationGroup === other.translationGroup) return [];
  if (card.translationGroup) {
    throw new TranslationConflict('caseId', 'This card is already linked to other translations: unlink it first.');
  }
  const members = other.translationGroup ? await groupMembers(tx, other.translationGroup) : [other];
  const sameLanguage = members.find((member) => member.language === card.language);
  if (sameLanguage) {
    throw new TranslationConflict('translationOfId', `The translations already have a card in "${card.language}" ("${sameLanguage.title.slice(0, 80)}"): one card per language.`);
  }
  const group = other.translationGroup ?? randomUUID();
  for (const member of [...members, card]) member.translationGroup = group;
  return [...members, card].map((member) => member.id);
}

/** Takes `card` out of its group (a group left with one card dissolves). Answers the ids to reindex. The caller holds the lock. */
export async function leaveTranslationGroup(tx: EntityManager, card: CaseCard): Promise<string[]> {
  if (!card.translationGroup) throw new TranslationConflict('caseId', 'This card is not linked to any translation.');
  const others = (await groupMembers(tx, card.translationGroup)).filter((member) => member.id !== card.id);
  card.translationGroup = null;
  if (others.length === 1) others[0]!.translationGroup = null;
  return [card.id, ...others.map((member) => member.id)];
}

function asBadInput(error: unknown): never {
  if (error instanceof TranslationConflict) throw new BadInputError(error.message, error.field);
  throw error;
}

/**
 * Links a card as a translation of another card of the same network (editors and coordinators of the
 * network). The group's cards are reindexed: each one's search document carries the others' text.
 */
export async function linkTranslation(ctx: RequestContext, caseId: string, translationOfId: string): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'case.translation.link', recordType: 'case', recordId: caseId }, async (tx, audit) => {
    await lockTranslationsOfCard(tx, caseId);
    const card = await cardForChange(tx, viewer, caseId, 'translate');
    audit.network = card.network;
    const other = await cardForChange(tx, viewer, translationOfId, 'translate').catch((error: unknown) => {
      if (error instanceof BadInputError) throw new BadInputError(error.message, 'translationOfId');
      throw error;
    });
    const ids = await joinTranslationGroup(tx, card, other).catch(asBadInput);
    audit.details = { translationOf: other.id, group: card.translationGroup, cards: ids };
    audit.reindex(ids);
    return card;
  });
}

/** Takes a card out of its translations; the others stay linked to each other. */
export async function unlinkTranslation(ctx: RequestContext, caseId: string): Promise<CaseCard> {
  const viewer = requireViewer(ctx);
  return withAudit(ctx, { action: 'case.translation.unlink', recordType: 'case', recordId: caseId }, async (tx, audit) => {
    await lockTranslationsOfCard(tx, caseId);
    const card = await cardForChange(tx, viewer, caseId, 'translate');
    audit.network = card.network;
    const group = card.translationGroup;
    const ids = await leaveTranslationGroup(tx, card).catch(asBadInput);
    audit.details = { group, cards: ids };
    audit.reindex(ids);
    return card;
  });
}
