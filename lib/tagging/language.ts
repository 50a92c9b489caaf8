import { LangSchema, type Lang } from '../model/taxonomy';
import langModel from './lexicons/language-model.json';
import { newFeatureVector } from './sentiment/features';
import { HashTable } from './sentiment/hash-table';
import { DETECTED, LANG_TRIGRAMS, LANG_WORDS, langFeatures } from './sentiment/lang-features';
import { decodeInt8 } from './sentiment/linear-model';
import * as T from './sentiment/tokenize';
import type { Tokens } from './sentiment/tokenize';

// Local copies: hot loops should not go through module bindings (transpilers make them getters).
const { WORD, tokenizeCached } = T;

/**
 * v1: a naive Bayes model over hashed words and char trigrams restricted to the seven served
 * languages (trained by `scripts/train-sentiment.ts`), with a Catalan/Spanish tie-break on
 * orthography. Built in-house because the measured candidates were either too slow for the
 * tagging budget (eld: ~40 µs a post) or lacked Catalan (tinyld, franc-min).
 * v2: 243 Catalan sentences of our own instead of 100 in the model's Catalan text (Catalan city
 * posts 96.4% → 98.8%; a Catalan post full of `les … de … de` no longer reads as French).
 * v3: retrained with the city-supplement words in the Spanish and Catalan word lists (Catalan
 * city posts 98.8% → 99.4%, every other figure unchanged).
 */
export const LANGUAGE_TAGGER = 'lang@3';

const L = DETECTED.length;
const CA = DETECTED.indexOf('ca');
const ES = DETECTED.indexOf('es');
/** Below this margin (in nats) between the two best languages, a declared language wins. */
const HINT_MARGIN = 5;

// Catalan/Spanish disambiguation: the model has little Catalan text, and the two share most
// trigrams, so the words and spellings that only one of them uses get an explicit say.
const CA_WORDS = [
  'els', 'dels', 'pels', 'pel', 'amb', 'però', 'perquè', 'també', 'molt', 'molta', 'molts', 'moltes', 'més', 'és',
  'són', 'avui', 'ahir', 'demà', 'hi', 'ens', 'això', 'aquest', 'aquesta', 'aquests', 'aquestes', 'quin', 'quina',
  'quins', 'quines', 'doncs', 'encara', 'tinc', 'vull', 'puc', 'gaire', 'ningú', 'algú', 'gràcies', 'aviat', 'mateix',
  'sóc', 'estic', 'tothom', 'gairebé', 'només', 'feina', 'carrer', 'veïns', "l'", "d'", "s'", "m'", "n'",
];
const ES_WORDS = [
  'y', 'los', 'las', 'con', 'pero', 'porque', 'también', 'muy', 'más', 'está', 'están', 'hay', 'hoy', 'ayer', 'esto',
  'eso', 'cuando', 'donde', 'nada', 'para', 'hasta', 'tengo', 'quiero', 'puedo', 'ahora', 'nunca', 'mucho', 'mucha',
  'muchos', 'muchas', 'qué', 'él', 'usted', 'nosotros', 'vosotros', 'gracias', 'lo', 'le', 'bien', 'bueno', 'buena',
  'sin', 'entonces', 'siempre', 'todo', 'todos', 'calle', 'vecinos', 'trabajo', 'estoy', 'soy', 'ya',
];
/** +1 for a Catalan-only word, −1 for a Spanish-only one: one lookup per word. */
const CA_ES = new HashTable([...CA_WORDS.map((w) => [w, 1] as const), ...ES_WORDS.map((w) => [w, -1] as const)]);
/** Weight of one cue, in nats of the naive Bayes score. */
const CUE_NATS = 2;

/** True when low[start..end) ends with `suffix`. */
function endsWithAt(low: string, end: number, start: number, suffix: string): boolean {
  return end - start > suffix.length && low.startsWith(suffix, end - suffix.length);
}

const O_ACUTE = 0xf3;
const S = 115;
const N = 110;
/** The chars the orthography cue counts (see `cues`). */
const ORTHOGRAPHY = /[\u00e0\u00e8\u00f2\u00e7\u00b7\u00f1\u00e1\u00bf\u00a1]/;

// The cue counts of the last `cues` call (module state, so the hot path returns no object).
let cueCa = 0;
let cueEs = 0;

