import { COUNTRIES, countryByCode, isM49Region, isSdgNumber, M49_SUBREGIONS, OGP_VALUES, SDGS, sdgByNumber, THEMES } from './index.js';

describe('SDGs', () => {
  it('has the 17 goals numbered 1 to 17 with hex colours', () => {
    expect(SDGS.map((sdg) => sdg.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const sdg of SDGS) expect(sdg.colour).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('carries the official colours', () => {
    expect(sdgByNumber(13)).toEqual({ number: 13, title: 'Climate Action', colour: '#3F7E44' });
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
