import type { LocalizedNames } from './names.js';

/** Themes practitioners filter on. Slugs are stored on cards; titles (English) and names are shown. */
export interface Theme {
  slug: string;
  /** The English name (what the API shows). */
  title: string;
  names: LocalizedNames;
}

function theme(slug: string, en: string, es: string, fr: string): Theme {
  return { slug, title: en, names: { en, es, fr } };
}

export const THEMES: readonly Theme[] = [
  theme('climate-action', 'Climate action', 'Acción climática', 'Action climatique'),
  theme('future-of-work', 'Future of work', 'Futuro del trabajo', 'Avenir du travail'),
  theme('social-inclusion', 'Social inclusion', 'Inclusión social', 'Inclusion sociale'),
  theme('city-to-city-cooperation', 'City-to-city cooperation', 'Cooperación entre ciudades', 'Coopération entre villes'),
  theme('open-data', 'Open data', 'Datos abiertos', 'Données ouvertes'),
  theme('participation', 'Participation and co-creation', 'Participación y cocreación', 'Participation et co-création'),
  theme('transparency-integrity', 'Transparency and integrity', 'Transparencia e integridad', 'Transparence et intégrité'),
  theme('digital-government', 'Digital government', 'Gobierno digital', 'Administration numérique'),
  theme('public-spending', 'Budgets and public spending', 'Presupuestos y gasto público', 'Budgets et dépenses publiques'),
  theme('urban-planning', 'Urban planning', 'Planificación urbana', 'Urbanisme'),
  theme('environment-health', 'Environment and health', 'Medio ambiente y salud', 'Environnement et santé'),
  theme('gender-equality', 'Gender equality', 'Igualdad de género', 'Égalité femmes-hommes'),
];

/** The four values of the Open Government Partnership, named as OGP names them in each language. */
export const OGP_VALUES: readonly Theme[] = [
  theme('access-to-information', 'Access to information', 'Acceso a la información', 'Accès à l’information'),
  theme('civic-participation', 'Civic participation', 'Participación ciudadana', 'Participation citoyenne'),
  theme('public-accountability', 'Public accountability', 'Rendición de cuentas', 'Redevabilité publique'),
  theme('technology-innovation', 'Technology and innovation', 'Tecnología e innovación', 'Technologie et innovation'),
];

const themeSlugs = new Set(THEMES.map((entry) => entry.slug));
const ogpValueSlugs = new Set(OGP_VALUES.map((value) => value.slug));

export const isThemeSlug = (slug: string): boolean => themeSlugs.has(slug);
export const isOgpValueSlug = (slug: string): boolean => ogpValueSlugs.has(slug);

export interface Language {
  code: string;
  /** The language named in itself ("Español"). */
  name: string;
  /** The language named in each interface language ("Spanish", "Español", "Espagnol"). */
  names: LocalizedNames;
}

/** Languages a card can be written in; search stems the first four. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', names: { en: 'English', es: 'Inglés', fr: 'Anglais' } },
  { code: 'es', name: 'Español', names: { en: 'Spanish', es: 'Español', fr: 'Espagnol' } },
  { code: 'fr', name: 'Français', names: { en: 'French', es: 'Francés', fr: 'Français' } },
  { code: 'pt', name: 'Português', names: { en: 'Portuguese', es: 'Portugués', fr: 'Portugais' } },
];

const languageCodes = new Set(LANGUAGES.map((language) => language.code));
export const isLanguageCode = (code: string): boolean => languageCodes.has(code);
