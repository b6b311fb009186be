import { SDGS } from '@casebook/taxonomy';
import { contrastRatio, readableTextOn } from './contrast';

describe('text on SDG colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks black text for the light goals (6, 7, 11) and reaches 4.5:1 on every goal', () => {
    for (const number of [6, 7, 11]) expect(readableTextOn(SDGS[number - 1]!.colour)).toBe('#000000');
    for (const sdg of SDGS) expect(contrastRatio(readableTextOn(sdg.colour), sdg.colour)).toBeGreaterThanOrEqual(4.5);
  });
});
