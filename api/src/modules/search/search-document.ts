import { countryByCode } from '@casebook/taxonomy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseCard, CaseStatus } from '../cases/case.entity.js';
import type { SearchDocument } from './search-engine.js';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** What a card's document takes from each of its translations. */
export type TranslationText = Pick<CaseCard, 'id' | 'translationGroup' | 'language' | 'title' | 'summary'>;

/**
 * What the engines index for a card on its own; the card must have its network and cities loaded. The
 * indexer uses `toSearchDocuments`, which adds the card's translations.
 */
export function toSearchDocument(card: CaseCard): SearchDocument {
  const cities = card.cities.getItems();
  const countries = unique(cities.map((city) => city.country));
  return {
    id: card.id,
    slug: card.slug,
    title: card.title,
    summary: card.summary,
    challenge: card.challenge,
    sections: [card.approach, card.innovation, card.openGovernment, card.lessons],
    places: unique([
      ...cities.map((city) => city.name),
      ...countries.map((code) => countryByCode(code)?.name ?? code),
      ...cities.map((city) => city.region).filter((region): region is string => !!region),
    ]),
    organisations: unique(card.contacts.map((contact) => contact.organisation).filter((name): name is string => !!name)),
    networkSlug: card.network.slug,
    networkName: card.network.name,
    language: card.language,
    sdgs: [...card.sdgs],
    regions: unique(cities.map((city) => city.region).filter((region): region is string => !!region)),
    countries,
    themes: [...card.themes],
    ogpValues: [...card.ogpValues],
    cityIds: cities.map((city) => city.id),
    yearStarted: card.yearStarted,
    publishedAt: card.publishedAt ?? card.updatedAt,
  };
}

/** Each card's published translations (other cards of its translation group), in one query. */
export async function publishedTranslationsOf(em: EntityManager, cards: readonly CaseCard[]): Promise<Map<string, TranslationText[]>> {
  const groups = unique(cards.map((card) => card.translationGroup).filter((group): group is string => !!group));
  const members = groups.length
    ? await em.find(CaseCard, { translationGroup: { $in: groups }, status: CaseStatus.PUBLISHED }, { fields: ['id', 'translationGroup', 'language', 'title', 'summary'], orderBy: { language: 'asc' } })
    : [];
  return new Map(cards.map((card) => [card.id, members.filter((member) => member.translationGroup === card.translationGroup && member.id !== card.id)]));
}

/**
 * A card's document with its translations' titles and summaries added to the sections: a lower weight than
 * the card's own title and summary, so that a query in another language finds the card when its
 * translation matches, below the translation itself.
 */
export function withTranslationText(document: SearchDocument, translations: readonly TranslationText[]): SearchDocument {
  if (translations.length === 0) return document;
  return { ...document, sections: [...document.sections, ...translations.map((translation) => `${translation.title}\n${translation.summary}`)] };
}

/** The search documents of cards (network and cities loaded), each with its published translations' text. */
export async function toSearchDocuments(em: EntityManager, cards: readonly CaseCard[]): Promise<SearchDocument[]> {
  const translations = await publishedTranslationsOf(em, cards);
  return cards.map((card) => withTranslationText(toSearchDocument(card), translations.get(card.id) ?? []));
}

/**
 * What indexing must write after these cards changed: those of them that are published, and the published
 * translations of any of them (a card's document carries its translations' text, so when one card of a
 * group changes, is published or archived, the others are indexed again too). Network and cities loaded.
 */
export async function cardsToIndex(em: EntityManager, changedIds: readonly string[]): Promise<CaseCard[]> {
  const changed = await em.find(CaseCard, { id: { $in: [...changedIds] } }, { populate: ['network', 'cities'] });
  const groups = unique(changed.map((card) => card.translationGroup).filter((group): group is string => !!group));
  const siblings = groups.length
    ? await em.find(CaseCard, { translationGroup: { $in: groups }, id: { $nin: [...changedIds] }, status: CaseStatus.PUBLISHED }, { populate: ['network', 'cities'] })
    : [];
  return [...changed.filter((card) => card.status === CaseStatus.PUBLISHED), ...siblings];
}
