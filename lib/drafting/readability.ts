import type { DraftLang } from '../model/evidence';
import { countSyllables } from './syllables';
import { sentences, words } from './text-units';

/** Counts the formulas need. */
export type TextStats = { words: number; sentences: number; syllables: number };

/** Words, sentences and syllables of a text, with the language's syllable rules. */
export function textStats(text: string, lang: DraftLang): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: Math.max(1, sentences(text).length),
    syllables: ws.reduce((sum, w) => sum + countSyllables(w.text, lang), 0),
  };
}

/**
 * Fernández Huerta (1959) lecturabilidad, in its corrected form
 * L = 206.84 − 0.60·P − 1.02·F, with P = syllables per 100 words and F = words per sentence.
 * The form often copied on the web takes F as sentences per 100 words, which makes shorter
 * sentences score harder; Gwillim Law (LINGUIST List 22.2332, 2011) showed the error, and
 * legible.es publishes the corrected equation. See lib/drafting/SOURCES.md.
 */
export function fernandezHuerta(s: TextStats): number {
  if (s.words === 0) return 0;
  return 206.84 - 0.6 * (100 * s.syllables / s.words) - 1.02 * (s.words / s.sentences);
}

/** Szigriszt-Pazos (1993) perspicuidad: 206.835 − 62.3·(syllables/words) − words/sentences. */
export function szigrisztPazos(s: TextStats): number {
  if (s.words === 0) return 0;
  return 206.835 - 62.3 * (s.syllables / s.words) - s.words / s.sentences;
}

/** Flesch (1948) Reading Ease: 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words). */
export function fleschReadingEase(s: TextStats): number {
  if (s.words === 0) return 0;
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

export type Band = { min: number; id: string; label: Record<DraftLang, string> };

const b = (min: number, id: string, es: string, ca: string, en: string): Band => ({ min, id, label: { es, ca, en } });

/** INFLESZ scale for Szigriszt-Pazos (Barrio-Cantalejo et al., 2008), highest band first. */
export const INFLESZ_BANDS: Band[] = [
  b(80, 'very-easy', 'muy fácil', 'molt fàcil', 'very easy'),
  b(65, 'quite-easy', 'bastante fácil', 'força fàcil', 'quite easy'),
  b(55, 'normal', 'normal', 'normal', 'normal'),
  b(40, 'somewhat-difficult', 'algo difícil', 'una mica difícil', 'somewhat difficult'),
  b(-Infinity, 'very-difficult', 'muy difícil', 'molt difícil', 'very difficult'),
];

/** Fernández Huerta's own scale (as published by legible.es), highest band first. */
export const FERNANDEZ_HUERTA_BANDS: Band[] = [
  b(90, 'very-easy', 'muy fácil', 'molt fàcil', 'very easy'),
  b(80, 'easy', 'fácil', 'fàcil', 'easy'),
  b(70, 'fairly-easy', 'algo fácil', 'bastant fàcil', 'fairly easy'),
  b(60, 'normal', 'normal (para adulto)', 'normal (per a adults)', 'normal (adult)'),
  b(50, 'fairly-difficult', 'algo difícil', 'una mica difícil', 'fairly difficult'),
  b(30, 'difficult', 'difícil', 'difícil', 'difficult'),
  b(-Infinity, 'very-difficult', 'muy difícil', 'molt difícil', 'very difficult'),
];

/** Flesch's Reading Ease scale (Flesch 1948), highest band first. */
export const FLESCH_BANDS: Band[] = [
  b(90, 'very-easy', 'muy fácil', 'molt fàcil', 'very easy'),
  b(80, 'easy', 'fácil', 'fàcil', 'easy'),
  b(70, 'fairly-easy', 'bastante fácil', 'bastant fàcil', 'fairly easy'),
  b(60, 'standard', 'estándar', 'estàndard', 'standard'),
  b(50, 'fairly-difficult', 'bastante difícil', 'bastant difícil', 'fairly difficult'),
  b(30, 'difficult', 'difícil', 'difícil', 'difficult'),
  b(-Infinity, 'very-difficult', 'muy difícil', 'molt difícil', 'very confusing'),
];

/** The band a score falls in (a score on a boundary belongs to the upper band). */
export function bandOf(score: number, bands: Band[]): Band {
  return bands.find((band) => score >= band.min) ?? bands[bands.length - 1];
}

export type ReadabilityScore = {
  formula: 'fernandez-huerta' | 'szigriszt-pazos' | 'flesch';
  score: number;
  scale: 'fernandez-huerta' | 'inflesz' | 'flesch';
  band: string;
  bandLabel: string;
};

/**
 * Readability of a text: Fernández Huerta and Szigriszt-Pazos/INFLESZ for Spanish and Catalan
 * (Catalan is an approximation: no formula has been validated for it), Flesch for English.
 */
export function readability(text: string, lang: DraftLang, uiLang: DraftLang = lang): { stats: TextStats; scores: ReadabilityScore[] } {
  const stats = textStats(text, lang);
  const round = (n: number) => Math.round(n * 10) / 10;
  const make = (formula: ReadabilityScore['formula'], scale: ReadabilityScore['scale'], score: number, bands: Band[]): ReadabilityScore => {
    const band = bandOf(score, bands);
    return { formula, scale, score: round(score), band: band.id, bandLabel: band.label[uiLang] };
  };
  // No words, no score: an empty draft is not "very difficult".
  if (stats.words === 0) return { stats, scores: [] };
  if (lang === 'en') return { stats, scores: [make('flesch', 'flesch', fleschReadingEase(stats), FLESCH_BANDS)] };
  return {
    stats,
    scores: [
      make('fernandez-huerta', 'fernandez-huerta', fernandezHuerta(stats), FERNANDEZ_HUERTA_BANDS),
      make('szigriszt-pazos', 'inflesz', szigrisztPazos(stats), INFLESZ_BANDS),
    ],
  };
}
