import type { RequestContext } from '../../../context.js';
import { withAudit } from '../../audit/audit.js';
import { CaseCard } from '../../cases/case.entity.js';
import { joinTranslationGroup, lockTranslations, TranslationConflict } from '../../cases/operations/link-translation.js';
import type { ImportNetwork } from './import-cases.js';
import type { CheckedFile } from './check-file.js';
import type { RowProblem } from './read-rows.js';

/** Groups of external ids that the file says translate each other (a small union-find). */
function translationComponents(links: [string, string][]): string[][] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    if (!parent.has(key)) parent.set(key, key);
    let current = key;
    while (parent.get(current) !== current) current = parent.get(current)!;
    parent.set(key, current);
    return current;
  };
  for (const [a, b] of links) parent.set(root(a), root(b));
  const groups = new Map<string, string[]>();
  for (const key of parent.keys()) groups.set(root(key), [...(groups.get(root(key)) ?? []), key]);
  return [...groups.values()].filter((group) => group.length > 1);
}

/** External ids the file's translations name: its own rows (by id or external id), else cards the network has. */
async function resolveRefs(ctx: RequestContext, network: ImportNetwork, checked: CheckedFile, warnings: RowProblem[]): Promise<{ links: [string, string][]; rowOf: Map<string, number> }> {
  const outside = [...new Set([...checked.translations.values()].flatMap(({ refs }) => refs.map((ref) => ref.id)).filter((id) => !checked.aliases.has(id)))];
  const known = new Set(
    outside.length
      ? (await ctx.em.getConnection().execute<{ external_id: string }[]>('select external_id from case_cards where network_id = ? and external_id in (?)', [network.id, outside])).map((row) => row.external_id)
      : [],
  );
  const links: [string, string][] = [];
  const rowOf = new Map<string, number>();
  for (const [key, { row, refs }] of checked.translations) {
    rowOf.set(key, row);
    for (const ref of refs) {
      const target = checked.aliases.get(ref.id) ?? (known.has(ref.id) ? ref.id : null);
      if (target) links.push([key, target]);
      else warnings.push({ row, field: 'translations', reason: `no card "${ref.id.slice(0, 60)}" in the file or in ${network.slug}: that translation is not linked.` });
    }
  }
  return { links, rowOf };
}

/**
 * Links the imported cards as the file's `translations` column says, after every row is written: each group
 * of translations joins the group one of its cards already has (or a new one). A link the rules refuse (two
 * cards of one language, a card in another group) is a warning on its row; the cards stay imported.
 */
export async function linkImportedTranslations(ctx: RequestContext, network: ImportNetwork, checked: CheckedFile, warnings: RowProblem[]): Promise<{ linked: number; ids: string[] }> {
  if (checked.translations.size === 0) return { linked: 0, ids: [] };
  const { links, rowOf } = await resolveRefs(ctx, network, checked, warnings);
  const components = translationComponents(links);
  if (components.length === 0) return { linked: 0, ids: [] };
  return withAudit(ctx, { network: network.id, action: 'case.import.translations', recordType: 'network', recordId: network.id }, async (tx, audit) => {
    await lockTranslations(tx, network.id);
    let linked = 0;
    const ids = new Set<string>();
    for (const keys of components) {
      const cards = await tx.find(CaseCard, { network: network.id, externalId: { $in: keys } }, { populate: ['network'], refresh: true });
      const anchor = cards.find((card) => card.translationGroup) ?? cards[0];
      const componentRow = keys.map((key) => rowOf.get(key)).find((row) => row !== undefined) ?? 0;
      for (const card of cards) {
        if (!anchor || card === anchor) continue;
        try {
          const joined = await joinTranslationGroup(tx, card, anchor);
          if (joined.length) linked++;
          joined.forEach((id) => ids.add(id));
        } catch (error) {
          if (!(error instanceof TranslationConflict)) throw error;
          warnings.push({ row: rowOf.get(card.externalId ?? '') ?? componentRow, field: 'translations', reason: `${error.message.replace(/^This card/, `"${card.title.slice(0, 60)}"`)} Not linked.` });
        }
      }
    }
    audit.details = { linked, cards: ids.size };
    audit.reindex([...ids]);
    return { linked, ids: [...ids] };
  });
}
