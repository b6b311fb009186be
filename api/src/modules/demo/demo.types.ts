/** Shapes of the demo data that `npm start` loads into an empty database. */
export type DemoNetworkSlug = 'uclg-transparency' | 'ogp-local';

export type DemoThemeSlug =
  | 'climate-action'
  | 'future-of-work'
  | 'social-inclusion'
  | 'city-to-city-cooperation'
  | 'open-data'
  | 'participation'
  | 'transparency-integrity'
  | 'digital-government'
  | 'public-spending'
  | 'urban-planning'
  | 'environment-health'
  | 'gender-equality';

export type DemoOgpValue =
  | 'access-to-information'
  | 'civic-participation'
  | 'public-accountability'
  | 'technology-innovation';

export interface DemoCity {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  latitude: number;
  longitude: number;
}

export interface DemoCase {
  slug: string;
  network: DemoNetworkSlug;
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Markdown sections, following the white paper's card template. */
  challenge: string;
  approach: string;
  innovation: string;
  openGovernment: string;
  lessons: string;
  sdgs: number[];
  themes: DemoThemeSlug[];
  ogpValues: DemoOgpValue[];
  yearStarted: number | null;
  /** The white paper's cases are in English; demo translations in French or Spanish. */
  language: 'en' | 'es' | 'fr';
  cities: DemoCity[];
  /** No personal names or emails from the paper: role and organisation only. */
  contacts: { name: string; role: string; organisation: string }[];
  links: { label: string; url: string }[];
  /** A translation: the slug of the card it translates (they are linked as translations). */
  translationOf?: string;
  /** ISO date; spread them so "newest first" has a stable order. */
  publishedAt: string;
}
