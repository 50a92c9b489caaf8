import type { Lang } from '../../model/taxonomy';
import { HashTable } from './hash-table';
import { CONTRAST_WORD, INTENSIFIER, MODIFIERS, NEGATOR } from './negation';
import * as T from './tokenize';
import type { Tokens } from './tokenize';

// Local copies: hot loops should not go through module bindings (transpilers make them getters).
const { EMOJI, EMOTICON_NEG, EMOTICON_POS, FLAG_CAPS, FLAG_ELONGATED, FLAG_HASHTAG, PUNCT, WORD } = T;

/** Sparse feature vector: hashed bucket indexes and values in reusable buffers; `n` are used. */
export interface FeatureVector {
  idx: Int32Array;
  val: Float64Array;
  n: number;
  /**
   * Where the post's shared cues start (bias, lexicon valence, emoji, punctuation, caps, length):
   * the features before it are the view's own (words and pairs, or char 4-grams).
   */
  cues: number;
}

/** Most features one post can produce; the rest of a very long text is ignored. */
export const MAX_FEATURES = 4096;

/** Allocates a reusable feature buffer. */
export function newFeatureVector(): FeatureVector {
  return { idx: new Int32Array(MAX_FEATURES), val: new Float64Array(MAX_FEATURES), n: 0, cues: 0 };
}

/** Mixes two hashes (murmur-style finaliser) so derived features spread over the table. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const { fnv, FNV_OFFSET, FNV_PRIME } = T;
// Salts for the feature families. Shared families let languages learn from each other
// (emoji, cognates, lexicon scores); per-language families keep what is particular.
const S_WORD = fnv('w');
const S_NEGWORD = fnv('n');
const S_BIGRAM = fnv('b');
const S_EMOJI = fnv('e');
const S_MISC = fnv('x');
const S_CHAR = fnv('c');
const LANG_SALT: Record<Lang, number> = {
  es: fnv('es'), ca: fnv('ca'), en: fnv('en'), pt: fnv('pt'), fr: fnv('fr'), it: fnv('it'), de: fnv('de'), und: fnv('und'),
};
const H_BIAS = fnv('bias');
const H_LEX_POS = fnv('lex+');
const H_LEX_NEG = fnv('lex-');
const H_LEX_POS_N = fnv('lex+n');
const H_LEX_NEG_N = fnv('lex-n');
const H_EMO_POS = fnv('emo+');
const H_EMO_NEG = fnv('emo-');
const H_EXCL = fnv('!');
const H_QUEST = fnv('?');
const H_ELONG = fnv('elong');
const H_CAPS = fnv('caps');
const H_NEGATED = fnv('negated');
const H_NO_LEX = fnv('nolex');
const H_LEN = fnv('len');
const H_START = fnv('<s>');
const H_EXCL_TOKEN = fnv('!');
const H_LAUGH = fnv('laugh');
const H_AFTER_POS = fnv('after+');
const H_AFTER_NEG = fnv('after-');
const H_STEM_POS = fnv('lex2+');
const H_STEM_NEG = fnv('lex2-');
const S_STEM = fnv('l2b');

/** Word valence (AFINN scale, −5…5) by token hash, for one language. */
export type Lexicon = HashTable;

const ACCENTS: Record<string, string> = {
  á: 'a', à: 'a', â: 'a', ã: 'a', ä: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ì: 'i', î: 'i', ï: 'i',
  ó: 'o', ò: 'o', ô: 'o', õ: 'o', ö: 'o', ú: 'u', ù: 'u', û: 'u', ü: 'u', ç: 'c', ñ: 'n',
};

/**
 * Builds a lexicon table from word → valence, adding each word's unaccented spelling when it is
 * free: posts often drop accents ("fantastico", "pesimo").
 */
export function lexiconTable(words: Record<string, number>): Lexicon {
  const entries = new Map(Object.entries(words));
  for (const [w, v] of Object.entries(words)) {
    // Short words collide once unaccented ("déu" god → "deu" ten, "más" → "mas").
    if (w.length < 5) continue;
    const plain = w.replace(/[áàâãäéèêëíìîïóòôõöúùûüçñ]/g, (ch) => ACCENTS[ch]);
    if (!entries.has(plain)) entries.set(plain, v);
  }
  return new HashTable(entries);
}

