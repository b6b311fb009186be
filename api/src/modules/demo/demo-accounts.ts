import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../accounts/password.js';
import { User } from '../accounts/user.entity.js';
import { Membership, NetworkRole } from '../memberships/membership.entity.js';
import { Network } from '../networks/network.entity.js';

/** Demo accounts exist for trying Casebook at once: never in production, and not when switched off. */
export function demoAccountsEnabled(config: { NODE_ENV: string; DEMO_ACCOUNTS: string }): boolean {
  return config.DEMO_ACCOUNTS === 'auto' && config.NODE_ENV !== 'production';
}

/** The demo accounts of `npm start`: who they are, for every network that exists. Never in production. */
export function demoAccountsFor(networkSlugs: string[]): { email: string; name: string; admin?: boolean; network?: string; role?: NetworkRole }[] {
  return [
    { email: 'admin@example.org', name: 'Demo platform admin', admin: true },
    ...networkSlugs.flatMap((slug) => [
      { email: `coordinator.${slug}@example.org`, name: `Demo coordinator (${slug})`, network: slug, role: NetworkRole.COORDINATOR },
      { email: `editor.${slug}@example.org`, name: `Demo editor (${slug})`, network: slug, role: NetworkRole.EDITOR },
      { email: `member.${slug}@example.org`, name: `Demo member (${slug})`, network: slug, role: NetworkRole.MEMBER },
    ]),
  ];
}

/**
 * Creates the missing demo accounts (verified, exempt from two-factor) with the demo password, and lets each
 * network's demo editor represent every demo city of the network (the cities of its cards and action plans).
 * Returns the emails of every demo account. Callers never run this when NODE_ENV=production.
 */
export async function ensureDemoAccounts(em: EntityManager, password: string): Promise<string[]> {
  const fork = em.fork();
  const networks = await fork.find(Network, {}, { orderBy: { slug: 'asc' } });
  const wanted = demoAccountsFor(networks.map((network) => network.slug));
  const existing = new Set((await fork.find(User, { email: { $in: wanted.map((account) => account.email) } })).map((user) => user.email));
  const passwordHash = await hashPassword(password);
  for (const account of wanted.filter((candidate) => !existing.has(candidate.email))) {
    const user = fork.create(User, { email: account.email, name: account.name, passwordHash, emailVerifiedAt: new Date(), isDemo: true, isPlatformAdmin: !!account.admin });
    const network = networks.find((candidate) => candidate.slug === account.network);
    if (network && account.role) fork.create(Membership, { user, network, role: account.role });
  }
  await fork.flush();
  await representDemoCities(fork, networks);
  return wanted.map((account) => account.email);
}

/** Adds every city of the network's cards and action plans to its demo editor's city scope. */
async function representDemoCities(em: EntityManager, networks: Network[]): Promise<void> {
  const rows: { network_id: string; city_id: string }[] = await em.execute(
    `select c.network_id, cc.city_id from case_cards c join case_card_cities cc on cc.case_card_id = c.id
     union select network_id, city_id from action_plans`,
  );
  for (const network of networks) {
    const membership = await em.findOne(Membership, { network, user: { email: `editor.${network.slug}@example.org` } });
    if (!membership) continue;
    const cities = rows.filter((row) => row.network_id === network.id).map((row) => row.city_id);
    const merged = [...new Set([...membership.cityIds, ...cities])].sort();
    if (merged.length !== membership.cityIds.length) membership.cityIds = merged;
  }
  await em.flush();
}
