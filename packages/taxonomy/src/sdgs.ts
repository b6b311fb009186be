import type { LocalizedNames } from './names.js';

/** A UN Sustainable Development Goal with its official colour. */
export interface Sdg {
  number: number;
  /** The English name (what the API shows). */
  title: string;
  colour: string;
}

/** A goal with its UN names in each interface language. */
export interface NamedSdg extends Sdg {
  names: LocalizedNames;
}

/** The 17 goals with their official colours and their UN names in en, es and fr. */
export const SDGS: readonly NamedSdg[] = [
  { number: 1, title: 'No Poverty', colour: '#E5243B', names: { en: 'No Poverty', es: 'Fin de la pobreza', fr: 'Pas de pauvreté' } },
  { number: 2, title: 'Zero Hunger', colour: '#DDA63A', names: { en: 'Zero Hunger', es: 'Hambre cero', fr: 'Faim « zéro »' } },
  { number: 3, title: 'Good Health and Well-being', colour: '#4C9F38', names: { en: 'Good Health and Well-being', es: 'Salud y bienestar', fr: 'Bonne santé et bien-être' } },
  { number: 4, title: 'Quality Education', colour: '#C5192D', names: { en: 'Quality Education', es: 'Educación de calidad', fr: 'Éducation de qualité' } },
  { number: 5, title: 'Gender Equality', colour: '#FF3A21', names: { en: 'Gender Equality', es: 'Igualdad de género', fr: 'Égalité entre les sexes' } },
  { number: 6, title: 'Clean Water and Sanitation', colour: '#26BDE2', names: { en: 'Clean Water and Sanitation', es: 'Agua limpia y saneamiento', fr: 'Eau propre et assainissement' } },
  { number: 7, title: 'Affordable and Clean Energy', colour: '#FCC30B', names: { en: 'Affordable and Clean Energy', es: 'Energía asequible y no contaminante', fr: 'Énergie propre et d’un coût abordable' } },
  { number: 8, title: 'Decent Work and Economic Growth', colour: '#A21942', names: { en: 'Decent Work and Economic Growth', es: 'Trabajo decente y crecimiento económico', fr: 'Travail décent et croissance économique' } },
  { number: 9, title: 'Industry, Innovation and Infrastructure', colour: '#FD6925', names: { en: 'Industry, Innovation and Infrastructure', es: 'Industria, innovación e infraestructura', fr: 'Industrie, innovation et infrastructure' } },
  { number: 10, title: 'Reduced Inequalities', colour: '#DD1367', names: { en: 'Reduced Inequalities', es: 'Reducción de las desigualdades', fr: 'Inégalités réduites' } },
  { number: 11, title: 'Sustainable Cities and Communities', colour: '#FD9D24', names: { en: 'Sustainable Cities and Communities', es: 'Ciudades y comunidades sostenibles', fr: 'Villes et communautés durables' } },
  { number: 12, title: 'Responsible Consumption and Production', colour: '#BF8B2E', names: { en: 'Responsible Consumption and Production', es: 'Producción y consumo responsables', fr: 'Consommation et production responsables' } },
  { number: 13, title: 'Climate Action', colour: '#3F7E44', names: { en: 'Climate Action', es: 'Acción por el clima', fr: 'Mesures relatives à la lutte contre les changements climatiques' } },
  { number: 14, title: 'Life Below Water', colour: '#0A97D9', names: { en: 'Life Below Water', es: 'Vida submarina', fr: 'Vie aquatique' } },
  { number: 15, title: 'Life on Land', colour: '#56C02B', names: { en: 'Life on Land', es: 'Vida de ecosistemas terrestres', fr: 'Vie terrestre' } },
  { number: 16, title: 'Peace, Justice and Strong Institutions', colour: '#00689D', names: { en: 'Peace, Justice and Strong Institutions', es: 'Paz, justicia e instituciones sólidas', fr: 'Paix, justice et institutions efficaces' } },
  { number: 17, title: 'Partnerships for the Goals', colour: '#19486A', names: { en: 'Partnerships for the Goals', es: 'Alianzas para lograr los objetivos', fr: 'Partenariats pour la réalisation des objectifs' } },
];

export function isSdgNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= SDGS.length;
}

export function sdgByNumber(value: number): Sdg | undefined {
  return SDGS[value - 1];
}

/** The goal with its names in each interface language. */
export function namedSdgByNumber(value: number): NamedSdg | undefined {
  return SDGS[value - 1];
}