/** Laughter ("jajaja", "hahaha", "kkkk", "rsrsrs"): letters from a small set, mostly h/j/k. */
function isLaugh(low: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  let core = 0;
  for (let k = start; k < end; k++) {
    const c = low.charCodeAt(k);
    // h j k count as laughter; a e i o r s are the vowels and "rs" between them.
    if (c === 104 || c === 106 || c === 107) core++;
    else if (c !== 97 && c !== 101 && c !== 105 && c !== 111 && c !== 114 && c !== 115) return false;
  }
  return core * 3 >= end - start;
}

/** Char 4-grams of a word padded with spaces: morphology for words never seen in training. */
function addCharNgrams(low: string, start: number, end: number, out: FeatureVector, mask: number): void {
  const n = end - start;
  if (n < 3 || out.n > MAX_FEATURES - n - 8) return;
  // Rolling window of four char codes, space-padded at both ends.
  let a = 32;
  let b = 32;
  let c = low.charCodeAt(start);
  for (let i = 1; i <= n + 1; i++) {
    const d = i < n ? low.charCodeAt(start + i) : 32;
    if (i > 1 || n < 4) {
      let h = Math.imul(a ^ S_CHAR, 0x01000193) ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b) ^ Math.imul(d, 0xc2b2ae35);
      h ^= h >>> 15;
      // Shared across languages: cross-validation preferred it to per-language copies.
      out.idx[out.n] = Math.imul(h, 0x2c1b3c6d) & mask;
      out.val[out.n++] = 1;
    }
    a = b;
    b = c;
    c = d;
    if (i === n) break;
  }
}

function add(out: FeatureVector, mask: number, h: number, v: number): void {
  out.idx[out.n] = h & mask;
  out.val[out.n++] = v;
}

/** Adds a feature twice: shared by all languages and specific to `ls`. */
function addBoth(out: FeatureVector, mask: number, ls: number, h: number, v: number): void {
  out.idx[out.n] = h & mask;
  out.val[out.n++] = v;
  out.idx[out.n] = mix(h, ls) & mask;
  out.val[out.n++] = v;
}

/** Copies the features `from[start…]` to the end of `to` (the features both views share). */
function appendTail(from: FeatureVector, start: number, to: FeatureVector): void {
  for (let k = start; k < from.n && to.n < MAX_FEATURES; k++) {
    to.idx[to.n] = from.idx[k];
    to.val[to.n++] = from.val[k];
  }
}

/** Lexicon valence of a post after negation and intensifiers; the explainable part of the model. */
export interface LexiconScore {
  pos: number;
  neg: number;
  nPos: number;
  nNeg: number;
  emojiPos: number;
  emojiNeg: number;
  negated: number;
  /** Valence summed from the stem lexicon (after negation), positive and negative parts. */
  stemPos: number;
  stemNeg: number;
}

/** Unaccented base letter of each char up to U+017F (as NFD then dropping marks would give). */
const BASE_LETTER: Uint16Array = (() => {
  const out = new Uint16Array(0x180);
  for (let c = 0; c < out.length; c++) {
    const d = String.fromCharCode(c).normalize('NFD');
    out[c] = d.length > 1 && /^[\u0300-\u036f]+$/.test(d.slice(1)) ? d.charCodeAt(0) : c;
  }
  return out;
})();

/** Longest inflection or derivation suffix the stem lookup strips (Spanish `-aciones`, `-amente`). */
const MAX_SUFFIX = 7;

function foldChar(c: number): number {
  return c < 0x180 ? BASE_LETTER[c] : c === 0x2019 ? 39 : c;
}
const prefixHash = new Uint32Array(64);

/**
 * Valence of a word from a stem lexicon (Snowball stems, unaccented), without running a stemmer:
 * a Snowball stem is a prefix of the unaccented word, so the longest prefix found in `stems`
 * wins, provided the rest is no longer than the stem minus one (so `mal` finds `malos` but not
 * `maleta`) and at most MAX_SUFFIX letters. Elongation (`horriiible`) counts once. NaN when no
 * prefix is a stem.
 */
