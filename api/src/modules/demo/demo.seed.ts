import { countryByCode } from '@casebook/taxonomy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import { City } from '../cities/city.entity.js';
import { Network } from '../networks/network.entity.js';
import { demoCases, demoNetworks } from './demo-cases.js';
import { demoTranslations } from './demo-translations.js';
import { seedDemoCommitments } from './demo-commitments.seed.js';
import { seedDemoThreads } from '../threads/demo-threads.seed.js';
import type { SearchIndexQueue } from '../search/search-index.queue.js';
import type { DemoCity } from './demo.types.js';

export type SeedOutcome = { seeded: true; networks: number; cases: number; commitments: number } | { seeded: false; reason: string };

/** Loads the demo networks, cases and commitments, but only into an empty database: never over real data. */
export async function seedDemoDataIfEmpty(em: EntityManager, searchQueue: SearchIndexQueue): Promise<SeedOutcome> {
  return em.fork().transactional(async (tx) => {
    // Serialises concurrent starts against one database.
    await tx.getConnection().execute('select pg_advisory_xact_lock(4242001)');
    const [networks, cases] = await Promise.all([tx.count(Network), tx.count(CaseCard)]);
    if (networks + cases > 0) return { seeded: false, reason: `database already has ${networks} networks and ${cases} cases` };

    const networksBySlug = new Map(demoNetworks.map((data) => [data.slug, tx.create(Network, { ...data })]));
    const cityCache = new Map<string, City>();
    const cityFor = (data: DemoCity): City => {
      const key = `${data.name}|${data.country}`;
      let city = cityCache.get(key);
      if (!city) {
        const country = countryByCode(data.country);
        city = tx.create(City, { ...data, region: country?.region ?? null, subregion: country?.subregion ?? null });
        cityCache.set(key, city);
      }
      return city;
    };

    const cards: CaseCard[] = [];
    for (const { translationOf: _original, ...data } of [...demoCases, ...demoTranslations]) {
      const card = tx.create(CaseCard, {
        ...data,
        network: networksBySlug.get(data.network)!,
        cities: [],
        contacts: data.contacts.map((contact) => ({ ...contact, email: null })),
        status: CaseStatus.PUBLISHED,
        publishedAt: new Date(data.publishedAt),
      });
      card.cities.set(data.cities.map(cityFor));
      cards.push(card);
    }
    linkDemoTranslations(cards);
    const commitments = seedDemoCommitments(tx, {
      networks: networksBySlug,
      city: (name, country) => cityCache.get(`${name}|${country}`) ?? failMissing(`${name}, ${country}`),
      cards: new Map(cards.map((card) => [card.slug, card])),
    });
    seedDemoThreads(tx, { networks: networksBySlug, cards });
    await tx.flush();
    await searchQueue.enqueueInTransaction(tx, cards.map((card) => card.id));
    return { seeded: true, networks: demoNetworks.length, cases: cards.length, commitments };
  });
}

/** Each demo translation and its original share a translation group. */
function linkDemoTranslations(cards: CaseCard[]): void {
  const bySlug = new Map(cards.map((card) => [card.slug, card]));
  for (const translation of demoTranslations) {
    const original = bySlug.get(translation.translationOf) ?? failMissing(`the original of ${translation.slug}`);
    original.translationGroup ??= randomUUID();
    bySlug.get(translation.slug)!.translationGroup = original.translationGroup;
  }
}

function failMissing(city: string): never {
  throw new Error(`demo plans name ${city}, which no demo case has`);
}
