import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../context.js';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { casePolicy } from '../cases/case.policy.js';
import { Network } from '../networks/network.entity.js';
import { Thread } from '../threads/thread.entity.js';
import { threadPolicy } from '../threads/thread.policy.js';
import { FollowTargetKind } from './notification.enums.js';
import { SavedSearch } from './saved-search.entity.js';
import { savedSearchLinks } from './saved-search.link.js';

/** A followable thing as the viewer may see it: its kind, name and page. */
export interface FollowTarget {
  kind: FollowTargetKind;
  id: string;
  title: string;
  link: string;
}

/**
 * Targets of these ids the viewer may read, by id: threads they may read (members-only ones only while a
 * member), published cards, networks (their spaces' members-only threads notify members only), and the
 * viewer's own saved searches. Others are left out: they do not exist for the viewer.
 */
export async function readableTargets(em: EntityManager, viewer: Viewer, ids: string[]): Promise<Map<string, FollowTarget>> {
  const found = new Map<string, FollowTarget>();
  if (ids.length === 0) return found;
  const [threads, cards, networks, searches] = await Promise.all([
    em.find(Thread, { id: { $in: ids } }, { populate: ['network', 'case'] }),
    em.find(CaseCard, { id: { $in: ids }, status: CaseStatus.PUBLISHED }, { populate: ['network'] }),
    em.find(Network, { id: { $in: ids } }),
    em.find(SavedSearch, { id: { $in: ids }, user: viewer.userId }),
  ]);
  for (const thread of threads) {
    if (threadPolicy.canRead(viewer, thread)) found.set(thread.id, { kind: FollowTargetKind.THREAD, id: thread.id, title: thread.title, link: `/threads/${thread.id}` });
  }
  for (const card of cards) {
    if (casePolicy.canRead(viewer, card)) found.set(card.id, { kind: FollowTargetKind.CASE, id: card.id, title: card.title, link: `/cases/${card.slug}` });
  }
  for (const network of networks) found.set(network.id, { kind: FollowTargetKind.NETWORK_SPACE, id: network.id, title: network.name, link: `/networks/${network.slug}` });
  const links = await savedSearchLinks(em, searches);
  for (const search of searches) found.set(search.id, { kind: FollowTargetKind.SAVED_SEARCH, id: search.id, title: search.name, link: links.get(search.id)! });
  return found;
}
