import { countryByCode, LANGUAGES, namedSdgByNumber, nameIn, OGP_VALUES, regionName as m49RegionName, THEMES, type NamedSdg } from '@casebook/taxonomy';

/**
 * Display names for the codes and slugs the API returns, in the interface's locale (the taxonomy package
 * holds en, es and fr names). Unknown values fall back to themselves. Pure: client components use it too.
 */

/** The goal with its title in `locale`. */
export function sdgInfo(number: number, locale = 'en'): NamedSdg {
  const sdg = namedSdgByNumber(number);
  if (!sdg) return { number, title: `${number}`, colour: '#555555', names: { en: `${number}`, es: `${number}`, fr: `${number}` } };
  return { ...sdg, title: nameIn(sdg.names, locale) };
}

export function countryName(code: string, locale = 'en'): string {
  const country = countryByCode(code);
  return country ? nameIn(country.names, locale) : code;
}

export function regionName(region: string, locale = 'en'): string {
  return m49RegionName(region, locale);
}

const themeNames = new Map(THEMES.map((theme) => [theme.slug, theme.names]));
const ogpValueNames = new Map(OGP_VALUES.map((value) => [value.slug, value.names]));
const languageNames = new Map(LANGUAGES.map((language) => [language.code, language.names]));

export function themeTitle(slug: string, locale = 'en'): string {
  const names = themeNames.get(slug);
  return names ? nameIn(names, locale) : slug;
}

export function ogpValueTitle(slug: string, locale = 'en'): string {
  const names = ogpValueNames.get(slug);
  return names ? nameIn(names, locale) : slug;
}

export function languageName(code: string, locale = 'en'): string {
  const names = languageNames.get(code);
  return names ? nameIn(names, locale) : code;
}
