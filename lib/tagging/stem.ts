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

/** Whether `text[start..start+n)` ends like a Spanish gerund (`-ando`, `-iendo`) and is long enough to be one. */
function isGerund(text: string, start: number, n: number): boolean {
  return n > 5 && (endsWithSpan(text, start, n, 'ando') || endsWithSpan(text, start, n, 'iendo'));
}

/** Romance languages: gerunds as they are; else plural, then gender/final vowel (`segures`, `seguras`, `seguro` → `segur`). */
function stemRomance(w: string): string {
  // A Spanish gerund does not inflect: `viviendo` (living) must not meet `vivienda` (housing).
  if (isGerund(w, 0, w.length)) return w;
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

const A = 97;
const E = 101;
const I = 105;
const O = 111;
const U = 117;

/** `undouble` on the first m chars of the word at `text[start..]`: the stem length. */
function undoubleLength(text: string, start: number, m: number): number {
  if (m <= 3) return m;
  const c = text.charCodeAt(start + m - 1);
  if (c !== text.charCodeAt(start + m - 2)) return m;
  if (c === A || c === E || c === I || c === O || c === U || c === 108 || c === 115 || c === 122) return m;
  return m - 1;
}

/** Whether the word `text[start..start+n)` ends with `suffix`. */
function endsWithSpan(text: string, start: number, n: number, suffix: string): boolean {
  return n >= suffix.length && text.startsWith(suffix, start + n - suffix.length);
}

function englishLength(text: string, start: number, n: number): number {
  const last = text.charCodeAt(start + n - 1);
  if (last === 115 /* s */) {
    if (n > 4 && endsWithSpan(text, start, n, 'ies')) return ~(n - 3);
    if (n > 4 && text.charCodeAt(start + n - 2) === E) {
      const p = text.charCodeAt(start + n - 3);
      const q = text.charCodeAt(start + n - 4);
      // (?:ss|x|ch|sh)es$
      if (p === 120 || (p === 115 && q === 115) || (p === 104 && (q === 99 || q === 115))) return n - 2;
    }
    const prev = text.charCodeAt(start + n - 2);
    return prev === 115 || prev === U || prev === I ? n : n - 1;
  }
  if (n > 5 && endsWithSpan(text, start, n, 'ing')) return undoubleLength(text, start, n - 3);
  if (n > 4 && last === 100 && text.charCodeAt(start + n - 2) === E) {
    return text.charCodeAt(start + n - 3) === E ? n : undoubleLength(text, start, n - 2);
  }
  return n;
}

function romanceLength(text: string, start: number, n: number): number {
  if (isGerund(text, start, n)) return n;
  let m = n;
  const last = text.charCodeAt(start + m - 1);
  if (m > 4 && last === 115 && text.charCodeAt(start + m - 2) === E) m -= 2;
  else if (m > 3 && (last === 115 || last === 120)) m -= 1;
  if (m > 4) {
    const c = text.charCodeAt(start + m - 1);
    if (c === A || c === O || c === E || c === I) m -= 1;
  }
  return m;
}

/**
 * `lightStem` of the word `text[start..end)` without building strings: the stem's length when
 * the stem is a prefix of the word, or `~length` (a negative number) when it is that prefix plus
 * `y` (English `cities` → `city`).
 */
export function stemLength(text: string, start: number, end: number, lang: Lang): number {
  const n = end - start;
  if (n <= 3 || lang === 'de') return n;
  return lang === 'en' ? englishLength(text, start, n) : romanceLength(text, start, n);
}
