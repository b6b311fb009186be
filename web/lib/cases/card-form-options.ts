import { COUNTRIES, LANGUAGES, OGP_VALUES, SDGS, THEMES } from '@casebook/taxonomy';
import type { CardFormOptions } from '../../components/cases/card-form';
import type { Viewer } from '../accounts/viewer';

/**
 * The choices of the card form, from @casebook/taxonomy on the server (the client form receives them as
 * props, so the country list is not bundled into the browser's JavaScript).
 */
export function cardFormOptions(networks: { slug: string; name: string }[]): CardFormOptions {
  return {
    networks: networks.map((network) => ({ value: network.slug, label: network.name })),
    countries: COUNTRIES.map((country) => ({ value: country.code, label: country.name })),
    sdgs: SDGS.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number}. ${sdg.title}`, colour: sdg.colour })),
    themes: THEMES.map((theme) => ({ value: theme.slug, label: theme.title })),
    ogpValues: OGP_VALUES.map((value) => ({ value: value.slug, label: value.title })),
    languages: LANGUAGES.map((language) => ({ value: language.code, label: language.name })),
  };
}

/** The networks where the viewer writes cards: those where they are an editor or a coordinator. */
export function writableNetworks(viewer: Viewer): { slug: string; name: string }[] {
  return viewer.memberships.filter((membership) => membership.role === 'EDITOR' || membership.role === 'COORDINATOR').map((membership) => membership.network);
}
