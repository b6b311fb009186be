import { COUNTRIES, LANGUAGES, nameIn, OGP_VALUES, SDGS, THEMES } from '@casebook/taxonomy';
import type { CardFormOptions } from '../../components/cases/card-form';
import type { Viewer } from '../accounts/viewer';

/**
 * The choices of the card form, from @casebook/taxonomy on the server, named in the interface's `locale`
 * (the client form receives them as props, so the country list is not bundled into the browser's
 * JavaScript). Countries are sorted by their name in that language.
 */
export function cardFormOptions(networks: { slug: string; name: string }[], locale = 'en'): CardFormOptions {
  const countries = COUNTRIES.map((country) => ({ value: country.code, label: nameIn(country.names, locale) }));
  return {
    networks: networks.map((network) => ({ value: network.slug, label: network.name })),
    countries: countries.sort((a, b) => a.label.localeCompare(b.label, locale)),
    sdgs: SDGS.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number}. ${nameIn(sdg.names, locale)}`, colour: sdg.colour })),
    themes: THEMES.map((theme) => ({ value: theme.slug, label: nameIn(theme.names, locale) })),
    ogpValues: OGP_VALUES.map((value) => ({ value: value.slug, label: nameIn(value.names, locale) })),
    languages: LANGUAGES.map((language) => ({ value: language.code, label: nameIn(language.names, locale) })),
  };
}

/** The networks where the viewer writes cards: those where they are an editor or a coordinator. */
export function writableNetworks(viewer: Viewer): { slug: string; name: string }[] {
  return viewer.memberships.filter((membership) => membership.role === 'EDITOR' || membership.role === 'COORDINATOR').map((membership) => membership.network);
}
