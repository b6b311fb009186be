import { countryByCode } from '@casebook/taxonomy';
import type { CaseCard } from '../cases/case.entity.js';
import type { SearchDocument } from './search-engine.js';

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/** What the engines index for a card; the card must have its network and cities loaded. */
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
    yearStarted: card.yearStarted,
    publishedAt: card.publishedAt ?? card.updatedAt,
  };
}
