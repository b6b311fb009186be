import {
  COUNTRIES,
  countryByCode,
  isM49Region,
  isSdgNumber,
  LANGUAGES,
  M49_NAMES,
  M49_REGIONS,
  M49_SUBREGIONS,
  NAME_LOCALES,
  nameIn,
  namedSdgByNumber,
  OGP_VALUES,
  regionName,
  SDGS,
  sdgByNumber,
  THEMES,
  type LocalizedNames,
} from './index.js';

describe('SDGs', () => {
  it('has the 17 goals numbered 1 to 17 with hex colours', () => {
    expect(SDGS.map((sdg) => sdg.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const sdg of SDGS) expect(sdg.colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('carries the official colours', () => {
    expect(sdgByNumber(13)).toMatchObject({ number: 13, title: 'Climate Action', colour: '#3F7E44' });
    expect(sdgByNumber(16)?.colour).toBe('#00689D');
  });

  it('accepts only whole numbers from 1 to 17', () => {
    expect(isSdgNumber(1)).toBe(true);
    expect(isSdgNumber(17)).toBe(true);
    for (const bad of [0, 18, -1, 2.5]) expect(isSdgNumber(bad)).toBe(false);
  });
});

describe('themes and OGP values', () => {
  it('has unique slugs', () => {
    const slugs = [...THEMES, ...OGP_VALUES].map((theme) => theme.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('has the four OGP values', () => {
    expect(OGP_VALUES).toHaveLength(4);
  });
});

describe('geography', () => {
  it('places the demo cities in UN M49 regions and sub-regions', () => {
    expect(countryByCode('FR')).toMatchObject({ name: 'France', region: 'Europe', subregion: 'Western Europe' });
    expect(countryByCode('es')).toMatchObject({ region: 'Europe', subregion: 'Southern Europe' });
    expect(countryByCode('KR')).toMatchObject({ region: 'Asia', subregion: 'Eastern Asia' });
    expect(countryByCode('CO')).toMatchObject({ region: 'Americas', subregion: 'Latin America and the Caribbean' });
    expect(countryByCode('AR')).toMatchObject({ region: 'Americas', subregion: 'Latin America and the Caribbean' });
    expect(countryByCode('ZA')).toMatchObject({ region: 'Africa', subregion: 'Sub-Saharan Africa' });
  });

  it('corrects where the ISO data departs from M49', () => {
    expect(countryByCode('MX')?.subregion).toBe('Latin America and the Caribbean');
    expect(countryByCode('US')?.subregion).toBe('Northern America');
    expect(countryByCode('PL')?.subregion).toBe('Eastern Europe');
    expect(countryByCode('DE')?.subregion).toBe('Western Europe');
  });

  it('gives every country in an M49 region a sub-region of that region', () => {
    for (const country of COUNTRIES.filter((c) => c.region)) {
      expect(M49_SUBREGIONS[country.region!]).toContain(country.subregion);
    }
  });

  it('knows about 250 countries and rejects unknown codes and regions', () => {
    expect(COUNTRIES.length).toBeGreaterThan(240);
    expect(countryByCode('XX')).toBeUndefined();
    expect(isM49Region('Europe')).toBe(true);
    expect(isM49Region('Atlantis')).toBe(false);
  });
});

describe('names in the three interface languages', () => {
  const entries: [string, LocalizedNames][] = [
    ...SDGS.map((sdg): [string, LocalizedNames] => [`SDG ${sdg.number}`, sdg.names]),
    ...THEMES.map((theme): [string, LocalizedNames] => [`theme ${theme.slug}`, theme.names]),
    ...OGP_VALUES.map((value): [string, LocalizedNames] => [`OGP value ${value.slug}`, value.names]),
    ...LANGUAGES.map((language): [string, LocalizedNames] => [`language ${language.code}`, language.names]),
    ...COUNTRIES.map((country): [string, LocalizedNames] => [`country ${country.code}`, country.names]),
    ...[...M49_REGIONS, ...Object.values(M49_SUBREGIONS).flat()].map((region): [string, LocalizedNames] => [`region ${region}`, M49_NAMES[region]!]),
  ];

  it('gives every SDG, theme, OGP value, language, country, region and sub-region a non-empty en, es and fr name', () => {
    const incomplete = entries.filter(([, names]) => !names || NAME_LOCALES.some((locale) => typeof names[locale] !== 'string' || !names[locale].trim()));
    expect(incomplete.map(([what]) => what)).toEqual([]);
    expect(entries.length).toBeGreaterThan(300);
  });

  it('keeps the English names the API shows', () => {
    for (const sdg of SDGS) expect(sdg.names.en).toBe(sdg.title);
    for (const country of COUNTRIES) expect(country.names.en).toBe(country.name);
  });

  it('translates the SDGs, themes and regions for real (not English copies)', () => {
    const translated = (names: LocalizedNames) => names.es !== names.en && names.fr !== names.en;
    expect(SDGS.filter((sdg) => !translated(sdg.names)).map((sdg) => sdg.number)).toEqual([]);
    expect(THEMES.filter((theme) => !translated(theme.names)).map((theme) => theme.slug)).toEqual([]);
    expect(namedSdgByNumber(13)?.names).toMatchObject({ es: 'Acción por el clima' });
    expect(countryByCode('DE')?.names).toEqual({ en: 'Germany', es: 'Alemania', fr: 'Allemagne' });
  });

  it('picks a name by locale, falling back to English', () => {
    expect(nameIn(THEMES[0]!.names, 'fr')).toBe('Action climatique');
    expect(nameIn(THEMES[0]!.names, 'de')).toBe('Climate action');
    expect(regionName('Americas', 'es')).toBe('Américas');
    expect(regionName('Atlantis', 'es')).toBe('Atlantis');
  });
});
