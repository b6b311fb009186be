/**
 * Deterministic synthetic case cards: mixed languages with real open-government vocabulary whose card shares
 * are banded (common ≈ 20 %, medium ≈ 3 %, a long tail), per-card unique proper nouns (project names,
 * neighbourhoods, partner organisations), a shared Zipf-distributed pool of names, realistic SDG / region /
 * network mixes and white-paper-like section lengths. Inserted with multi-row `insert … select from unnest(…)`.
 */
import { COUNTRIES, OGP_VALUES, THEMES } from '@casebook/taxonomy';
import type pg from 'pg';
import { Rng, WeightedPicker } from './prng.js';
import {
  CODAS,
  LANGUAGE_COUNTRIES,
  LANGUAGE_SHARES,
  NETWORKS,
  NUCLEI,
  ONSETS,
  REGION_SHARES,
  SDG_WEIGHTS,
  VOCABULARIES,
  type LanguageVocabulary,
} from './vocabulary.js';

type Lang = LanguageVocabulary['code'];
const LANGS: Lang[] = ['en', 'es', 'fr', 'pt'];

// ---------------------------------------------------------------- synthetic proper nouns

const SYLLABLES: string[] = [];
for (const onset of ONSETS) for (const nucleus of NUCLEI) for (const coda of CODAS) SYLLABLES.push(onset + nucleus + coda);
const S = SYLLABLES.length; // 880
const SPACE3 = S * S * S;
const SPACE2 = S * S;
const MULT3 = 387_420_489; // 3^18: coprime with 880^3, so idx → idx·MULT mod SPACE is a bijection
const MULT2 = 531_441; // 3^12

/** A distinct 3-syllable word for each index (a bijection scrambles neighbouring indices). */
export function nameWord(index: number): string {
  let x = (index * MULT3 + 12_345_679) % SPACE3;
  const a = x % S;
  x = Math.floor(x / S);
  const b = x % S;
  const c = Math.floor(x / S);
  return SYLLABLES[c]! + SYLLABLES[b]! + SYLLABLES[a]!;
}

