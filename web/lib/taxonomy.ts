import { countryByCode, LANGUAGES, OGP_VALUES, sdgByNumber, THEMES, type Sdg } from '@casebook/taxonomy';

/** Display names for the codes and slugs the API returns. Unknown values fall back to themselves. */

export function sdgInfo(number: number): Sdg {
  return sdgByNumber(number) ?? { number, title: `Goal ${number}`, colour: '#555555' };
}

export function countryName(code: string): string {
  return countryByCode(code)?.name ?? code;
}

const themeTitles = new Map(THEMES.map((theme) => [theme.slug, theme.title]));
const ogpValueTitles = new Map(OGP_VALUES.map((value) => [value.slug, value.title]));

export function themeTitle(slug: string): string {
  return themeTitles.get(slug) ?? slug;
}

export function ogpValueTitle(slug: string): string {
  return ogpValueTitles.get(slug) ?? slug;
}

const languageNames = new Map(LANGUAGES.map((language) => [language.code, language.name]));

export function languageName(code: string): string {
  return languageNames.get(code) ?? code;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "15 January 2025" from an ISO date-time; the API stores dates at UTC. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}
