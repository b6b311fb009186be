import type { SearchDocument } from './search-engine.js';
import { withTranslationText } from './search-document.js';

/** A card's search document carries its translations' titles and summaries, after its own sections. */
const document: SearchDocument = {
  id: 'a', slug: 'mapping-informal-transit', title: 'Mapping informal transit', summary: 'Commuters mapped 2,800 routes.', challenge: 'c',
  sections: ['approach', 'innovation', 'open government', 'lessons'], places: ['Johannesburg'], organisations: [], networkSlug: 'n', networkName: 'N',
  language: 'en', sdgs: [11], regions: ['Africa'], countries: ['ZA'], themes: [], ogpValues: [], cityIds: [], yearStarted: null, publishedAt: new Date(0),
};

it('adds each translation\'s title and summary as a section, leaving the card\'s own fields alone', () => {
  const translations = [
    { id: 'b', translationGroup: 'g', language: 'fr', title: 'Cartographier le transport informel', summary: 'Des usagers ont relevé 2 800 lignes.' },
    { id: 'c', translationGroup: 'g', language: 'es', title: 'Mapear el transporte informal', summary: 'Usuarios mapearon 2.800 rutas.' },
  ];
  const withText = withTranslationText(document, translations);
  expect(withText.sections).toEqual([
    'approach', 'innovation', 'open government', 'lessons',
    'Cartographier le transport informel\nDes usagers ont relevé 2 800 lignes.',
    'Mapear el transporte informal\nUsuarios mapearon 2.800 rutas.',
  ]);
  expect({ ...withText, sections: document.sections }).toEqual(document);
  expect(document.sections).toHaveLength(4);
});

it('leaves a card without translations as it is', () => {
  expect(withTranslationText(document, [])).toBe(document);
});
