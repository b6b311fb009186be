/**
 * Deterministic post bodies for the benchmark thread: Markdown of the sizes and shapes a real exchange has
 * (paragraphs, quotes of the previous post, lists, links), so that the page carries realistic HTML.
 */
const SENTENCES = [
  'We tried a similar approach in our city and the hardest part was keeping departments involved after the launch.',
  'Our council published the data every month, which made it easier for civil society to follow up.',
  'Could you share the terms of reference you used for the procurement?',
  'The participation numbers went up once we added in-person sessions in the libraries.',
  'Legal review took longer than expected, mostly because of the data protection assessment.',
  'We are now translating the platform into two more languages for our migrant communities.',
  'A public tracker of proposals and their status helped a lot with trust.',
  'The budget for the second year was cut, so we focused on the neighbourhoods with the lowest turnout.',
];

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function postBody(index: number, random: () => number): string {
  const pick = () => SENTENCES[Math.floor(random() * SENTENCES.length)]!;
  const parts: string[] = [];
  if (index > 0 && random() < 0.3) parts.push(`> ${pick()}`);
  parts.push(Array.from({ length: 2 + Math.floor(random() * 4) }, pick).join(' '));
  if (random() < 0.25) parts.push(`- ${pick()}\n- ${pick()}\n- ${pick()}`);
  if (random() < 0.3) parts.push(`More in [our report](https://example.org/reports/${index}) and at https://data.example.org/sets/${index}.`);
  if (random() < 0.1) parts.push('```\nGET /api/proposals?status=accepted\n```');
  return parts.join('\n\n');
}