function shortNameWord(index: number): string {
  const x = (index * MULT2 + 777) % SPACE2;
  return SYLLABLES[Math.floor(x / S)]! + SYLLABLES[x % S]!;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Index ranges that keep each family of synthetic words apart. */
export const NAME_SPACES = { unique: 0, pool: 20_000_000, lag: 40_000_000 } as const;

// ---------------------------------------------------------------- world: networks, cities

export interface NetworkRow {
  id: string;
  slug: string;
  name: string;
  share: number;
  languages: readonly string[];
}

export interface CityRow {
  id: string;
  name: string;
  country: string;
  region: string | null;
  subregion: string | null;
  latitude: number;
  longitude: number;
  /** the card language this city hosts (en cities host English cards only) */
  lang: Lang;
}

export interface World {
  networks: NetworkRow[];
  cities: CityRow[];
  citiesByLang: Record<Lang, { cities: CityRow[]; picker: WeightedPicker }>;
}

const CITY_PREFIXES: Record<Lang, string[]> = {
  en: ['Port', 'New', 'Mount', 'North', 'East'],
  es: ['San', 'Santa', 'Villa', 'Puerto'],
  fr: ['Saint', 'Sainte', 'Le', 'Pont'],
  pt: ['São', 'Santa', 'Vila', 'Porto'],
};

export function buildWorld(rng: Rng, cityCount = 4000): World {
  const networks: NetworkRow[] = NETWORKS.map((network) => ({ id: rng.uuid(), ...network }));
  const byRegion = new Map<string, typeof COUNTRIES[number][]>();
  for (const country of COUNTRIES) {
    if (!country.region) continue;
    byRegion.set(country.region, [...(byRegion.get(country.region) ?? []), country]);
  }
  // Some countries host far more practices than others.
  const countryWeight = new Map(COUNTRIES.map((country) => [country.code, Math.exp(rng.next() * 3)]));
  const regionNames = Object.keys(REGION_SHARES);
  const regionPicker = new WeightedPicker(regionNames.map((region) => REGION_SHARES[region]!));
  const countryPickers = new Map(
    [...byRegion].map(([region, countries]) => [region, { countries, picker: new WeightedPicker(countries.map((c) => countryWeight.get(c.code)!)) }]),
  );
  const perLang: Record<Lang, number> = { en: 0, es: Math.round(cityCount * 0.16), fr: Math.round(cityCount * 0.11), pt: Math.round(cityCount * 0.06) };
  perLang.en = cityCount - perLang.es - perLang.fr - perLang.pt;

  const languageCountryPickers: Record<string, WeightedPicker> = Object.fromEntries(
    Object.entries(LANGUAGE_COUNTRIES).map(([lang, codes]) => [lang, new WeightedPicker(codes.map((_, i) => 1 / Math.pow(i + 1, 0.8)))]),
  );
  const cities: CityRow[] = [];
  const seen = new Set<string>();
  let nameIndex = 0;
  for (const lang of LANGS) {
    for (let i = 0; i < perLang[lang]; i++) {
      let country;
      if (lang === 'en') {
        const region = regionNames[regionPicker.pick(rng)]!;
        const { countries, picker } = countryPickers.get(region)!;
        country = countries[picker.pick(rng)]!;
      } else {
        // Listed biggest first: Spain, Mexico, Colombia…; France, Belgium…; Brazil, Portugal…
        const codes = LANGUAGE_COUNTRIES[lang]!;
        const code = codes[languageCountryPickers[lang]!.pick(rng)]!;
        country = COUNTRIES.find((c) => c.code === code)!;
      }
      let name: string;
      do {
        const base = capitalise(shortNameWord(nameIndex++));
        name = rng.chance(0.2) ? `${rng.pick(CITY_PREFIXES[lang])} ${base}` : base;
      } while (seen.has(`${name}|${country.code}`));
      seen.add(`${name}|${country.code}`);
      cities.push({
        id: rng.uuid(),
        name,
        country: country.code,
        region: country.region,
        subregion: country.subregion,
        latitude: country.latitude + (rng.next() - 0.5) * 4,
        longitude: country.longitude + (rng.next() - 0.5) * 4,
        lang,
      });
    }
  }
  const citiesByLang = Object.fromEntries(
    LANGS.map((lang) => {
      // English cards may be set anywhere; other languages in their own countries.
      const list = lang === 'en' ? cities : cities.filter((city) => city.lang === lang);
      // A few big cities host many practices: Zipf-like weights over a shuffled order.
      const weights = rng.shuffle(list.map((_, rank) => 1 / Math.pow(rank + 10, 0.8)));
      return [lang, { cities: list, picker: new WeightedPicker(weights) }];
    }),
  ) as World['citiesByLang'];
  return { networks, cities, citiesByLang };
}

// ---------------------------------------------------------------- vocabulary bands

export type Band = 'head' | 'common' | 'medium' | 'tail';

interface BandedWord {
  word: string;
  band: Band;
  /** probability that a card of this language uses the word */
  q: number;
}

interface LanguageModel {
  vocab: LanguageVocabulary;
  words: BandedWord[];
  phrases: { phrase: string; q: number }[];
  stopPicker: WeightedPicker;
  fillPicker: WeightedPicker | null;
}

/** Target overall document frequencies (share of all cards) per band. */
const BAND_DF: Record<Exclude<Band, 'head'>, [number, number]> = { common: [0.14, 0.26], medium: [0.02, 0.042], tail: [0.0004, 0.008] };

function buildLanguageModel(rng: Rng, vocab: LanguageVocabulary): LanguageModel {
  const share = LANGUAGE_SHARES[vocab.code];
  const head = vocab.head.map((word) => ({ word, band: 'head' as Band, q: 0.55 + rng.next() * 0.4 }));
  const rest = rng.shuffle(vocab.words.filter((word) => !vocab.head.includes(word)));
  const canCommon = share * 0.9 >= BAND_DF.common[1];
  const commonCount = canCommon ? Math.round(rest.length * 0.22) : 0;
  const mediumCount = Math.round(rest.length * (canCommon ? 0.36 : 0.4));
  const words = rest.map((word, index) => {
    const band: Band = index < commonCount ? 'common' : index < commonCount + mediumCount ? 'medium' : 'tail';
    const [lo, hi] = BAND_DF[band as Exclude<Band, 'head'>];
    // log-uniform within the band
    const df = Math.exp(Math.log(lo) + rng.next() * (Math.log(hi) - Math.log(lo)));
    return { word, band, q: Math.min(0.9, df / share) };
  });
  const phrases = vocab.phrases.map((phrase) => {
    const df = Math.exp(Math.log(0.002) + rng.next() * (Math.log(0.12) - Math.log(0.002)));
    return { phrase, q: Math.min(0.6, df / share) };
  });
  const stopPicker = new WeightedPicker(vocab.stop.map((_, rank) => 1 / (rank + 1)));
  return { vocab, words: [...head, ...words], phrases, stopPicker, fillPicker: null };
}

// ---------------------------------------------------------------- cards

export interface CardSample {
  id: string;
  slug: string;
  lang: Lang;
  title: string;
  projectWord: string;
  neighbourhoodWord: string;
  orgWord: string;
  cityNames: string[];
  regions: string[];
  sdgs: number[];
  network: string;
}

export interface GenerationStats {
  cards: number;
  cities: number;
  networkCount: number;
  /** per surface word (normalised), how many cards use it, by vocabulary band of its main language */
  wordDf: Map<string, { df: number; band: Band; lang: Lang; surface: string }>;
  phraseDf: Map<string, { df: number; lang: Lang }>;
  samples: CardSample[];
  languages: Record<Lang, number>;
  regions: Record<string, number>;
  sdgs: Record<number, number>;
  networks: Record<string, number>;
  avgWords: Record<string, number>;
  avgDistinctWords: number;
  textBytes: number;
  generateSeconds: number;
  insertSeconds: number;
}

const THEME_WEIGHTS = [6, 2, 5, 3, 7, 9, 9, 7, 5, 4, 3, 3];

interface CardRow {
  id: string;
  slug: string;
  networkId: string;
  title: string;
  summary: string;
  challenge: string;
  approach: string;
  innovation: string;
  openGovernment: string;
  lessons: string;
  sdgs: string;
  themes: string;
  ogpValues: string;
  yearStarted: number;
  language: string;
  contacts: string;
  publishedAt: string;
  cityIds: string[];
}

const ORG_SUFFIX: Record<Lang, string[]> = {
  en: ['Foundation', 'Institute', 'Trust', 'Collective'],
  es: ['Fundación', 'Instituto', 'Colectivo', 'Observatorio'],
  fr: ['Fondation', 'Institut', 'Collectif', 'Observatoire'],
  pt: ['Fundação', 'Instituto', 'Coletivo', 'Observatório'],
};

/** Normalised like the API's query parser: lower-case, unaccented. */
export function normalise(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export class CardGenerator {
  readonly rng: Rng;
  readonly world: World;
  private readonly models: Record<Lang, LanguageModel>;
  private readonly langPicker: WeightedPicker;
  private readonly sdgPicker: WeightedPicker;
  private readonly themePicker = new WeightedPicker(THEME_WEIGHTS);
  private readonly poolPicker: WeightedPicker;
  private readonly networkPickers: Record<Lang, { networks: NetworkRow[]; picker: WeightedPicker }>;
  readonly stats: GenerationStats;
  private readonly dfCounts: Record<Lang, Int32Array>;
  private readonly phraseCounts: Record<Lang, Int32Array>;
  private readonly sampleEvery: number;
  private wordTotals = { title: 0, summary: 0, challenge: 0, approach: 0, innovation: 0, openGovernment: 0, lessons: 0, distinct: 0 };

  constructor(seed: number, readonly total: number, sampleCount = 1200) {
    this.rng = new Rng(seed);
    this.world = buildWorld(this.rng);
    this.models = Object.fromEntries(VOCABULARIES.map((vocab) => [vocab.code, buildLanguageModel(this.rng, vocab)])) as Record<Lang, LanguageModel>;
    for (const model of Object.values(this.models)) model.fillPicker = new WeightedPicker(model.words.map((word) => word.q));
    this.langPicker = new WeightedPicker(LANGS.map((lang) => LANGUAGE_SHARES[lang]));
    const sdgNumbers = Object.keys(SDG_WEIGHTS).map(Number);
    this.sdgPicker = new WeightedPicker(sdgNumbers.map((n) => SDG_WEIGHTS[n]!));
    // A shared pool of organisation / programme / street names, Zipf-distributed over cards.
    const poolSize = Math.max(20_000, Math.round(total / 4));
    const poolWeights = new Float64Array(poolSize);
    for (let r = 0; r < poolSize; r++) poolWeights[r] = 1 / Math.pow(r + 100, 1.05);
    this.poolPicker = new WeightedPicker(poolWeights);
    this.networkPickers = Object.fromEntries(
      LANGS.map((lang) => {
        const networks = this.world.networks.filter((network) => network.languages.includes(lang));
        return [lang, { networks, picker: new WeightedPicker(networks.map((network) => network.share)) }];
      }),
    ) as CardGenerator['networkPickers'];
    this.dfCounts = Object.fromEntries(LANGS.map((lang) => [lang, new Int32Array(this.models[lang].words.length)])) as Record<Lang, Int32Array>;
    this.phraseCounts = Object.fromEntries(LANGS.map((lang) => [lang, new Int32Array(this.models[lang].phrases.length)])) as Record<Lang, Int32Array>;
    this.sampleEvery = Math.max(1, Math.floor(total / sampleCount));
    this.stats = {
      cards: 0,
      cities: this.world.cities.length,
      networkCount: this.world.networks.length,
      wordDf: new Map(),
      phraseDf: new Map(),
      samples: [],
      languages: { en: 0, es: 0, fr: 0, pt: 0 },
      regions: {},
      sdgs: {},
      networks: {},
      avgWords: {},
      avgDistinctWords: 0,
      textBytes: 0,
      generateSeconds: 0,
      insertSeconds: 0,
    };
  }

  private pickDistinct(picker: WeightedPicker, count: number): number[] {
    const chosen = new Set<number>();
    let guard = 0;
    while (chosen.size < count && guard++ < 100) chosen.add(picker.pick(this.rng));
    return [...chosen];
  }

  /** Sentences from content units, with function words between them, capitalised and full-stopped. */
  private sentences(units: string[], model: LanguageModel): string {
    const out: string[] = [];
    let sentence: string[] = [];
    let sentenceLength = this.rng.range(8, 18);
    const stop = model.vocab.stop;
    for (const unit of units) {
      while (this.rng.chance(0.4)) sentence.push(stop[model.stopPicker.pick(this.rng)]!);
      sentence.push(unit);
      if (this.rng.chance(0.015)) sentence.push(this.rng.chance(0.5) ? String(this.rng.range(1990, 2026)) : `${this.rng.range(2, 95)}%`);
      if (sentence.length >= sentenceLength) {
        out.push(capitalise(sentence.join(' ')) + '.');
        sentence = [];
        sentenceLength = this.rng.range(8, 18);
      }
    }
    if (sentence.length) out.push(capitalise(sentence.join(' ')) + '.');
    return out.join(' ');
  }

  next(index: number): CardRow {
    const rng = this.rng;
    const lang = LANGS[this.langPicker.pick(rng)]!;
    const model = this.models[lang];
    const { networks, picker } = this.networkPickers[lang];
    const network = networks[picker.pick(rng)]!;
    const cityPick = this.world.citiesByLang[lang];
    const cityCount = rng.chance(0.22) ? 2 : 1;
    const cities = this.pickDistinct(cityPick.picker, cityCount).map((i) => cityPick.cities[i]!);
    const sdgNumbers = Object.keys(SDG_WEIGHTS).map(Number);
    const sdgCount = [1, 2, 2, 3, 3, 4, 2, 1][rng.int(8)]!;
    const sdgs = this.pickDistinct(this.sdgPicker, sdgCount).map((i) => sdgNumbers[i]!).sort((a, b) => a - b);
    const themes = this.pickDistinct(this.themePicker, rng.range(1, 3)).map((i) => THEMES[i]!.slug);
    const ogpValues = rng.shuffle([...OGP_VALUES]).slice(0, rng.range(1, 3)).map((value) => value.slug);

    const projectWord = nameWord(NAME_SPACES.unique + index * 3);
    const neighbourhoodWord = nameWord(NAME_SPACES.unique + index * 3 + 1);
    const orgWord = nameWord(NAME_SPACES.unique + index * 3 + 2);
    const project = capitalise(projectWord);

    // The card's vocabulary: each word independently, with its language's card share.
    const counts = this.dfCounts[lang];
    const chosen: number[] = [];
    for (let w = 0; w < model.words.length; w++) {
      if (rng.next() < model.words[w]!.q) {
        chosen.push(w);
        counts[w]!++;
      }
    }
    const phrases: string[] = [];
    const phraseCounts = this.phraseCounts[lang];
    model.phrases.forEach((phrase, p) => {
      if (rng.next() < phrase.q) {
        phrases.push(phrase.phrase);
        phraseCounts[p]!++;
      }
    });

    // Section lengths in words, like the white paper's cards.
    const lengths = { summary: rng.range(32, 46), challenge: rng.range(120, 180), approach: rng.range(120, 180), innovation: rng.range(120, 180), openGovernment: rng.range(120, 180), lessons: rng.range(120, 180) };
    const totalWords = Object.values(lengths).reduce((a, b) => a + b, 0);
    const contentTarget = Math.round(totalWords * 0.6);

    const units: string[] = chosen.map((w) => model.words[w]!.word);
    for (const phrase of phrases) for (let k = rng.range(1, 2); k > 0; k--) units.push(phrase);
    for (let k = rng.range(12, 24); k > 0; k--) units.push(capitalise(nameWord(NAME_SPACES.pool + this.poolPicker.pick(rng))));
    const fill = model.fillPicker!;
    const chosenSet = new Set(chosen);
    while (units.length < contentTarget) {
      const w = fill.pick(rng);
      if (chosenSet.has(w)) units.push(model.words[w]!.word);
      else if (chosen.length) units.push(model.words[chosen[rng.int(chosen.length)]!]!.word);
    }
    rng.shuffle(units);

    const cityName = cities[0]!.name;
    const sectionUnits: Record<keyof typeof lengths, string[]> = {} as Record<keyof typeof lengths, string[]>;
    let offset = 0;
    for (const key of Object.keys(lengths) as (keyof typeof lengths)[]) {
      const take = Math.round((lengths[key] / totalWords) * units.length);
      sectionUnits[key] = units.slice(offset, offset + take);
      offset += take;
    }
    const insertAt = (list: string[], unit: string) => list.splice(rng.int(list.length + 1), 0, unit);
    insertAt(sectionUnits.summary, project);
    insertAt(sectionUnits.summary, cityName);
    insertAt(sectionUnits.challenge, capitalise(neighbourhoodWord));
    insertAt(sectionUnits.challenge, cityName);
    insertAt(sectionUnits.approach, capitalise(orgWord));
    insertAt(sectionUnits.lessons, project);
    if (cities[1]) insertAt(sectionUnits.approach, cities[1].name);

    // Title: ~8 words from the card's own vocabulary, the project name and the city.
    const nonHead = chosen.filter((w) => model.words[w]!.band !== 'head');
    const titleWords: string[] = [];
    for (let k = rng.range(3, 4); k > 0 && (nonHead.length || chosen.length); k--) {
      const from = nonHead.length ? nonHead : chosen;
      titleWords.push(model.words[from[rng.int(from.length)]!]!.word);
    }
    if (phrases.length && rng.chance(0.5)) titleWords.push(rng.pick(phrases));
    const title = `${capitalise(titleWords.join(' '))}: ${project} ${model.vocab.inWord} ${cityName}`.slice(0, 200);

    const sections = Object.fromEntries(
      (Object.keys(lengths) as (keyof typeof lengths)[]).map((key) => [key, this.sentences(sectionUnits[key], model)]),
    ) as Record<keyof typeof lengths, string>;

    const id = rng.uuid();
    const slug = `${projectWord}-${index.toString(36)}`;
    const year = rng.range(2008, 2025);
    const published = new Date(Date.UTC(2016, 0, 1) + rng.next() * (Date.UTC(2026, 10, 1) - Date.UTC(2016, 0, 1)));
    const organisation = `${capitalise(orgWord)} ${rng.pick(ORG_SUFFIX[lang])}`;

    // statistics
    const stats = this.stats;
    stats.cards++;
    stats.languages[lang]++;
    stats.networks[network.slug] = (stats.networks[network.slug] ?? 0) + 1;
    for (const sdg of sdgs) stats.sdgs[sdg] = (stats.sdgs[sdg] ?? 0) + 1;
    const regions = [...new Set(cities.map((city) => city.region ?? 'none'))];
    for (const region of regions) stats.regions[region] = (stats.regions[region] ?? 0) + 1;
    const wc = (text: string) => text.split(' ').length;
    this.wordTotals.title += wc(title);
    this.wordTotals.summary += wc(sections.summary);
    this.wordTotals.challenge += wc(sections.challenge);
    this.wordTotals.approach += wc(sections.approach);
    this.wordTotals.innovation += wc(sections.innovation);
    this.wordTotals.openGovernment += wc(sections.openGovernment);
    this.wordTotals.lessons += wc(sections.lessons);
    if (index % 97 === 0) {
      const all = [title, ...Object.values(sections)].join(' ');
      this.wordTotals.distinct += new Set(normalise(all).split(/[^\p{L}\p{N}]+/u).filter(Boolean)).size * 97;
    }
    stats.textBytes += title.length + Object.values(sections).reduce((sum, text) => sum + text.length, 0);
    if (index % this.sampleEvery === 0) {
      stats.samples.push({ id, slug, lang, title, projectWord, neighbourhoodWord, orgWord, cityNames: cities.map((city) => city.name), regions, sdgs, network: network.slug });
    }

    return {
      id,
      slug,
      networkId: network.id,
      title,
      summary: sections.summary,
      challenge: sections.challenge,
      approach: sections.approach,
      innovation: sections.innovation,
      openGovernment: sections.openGovernment,
      lessons: sections.lessons,
      sdgs: `{${sdgs.join(',')}}`,
      themes: `{${themes.join(',')}}`,
      ogpValues: `{${ogpValues.join(',')}}`,
      yearStarted: year,
      language: lang,
      contacts: JSON.stringify([{ name: 'Programme coordinator', role: 'Coordinator', organisation, email: null }]),
      publishedAt: published.toISOString(),
      cityIds: cities.map((city) => city.id),
    };
  }

  /** Folds the per-language counters into per-word document frequencies (languages are disjoint per card). */
  finish(): GenerationStats {
    const { stats } = this;
    for (const lang of LANGS) {
      const model = this.models[lang];
      model.words.forEach((word, w) => {
        const key = normalise(word.word);
        const entry = stats.wordDf.get(key);
        if (entry) {
          entry.df += this.dfCounts[lang][w]!;
        } else {
          stats.wordDf.set(key, { df: this.dfCounts[lang][w]!, band: word.band, lang, surface: word.word });
        }
      });
      model.phrases.forEach((phrase, p) => stats.phraseDf.set(phrase.phrase, { df: this.phraseCounts[lang][p]!, lang }));
    }
    const n = Math.max(stats.cards, 1);
    stats.avgWords = Object.fromEntries(
      Object.entries(this.wordTotals).filter(([key]) => key !== 'distinct').map(([key, value]) => [key, Math.round(value / n)]),
    );
    stats.avgDistinctWords = Math.round(this.wordTotals.distinct / n);
    return stats;
  }
}

// ---------------------------------------------------------------- insertion

const INSERT_CARDS = `
insert into case_cards (id, slug, network_id, title, summary, challenge, approach, innovation, open_government, lessons,
  sdgs, themes, ogp_values, year_started, language, contacts, links, status, published_at, created_at, updated_at)
select id, slug, network_id, title, summary, challenge, approach, innovation, open_government, lessons,
  sdgs::smallint[], themes::text[], ogp_values::text[], year_started, language, contacts::jsonb, '[]'::jsonb,
  'PUBLISHED', published_at, published_at, published_at
  from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
              $10::text[], $11::text[], $12::text[], $13::text[], $14::int[], $15::text[], $16::text[], $17::timestamptz[])
    as t(id, slug, network_id, title, summary, challenge, approach, innovation, open_government, lessons, sdgs, themes,
         ogp_values, year_started, language, contacts, published_at)`;

const INSERT_CARD_CITIES = `insert into case_card_cities (case_card_id, city_id) select * from unnest($1::uuid[], $2::uuid[])`;

async function insertBatch(client: pg.PoolClient, rows: CardRow[]): Promise<void> {
  const col = <K extends keyof CardRow>(key: K) => rows.map((row) => row[key]);
  await client.query('begin');
  await client.query(INSERT_CARDS, [
    col('id'), col('slug'), col('networkId'), col('title'), col('summary'), col('challenge'), col('approach'), col('innovation'),
    col('openGovernment'), col('lessons'), col('sdgs'), col('themes'), col('ogpValues'), col('yearStarted'), col('language'),
    col('contacts'), col('publishedAt'),
  ]);
  const cardIds: string[] = [];
  const cityIds: string[] = [];
  for (const row of rows) for (const cityId of row.cityIds) { cardIds.push(row.id); cityIds.push(cityId); }
  await client.query(INSERT_CARD_CITIES, [cardIds, cityIds]);
  await client.query('commit');
}

export async function insertWorld(pool: pg.Pool, world: World): Promise<void> {
  const n = world.networks;
  await pool.query(
    `insert into networks (id, slug, name, description, languages)
     select id, slug, name, 'Synthetic benchmark network', string_to_array(languages, ',') from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as t(id, slug, name, languages)`,
    [n.map((x) => x.id), n.map((x) => x.slug), n.map((x) => x.name), n.map((x) => x.languages.join(','))],
  );
  const c = world.cities;
  await pool.query(
    `insert into cities (id, name, country, region, subregion, latitude, longitude)
     select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[])`,
    [c.map((x) => x.id), c.map((x) => x.name), c.map((x) => x.country), c.map((x) => x.region), c.map((x) => x.subregion), c.map((x) => x.latitude), c.map((x) => x.longitude)],
  );
}

/**
 * Generates and inserts `total` cards; generation of the next batch overlaps the insertion of the previous
 * one (two cores: one for Node, one for PostgreSQL).
 */
export async function generateAndInsert(
  pool: pg.Pool,
  generator: CardGenerator,
  onProgress: (done: number) => void,
  batchSize = 1000,
): Promise<GenerationStats> {
  await insertWorld(pool, generator.world);
  const client = await pool.connect();
  let generateMs = 0;
  let pending: Promise<void> | null = null;
  let insertMs = 0;
  try {
    for (let start = 0; start < generator.total; start += batchSize) {
      const started = performance.now();
      const rows: CardRow[] = [];
      let sliceStarted = started;
      for (let i = start; i < Math.min(generator.total, start + batchSize); i++) {
        rows.push(generator.next(i));
        if (i % 25 === 24) {
          // Yield so that the previous batch's insert can stream to PostgreSQL meanwhile.
          generateMs += performance.now() - sliceStarted;
          await new Promise((resolve) => setImmediate(resolve));
          sliceStarted = performance.now();
        }
      }
      generateMs += performance.now() - sliceStarted;
      if (pending) await pending;
      const insertStarted = performance.now();
      pending = insertBatch(client, rows).then(() => {
        insertMs += performance.now() - insertStarted;
        onProgress(start + rows.length);
      });
    }
    if (pending) await pending;
  } finally {
    client.release();
  }
  const stats = generator.finish();
  stats.generateSeconds = generateMs / 1000;
  stats.insertSeconds = insertMs / 1000;
  return stats;
}
