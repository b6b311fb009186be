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
 * Creates the missing demo accounts (verified, exempt from two-factor) with the demo password.
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
  return wanted.map((account) => account.email);
}
