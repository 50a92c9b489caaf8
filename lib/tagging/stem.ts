import type { Lang } from '../model/taxonomy';

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);

/** Drops a final doubled consonant left by English -ed/-ing (`stabb` → `stab`), keeping ll/ss/zz. */
function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWEL.has(w[n - 1]) && w[n - 1] !== 'l' && w[n - 1] !== 's' && w[n - 1] !== 'z') {
    return w.slice(0, -1);
  }
  return w;
}

function stemEnglish(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && n > 5) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && n > 4) return w.endsWith('eed') ? w : undouble(w.slice(0, -2));
  if (w.endsWith('es') && n > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Romance languages: plural, then gender/final vowel (`segures`, `seguras`, `seguro` → `segur`). */
function stemRomance(w: string): string {
  let s = w;
  if (s.length > 4 && s.endsWith('es')) s = s.slice(0, -2);
  else if (s.length > 3 && (s.endsWith('s') || s.endsWith('x'))) s = s.slice(0, -1);
  // Keep at least four letters, so short function words (`para`) never meet nouns (`paro`).
  if (s.length > 4 && (s.endsWith('a') || s.endsWith('o') || s.endsWith('e') || s.endsWith('i'))) s = s.slice(0, -1);
  return s;
}

/**
 * A light suffix-stripping stemmer: plural and gender endings only, so `turistas`, `turista` and
 * `turistes` meet, while derived words (`seguridad` vs `segura`) stay apart on purpose — the
 * taxonomy lists those it wants. Applied alike to taxonomy terms and to text, so it only needs to
 * be consistent, not linguistically complete. Input is a folded (lower-case, unaccented) word.
 */
export function lightStem(word: string, lang: Lang): string {
  if (word.length <= 3) return word;
  if (lang === 'en') return stemEnglish(word);
  if (lang === 'de') return word;
  return stemRomance(word);
}