export function stemValence(low: string, start: number, end: number, stems: Lexicon): number {
  // The same FNV-1a as `fnv`, which keys the stem table.
  let h = FNV_OFFSET;
  let m = 0;
  let prev = -1;
  let run = 0;
  for (let k = start; k < end && m < 63; k++) {
    const c = foldChar(low.charCodeAt(k));
    run = c === prev ? run + 1 : 1;
    prev = c;
    // A double stays (`ll`, `rr`); a run of three or more is elongation and counts once.
    if (run > 2 || (run === 2 && k + 1 < end && foldChar(low.charCodeAt(k + 1)) === c)) continue;
    h = Math.imul(h ^ c, FNV_PRIME);
    prefixHash[++m] = h >>> 0;
  }
  for (let len = m; len >= 3 && m - len <= MAX_SUFFIX && m - len < len; len--) {
    const v = stems.get(prefixHash[len]);
    if (!Number.isNaN(v)) return v;
  }
  return NaN;
}

const NEGATION_WINDOW = 3;
const score: LexiconScore = { pos: 0, neg: 0, nPos: 0, nNeg: 0, emojiPos: 0, emojiNeg: 0, negated: 0, stemPos: 0, stemNeg: 0 };

/** The two views of a post the model scores: words and word pairs, and char 4-grams. Both also
 * carry the shared cues (lexicon, stem lexicon, emoji, punctuation, negation, length). */
export interface FeatureViews {
  words: FeatureVector;
  chars: FeatureVector;
}

/** Allocates reusable buffers for both views. */
export function newFeatureViews(): FeatureViews {
  return { words: newFeatureVector(), chars: newFeatureVector() };
}

/** Per-language lexicons a post is scored with. */
export interface LexiconSet {
  /** Word valence, AFINN scale (curated word lists). */
  words: Lexicon;
  /** Valence of unaccented Snowball stems (ML-SentiCon / Pattern / AFINN-pt), AFINN scale; see stemValence. */
  stems: Lexicon;
  emoji: Lexicon;
}

const common = newFeatureVector();

/**
 * Builds both feature views of a tokenized post in `lang` into `out`, and returns the lexicon
 * tally used for it (a shared object, valid until the next call). `dimMask` is the table size
 * minus one (a power of two).
 */
