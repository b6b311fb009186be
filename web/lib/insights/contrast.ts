/**
 * Text colour on a coloured background (the SDG colours): white where it reaches the WCAG AA ratio for
 * normal text (4.5:1), else black. SDGs 6, 7 and 11, for instance, are too light for white; SDG 5's red
 * needs pure black (the page's dark grey reaches only 4.4:1 on it).
 */
const BLACK = '#000000';
const WHITE = '#ffffff';
const AA_NORMAL_TEXT = 4.5;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of `#rrggbb` (WCAG 2). */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export function readableTextOn(background: string): string {
  return contrastRatio(WHITE, background) >= AA_NORMAL_TEXT ? WHITE : BLACK;
}

/**
 * Inline style for text on an SDG colour: its readable colour, and no dark halo under black text (the
 * stylesheet's text-shadow only helps white text).
 */
export function textOnColour(background: string): { color: string; textShadow?: string } {
  const color = readableTextOn(background);
  return color === BLACK ? { color, textShadow: 'none' } : { color };
}
