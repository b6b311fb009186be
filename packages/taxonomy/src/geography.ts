import type { Countries } from 'world-countries';
import { nameIn, type LocalizedNames } from './names.js';
import countriesJson from 'world-countries/countries.json' with { type: 'json' };

const worldCountries = countriesJson as unknown as Countries;

/** UN M49 regions and sub-regions; ISO 3166-1 countries come from the `world-countries` package. */
export const M49_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type M49Region = (typeof M49_REGIONS)[number];

export const M49_SUBREGIONS: Record<M49Region, readonly string[]> = {
  Africa: ['Northern Africa', 'Sub-Saharan Africa'],
  Americas: ['Latin America and the Caribbean', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
};

/** The M49 regions and sub-regions as the UN Statistics Division names them in Spanish and French. */
export const M49_NAMES: Readonly<Record<string, LocalizedNames>> = {
  Africa: { en: 'Africa', es: 'África', fr: 'Afrique' },
  Americas: { en: 'Americas', es: 'Américas', fr: 'Amériques' },
  Asia: { en: 'Asia', es: 'Asia', fr: 'Asie' },
  Europe: { en: 'Europe', es: 'Europa', fr: 'Europe' },
  Oceania: { en: 'Oceania', es: 'Oceanía', fr: 'Océanie' },
  'Northern Africa': { en: 'Northern Africa', es: 'África septentrional', fr: 'Afrique du Nord' },
  'Sub-Saharan Africa': { en: 'Sub-Saharan Africa', es: 'África subsahariana', fr: 'Afrique subsaharienne' },
  'Latin America and the Caribbean': { en: 'Latin America and the Caribbean', es: 'América Latina y el Caribe', fr: 'Amérique latine et Caraïbes' },
  'Northern America': { en: 'Northern America', es: 'América septentrional', fr: 'Amérique septentrionale' },
  'Central Asia': { en: 'Central Asia', es: 'Asia central', fr: 'Asie centrale' },
  'Eastern Asia': { en: 'Eastern Asia', es: 'Asia oriental', fr: 'Asie orientale' },
  'South-eastern Asia': { en: 'South-eastern Asia', es: 'Asia sudoriental', fr: 'Asie du Sud-Est' },
  'Southern Asia': { en: 'Southern Asia', es: 'Asia meridional', fr: 'Asie du Sud' },
  'Western Asia': { en: 'Western Asia', es: 'Asia occidental', fr: 'Asie occidentale' },
  'Eastern Europe': { en: 'Eastern Europe', es: 'Europa oriental', fr: 'Europe orientale' },
  'Northern Europe': { en: 'Northern Europe', es: 'Europa septentrional', fr: 'Europe septentrionale' },
  'Southern Europe': { en: 'Southern Europe', es: 'Europa meridional', fr: 'Europe méridionale' },
  'Western Europe': { en: 'Western Europe', es: 'Europa occidental', fr: 'Europe occidentale' },
  'Australia and New Zealand': { en: 'Australia and New Zealand', es: 'Australia y Nueva Zelandia', fr: 'Australie et Nouvelle-Zélande' },
  Melanesia: { en: 'Melanesia', es: 'Melanesia', fr: 'Mélanésie' },
  Micronesia: { en: 'Micronesia', es: 'Micronesia', fr: 'Micronésie' },
  Polynesia: { en: 'Polynesia', es: 'Polinesia', fr: 'Polynésie' },
};

/** A region's or sub-region's name in `locale`; an unknown name stays as it is. */
export function regionName(region: string, locale: string): string {
  const names = M49_NAMES[region];
  return names ? nameIn(names, locale) : region;
}

export interface Country {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** The English common name (what the API shows). */
  name: string;
  /** The common name in each interface language (world-countries' `spa` and `fra` translations). */
  names: LocalizedNames;
  region: M49Region | null;
  subregion: string | null;
  latitude: number;
  longitude: number;
}

/**
 * world-countries follows the UN geoscheme except in a few places (it has "Central Europe",
 * "Southeast Europe" and puts Mexico in North America); these overrides restore M49.
 */
const M49_OVERRIDES: Record<string, [M49Region, string]> = {
  AT: ['Europe', 'Western Europe'],
  CZ: ['Europe', 'Eastern Europe'],
  HU: ['Europe', 'Eastern Europe'],
  PL: ['Europe', 'Eastern Europe'],
  SK: ['Europe', 'Eastern Europe'],
  SI: ['Europe', 'Southern Europe'],
  BG: ['Europe', 'Eastern Europe'],
  RO: ['Europe', 'Eastern Europe'],
  AL: ['Europe', 'Southern Europe'],
  BA: ['Europe', 'Southern Europe'],
  HR: ['Europe', 'Southern Europe'],
  XK: ['Europe', 'Southern Europe'],
  MK: ['Europe', 'Southern Europe'],
  ME: ['Europe', 'Southern Europe'],
  RS: ['Europe', 'Southern Europe'],
  CY: ['Asia', 'Western Asia'],
  MX: ['Americas', 'Latin America and the Caribbean'],
  UM: ['Oceania', 'Micronesia'],
};

const SUBREGION_RENAMES: Record<string, string> = {
  'South-Eastern Asia': 'South-eastern Asia',
  'North America': 'Northern America',
  Caribbean: 'Latin America and the Caribbean',
  'Central America': 'Latin America and the Caribbean',
  'South America': 'Latin America and the Caribbean',
  'Eastern Africa': 'Sub-Saharan Africa',
  'Middle Africa': 'Sub-Saharan Africa',
  'Southern Africa': 'Sub-Saharan Africa',
  'Western Africa': 'Sub-Saharan Africa',
};

function toM49(code: string, region: string, subregion: string): [M49Region | null, string | null] {
  const override = M49_OVERRIDES[code];
  if (override) return override;
  if (!(M49_REGIONS as readonly string[]).includes(region)) return [null, null];
  const m49Region = region as M49Region;
  const m49Subregion = SUBREGION_RENAMES[subregion] ?? subregion;
  return M49_SUBREGIONS[m49Region].includes(m49Subregion) ? [m49Region, m49Subregion] : [m49Region, null];
}

export const COUNTRIES: readonly Country[] = worldCountries
  .map((country) => {
    const [region, subregion] = toM49(country.cca2, country.region, country.subregion);
    return {
      code: country.cca2,
      name: country.name.common,
      names: { en: country.name.common, es: country.translations.spa.common, fr: country.translations.fra.common },
      region,
      subregion,
      latitude: country.latlng[0] ?? 0,
      longitude: country.latlng[1] ?? 0,
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

const countriesByCode = new Map(COUNTRIES.map((country) => [country.code, country]));

export function countryByCode(code: string): Country | undefined {
  return countriesByCode.get(code.toUpperCase());
}

export function isM49Region(value: string): value is M49Region {
  return (M49_REGIONS as readonly string[]).includes(value);
}