export function extractFeatures(t: Tokens, lang: Lang, lex: LexiconSet, dimMask: number, out: FeatureViews): LexiconScore {
  const words = out.words;
  const chars = out.chars;
  words.n = 0;
  chars.n = 0;
  common.n = 0;
  score.pos = score.neg = score.nPos = score.nNeg = score.emojiPos = score.emojiNeg = score.negated = score.stemPos = score.stemNeg = 0;
  const ls = LANG_SALT[lang];
  const modifiers = MODIFIERS[lang];
  const wordLex = lex.words;
  const stemLex = lex.stems;
  // Valence after the last "but": the clause that usually carries the verdict.
  let afterPos = 0;
  let afterNeg = 0;
  let sawContrast = false;
  addBoth(common, dimMask, ls, H_BIAS, 1);
  let negLeft = 0;
  let boost = 1;
  let prev = H_START;
  let excl = 0;
  let quest = 0;
  let nWords = 0;
  const n = t.n;
  // Room for the shared cues, which are appended to both views at the end.
  const cap = MAX_FEATURES - 256;
  for (let i = 0; i < n; i++) {
    if (words.n > cap || chars.n > cap || common.n > cap) break;
    const kind = t.kind[i];
    const h = t.hash[i];
    if (kind === WORD) {
      nWords++;
      const negatedHere = negLeft > 0;
      addBoth(words, dimMask, ls, mix(h, negatedHere ? S_NEGWORD : S_WORD), 1);
      add(words, dimMask, mix(mix(prev, h), S_BIGRAM ^ ls), 1);
      prev = h;
      addCharNgrams(t.low, t.start[i], t.end[i], chars, dimMask);
      const flags = t.flags[i];
      if (flags & FLAG_ELONGATED) addBoth(common, dimMask, ls, H_ELONG, 1);
      if (flags & FLAG_CAPS) add(common, dimMask, H_CAPS, 1);
      if (flags & FLAG_HASHTAG) add(common, dimMask, mix(h, S_MISC ^ ls), 1);
      if (isLaugh(t.low, t.start[i], t.end[i])) add(common, dimMask, H_LAUGH, 1);
      const role = modifiers.get(h) | 0;
      if (role & CONTRAST_WORD) {
        sawContrast = true;
        afterPos = afterNeg = 0;
      }
      let v = wordLex.get(h);
      // "biien" misses as "biien": try the one-letter form.
      if (Number.isNaN(v) && flags & FLAG_ELONGATED) v = wordLex.get(t.hash1[i]);
      if (!Number.isNaN(v)) {
        v *= boost;
        if (flags & FLAG_ELONGATED) v *= 1.3;
        if (negatedHere) {
          v = -v * 0.7;
          score.negated++;
        }
        if (v > 0) {
          score.pos += v;
          score.nPos++;
          afterPos += v;
        } else if (v < 0) {
          score.neg -= v;
          score.nNeg++;
          afterNeg -= v;
        }
      }
      let sv = stemValence(t.low, t.start[i], t.end[i], stemLex);
      if (!Number.isNaN(sv)) {
        if (negatedHere) sv = -sv * 0.7;
        if (sv > 0) score.stemPos += sv;
        else score.stemNeg -= sv;
        // Valence band of the word (half-point steps): lets the model weigh strong words apart.
        add(common, dimMask, mix(S_STEM, Math.round(sv * 2) + 20), 1);
      }
      if (role & NEGATOR) {
        negLeft = NEGATION_WINDOW;
        addBoth(common, dimMask, ls, H_NEGATED, 1);
      } else if (negLeft > 0) negLeft--;
      boost = role & INTENSIFIER ? 1.5 : 1;
      continue;
    }
    negLeft = kind === PUNCT ? 0 : negLeft;
    boost = 1;
    if (kind === EMOJI || kind === EMOTICON_POS || kind === EMOTICON_NEG) {
      add(common, dimMask, mix(h, S_EMOJI), 1);
      const v = kind === EMOTICON_POS ? 2 : kind === EMOTICON_NEG ? -2 : lex.emoji.get(h);
      if (v > 0) score.emojiPos += v;
      else if (v < 0) score.emojiNeg -= v;
    } else if (kind === PUNCT) {
      if (h === H_EXCL_TOKEN) excl++;
      else quest++;
    }
  }
  if (sawContrast && afterPos) add(common, dimMask, H_AFTER_POS, Math.log1p(afterPos));
  if (sawContrast && afterNeg) add(common, dimMask, H_AFTER_NEG, Math.log1p(afterNeg));
  if (excl) addBoth(common, dimMask, ls, H_EXCL, Math.min(excl, 3));
  if (quest) addBoth(common, dimMask, ls, H_QUEST, Math.min(quest, 3));
  // Dense lexicon features, squashed so one very long post does not dominate.
  if (score.pos) addBoth(common, dimMask, ls, H_LEX_POS, Math.log1p(score.pos));
  if (score.neg) addBoth(common, dimMask, ls, H_LEX_NEG, Math.log1p(score.neg));
  if (score.nPos) addBoth(common, dimMask, ls, H_LEX_POS_N, Math.min(score.nPos, 4));
  if (score.nNeg) addBoth(common, dimMask, ls, H_LEX_NEG_N, Math.min(score.nNeg, 4));
  if (score.emojiPos) addBoth(common, dimMask, ls, H_EMO_POS, Math.log1p(score.emojiPos));
  if (score.emojiNeg) addBoth(common, dimMask, ls, H_EMO_NEG, Math.log1p(score.emojiNeg));
  if (score.stemPos) addBoth(common, dimMask, ls, H_STEM_POS, Math.log1p(score.stemPos));
  if (score.stemNeg) addBoth(common, dimMask, ls, H_STEM_NEG, Math.log1p(score.stemNeg));
  if (!score.nPos && !score.nNeg && !score.emojiPos && !score.emojiNeg) addBoth(common, dimMask, ls, H_NO_LEX, 1);
  addBoth(common, dimMask, ls, H_LEN, Math.min(nWords, 40) / 20);
  words.cues = words.n;
  chars.cues = chars.n;
  appendTail(common, 0, words);
  appendTail(common, 0, chars);
  return score;
}