function cues(t: Tokens, text: string): void {
  let ca = 0;
  let es = 0;
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] !== WORD) continue;
    const v = CA_ES.get(t.hash[i]);
    if (v > 0) ca++;
    else if (v < 0) es++;
    else if (t.end[i] - t.start[i] > 4) {
      const end = t.end[i];
      const start = t.start[i];
      // The last char picks the one suffix family that can apply (ó, s or n), so most words cost one read.
      const last = t.low.charCodeAt(end - 1);
      if (last === O_ACUTE) {
        if (endsWithAt(t.low, end, start, 'ció')) ca++;
      } else if (last === S) {
        if (endsWithAt(t.low, end, start, 'cions')) ca++;
        else if (endsWithAt(t.low, end, start, 'ciones')) es++;
      } else if (last === N && endsWithAt(t.low, end, start, 'ción')) es++;
    }
  }
  // Most posts have none of these letters: a native scan says so before the per-char loop.
  cueCa = ca;
  cueEs = es;
  if (!ORTHOGRAPHY.test(text)) return;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // à è ò ç · are Catalan spellings Spanish never uses; ñ á ¿ ¡ the reverse. Half weight:
    // place names ("Gràcia", "Mercè") cross over.
    if (c < 0xa1) continue;
    if (c === 0xe0 || c === 0xe8 || c === 0xf2 || c === 0xe7 || c === 0xb7) ca += 0.5;
    else if (c === 0xf1 || c === 0xe1 || c === 0xbf || c === 0xa1) es += 0.5;
  }
  cueCa = ca;
  cueEs = es;
}

/** Nats by which the words alone must separate the two best languages to skip trigrams. */
const EARLY_MARGIN = 12;

let table: Int8Array | undefined;
const scores = new Float64Array(L);
const feats = newFeatureVector();

function weights(): Int8Array {
  table ??= decodeInt8(langModel.weights);
  return table;
}

function accumulate(w: Int8Array): void {
  const { idx, val, n } = feats;
  if (L !== 7) {
    for (let k = 0; k < n; k++) {
      const base = idx[k] * L;
      const v = val[k];
      for (let li = 0; li < L; li++) scores[li] += w[base + li] * v;
    }
    return;
  }
  // The seven served languages in locals: the same sums in the same order, without a loop per feature.
  let s0 = scores[0];
  let s1 = scores[1];
  let s2 = scores[2];
  let s3 = scores[3];
  let s4 = scores[4];
  let s5 = scores[5];
  let s6 = scores[6];
  for (let k = 0; k < n; k++) {
    const b = idx[k] * 7;
    const v = val[k];
    s0 += w[b] * v;
    s1 += w[b + 1] * v;
    s2 += w[b + 2] * v;
    s3 += w[b + 3] * v;
    s4 += w[b + 4] * v;
    s5 += w[b + 5] * v;
    s6 += w[b + 6] * v;
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
  scores[3] = s3;
  scores[4] = s4;
  scores[5] = s5;
  scores[6] = s6;
}

function argmax(): number {
  let best = 0;
  for (let li = 1; li < L; li++) if (scores[li] > scores[best]) best = li;
  return best;
}

/** Score gap between the best and the second-best language, in model units. */
function margin(): number {
  const best = argmax();
  let second = -Infinity;
  for (let li = 0; li < L; li++) if (li !== best && scores[li] > second) second = scores[li];
  return scores[best] - second;
}

/** Normalises a declared language ("ca-ES", "es_419", "CAT") to a served code, if it is one. */
function hintLang(hint: string | undefined): Lang | undefined {
  if (!hint) return undefined;
  const base = hint.trim().toLowerCase().split(/[-_]/)[0];
  const code = base === 'cat' ? 'ca' : base === 'spa' ? 'es' : base;
  const parsed = LangSchema.safeParse(code);
  return parsed.success && parsed.data !== 'und' ? parsed.data : undefined;
}

/**
 * Detects the language of a (short, noisy) text among those Pulso serves; `und` when there is
 * too little text or it is in another script. `hint` (a declared language) only breaks near-ties.
 */
export function detectLanguage(text: string, hint?: string): Lang {
  const t = tokenizeCached(text);
  if (t.letters < 3 || t.nonLatin * 2 > t.letters) return hintLang(hint) ?? 'und';
  const w = weights();
  const scale = langModel.scale;
  const mask = (1 << langModel.bits) - 1;
  for (let li = 0; li < L; li++) scores[li] = 0;
  cues(t, text);
  scores[CA] += (cueCa * CUE_NATS) / scale;
  scores[ES] += (cueEs * CUE_NATS) / scale;
  // Words first: most posts are settled by them, and trigrams cost five times as much.
  langFeatures(t, mask, feats, LANG_WORDS);
  accumulate(w);
  if (margin() * scale < EARLY_MARGIN) {
    langFeatures(t, mask, feats, LANG_TRIGRAMS);
    accumulate(w);
  }
  const best = argmax();
  const hinted = hintLang(hint);
  if (hinted) {
    const hi = DETECTED.indexOf(hinted as (typeof DETECTED)[number]);
    if (hi >= 0 && (scores[best] - scores[hi]) * scale < HINT_MARGIN) return hinted;
  }
  return DETECTED[best];
}
