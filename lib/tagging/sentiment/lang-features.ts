import type { FeatureVector } from './features';
import * as T from './tokenize';
import type { Tokens } from './tokenize';

const { WORD } = T;

/** Languages the detector chooses among, in the order of the model's weight columns. */
export const DETECTED = ['es', 'ca', 'en', 'pt', 'fr', 'it', 'de'] as const;

/** Which language-id features to write: words, char trigrams, or both (training). */
export const LANG_WORDS = 1;
export const LANG_TRIGRAMS = 2;

/**
 * Writes the hashed language-id features of a post into `out`: each word (weight 1) and/or each
 * char trigram of a word padded with spaces (weight 0.5). Integer hashes, no substrings.
 */
export function langFeatures(t: Tokens, mask: number, out: FeatureVector, parts = LANG_WORDS | LANG_TRIGRAMS): void {
  out.n = 0;
  const cap = out.idx.length - 64;
  const low = t.low;
  for (let i = 0; i < t.n && out.n < cap; i++) {
    if (t.kind[i] !== WORD) continue;
    const start = t.start[i];
    const end = t.end[i];
    const c0 = low.charCodeAt(start);
    // Numbers say nothing about the language.
    if (c0 >= 48 && c0 <= 57) continue;
    if (parts & LANG_WORDS) {
      out.idx[out.n] = (t.hash[i] ^ 0x5bd1e995) & mask;
      out.val[out.n++] = 1;
    }
    if (!(parts & LANG_TRIGRAMS)) continue;
    let a = 32;
    let b = c0;
    for (let j = start + 1; j <= end && out.n < cap; j++) {
      const c = j < end ? low.charCodeAt(j) : 32;
      let h = Math.imul(a, 0x01000193) ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
      h ^= h >>> 15;
      out.idx[out.n] = (Math.imul(h, 0x2c1b3c6d) >>> 0) & mask;
      out.val[out.n++] = 0.5;
      a = b;
      b = c;
    }
  }
}
