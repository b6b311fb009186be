/** Themes practitioners filter on. Slugs are stored on cards; titles are shown. */
export interface Theme {
  slug: string;
  title: string;
}

export const THEMES: readonly Theme[] = [
  { slug: 'climate-action', title: 'Climate action' },
  { slug: 'future-of-work', title: 'Future of work' },
  { slug: 'social-inclusion', title: 'Social inclusion' },
  { slug: 'city-to-city-cooperation', title: 'City-to-city cooperation' },
  { slug: 'open-data', title: 'Open data' },
  { slug: 'participation', title: 'Participation and co-creation' },
  { slug: 'transparency-integrity', title: 'Transparency and integrity' },
  { slug: 'digital-government', title: 'Digital government' },
  { slug: 'public-spending', title: 'Budgets and public spending' },
  { slug: 'urban-planning', title: 'Urban planning' },
  { slug: 'environment-health', title: 'Environment and health' },
  { slug: 'gender-equality', title: 'Gender equality' },
];

/** The four values of the Open Government Partnership. */
export const OGP_VALUES: readonly Theme[] = [
  { slug: 'access-to-information', title: 'Access to information' },
  { slug: 'civic-participation', title: 'Civic participation' },
  { slug: 'public-accountability', title: 'Public accountability' },
  { slug: 'technology-innovation', title: 'Technology and innovation' },
];

const themeSlugs = new Set(THEMES.map((theme) => theme.slug));
const ogpValueSlugs = new Set(OGP_VALUES.map((value) => value.slug));

export const isThemeSlug = (slug: string): boolean => themeSlugs.has(slug);
export const isOgpValueSlug = (slug: string): boolean => ogpValueSlugs.has(slug);

/** Languages a card can be written in; search stems the first four. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'pt', name: 'Português' },
];

const languageCodes = new Set(LANGUAGES.map((language) => language.code));
export const isLanguageCode = (code: string): boolean => languageCodes.has(code);
