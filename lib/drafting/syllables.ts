import { syllable as englishSyllables } from 'syllable';
import type { DraftLang } from '../model/evidence';

// Rule-based syllable counters for Spanish and Catalan. They count vowel nuclei, which is what
// the readability formulas need, rather than splitting words (splitting needs the consonant
// rules too and gives the same count).

const ES_STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const ES_VOWEL = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü', 'y']);

function prepare(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** Spanish syllables: diphthongs, triphthongs, hiatus by accent, silent u in que/qui/gue/gui. */
export function countSyllablesEs(input: string): number {
  let w = prepare(input).replace(/[^a-záéíóúüñy]/g, '');
  if (!w) return 0;
  // h never separates vowels in Spanish spelling-syllables (pro-hi-bir, ahu-mar): drop it.
  w = w.replace(/h/g, '');
  // The u of que, qui, gue, gui is silent (güe, güi keep the ü and are vowels).
  w = w.replace(/([qg])u([eéií])/g, '$1$2');
  // y is a consonant before a vowel (yo, ayer) and a vowel otherwise (hoy, muy, y).
  w = w.replace(/y(?=[aeiouáéíóúü])/g, 'ʝ');
  let count = 0;
  let prev: string | null = null;
  for (const ch of w) {
    if (!ES_VOWEL.has(ch)) { prev = null; continue; }
    // A new nucleus starts at the first vowel of a group, and between two strong vowels
    // (a, e, o or an accented i/u): that is hiatus. Weak + anything is a diphthong.
    if (prev === null || (ES_STRONG.has(prev) && ES_STRONG.has(ch))) count++;
    prev = ch;
  }
  return Math.max(1, count);
}

const CA_VOWEL = new Set(['a', 'e', 'i', 'o', 'u', 'à', 'è', 'é', 'í', 'ï', 'ò', 'ó', 'ú', 'ü']);

/**
 * Catalan syllables: falling diphthongs (ai, eu, iu, ou, ui…) are one nucleus; every other
 * vowel pair is hiatus (his-tò-ri-a); i/u between vowels are consonants (no-ia, cre-uen);
 * ï/ü mark hiatus (ve-ï-na) except ü in güe/güi/qüe/qüi; u after q/g before a vowel is a glide
 * or silent (qua-tre, guer-ra); l·l, ny, ig and tx are consonant clusters and need no rule.
 */
export function countSyllablesCa(input: string): number {
  let w = prepare(input).replace(/[\u00b7\u2027\u22c5]/g, '').replace(/[^a-zàèéíïòóúüçñy]/g, '');
  if (!w) return 0;
  // ny is one consonant (mun-ta-nya); any other y (names) reads as i.
  w = w.replace(/ny/g, 'ñ').replace(/y/g, 'i').replace(/h/g, '');
  // u/ü after q or g and before a vowel never carries a syllable of its own.
  w = w.replace(/([qg])[uü](?=[aeioàèéíòóú])/g, '$1');
  const chars = [...w];
  const isV = (i: number) => i >= 0 && i < chars.length && CA_VOWEL.has(chars[i]);
  // Word-initial i/u before a vowel is a consonant (iogurt, hiena).
  const glide: boolean[] = chars.map((c, i) => (c === 'i' || c === 'u') && (
    (isV(i - 1) && isV(i + 1)) || (i === 0 && isV(1))
  ));
  let count = 0;
  for (let i = 0; i < chars.length; i++) {
    if (!isV(i) || glide[i]) continue;
    const c = chars[i];
    const prevNucleus = isV(i - 1) && !glide[i - 1];
    // Unaccented i/u right after a vowel closes a falling diphthong (mai, meu, ciu-tat, cui-na).
    if ((c === 'i' || c === 'u') && prevNucleus) continue;
    count++;
  }
  return Math.max(1, count);
}

/**
 * English syllables, from the `syllable` package (rules plus an exception list), with one
 * correction: a past-tense -ed after a consonant other than t/d is silent (talked, helped),
 * which the package sometimes counts as a syllable. "-red" after a consonant stays (hundred).
 */
export function countSyllablesEn(word: string): number {
  const w = word.toLowerCase();
  if (/[bcfghklmnpsvwxz]ed$/.test(w) || /[aeiou]red$/.test(w)) {
    return Math.max(1, englishSyllables(w.slice(0, -2)) || 1);
  }
  return Math.max(1, englishSyllables(w));
}

const memo = new Map<string, number>();

/** Syllables of one word in the given language (memoised: texts repeat their words). */
export function countSyllables(word: string, lang: DraftLang): number {
  const key = `${lang}:${word}`;
  let n = memo.get(key);
  if (n === undefined) {
    n = lang === 'es' ? countSyllablesEs(word) : lang === 'ca' ? countSyllablesCa(word) : countSyllablesEn(word);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, n);
  }
  return n;
}
