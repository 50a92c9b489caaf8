/**
 * Folds text for matching: lower case, no accents, Catalan middle dot and apostrophes unified.
 * Keeps string length stable enough for word-boundary matching (one char in, one char out for
 * the common Latin range), so positions found in the folded text map back to the original.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00b7\u2027\u22c5]/g, '·')
    .toLowerCase();
}

/** Letters and digits of any script, plus the Catalan middle dot inside words (l·l). */
export const WORD_CHAR = /[\p{L}\p{N}_·]/u;

/** How a token was written: a plain word, a `#hashtag` or an `@handle`. */
export type TokenKind = 'word' | 'hash' | 'handle';

/** Tokens of one text, as parallel read-only arrays (cheaper than one object per token; shared by a cache). */
export interface Tokens {
  /** Folded token text, without `#`/`@`, without a Catalan/French elided clitic. */
  readonly words: readonly string[];
  readonly kinds: readonly TokenKind[];
  /** Token follows an elided clitic (`l'`, `d'`…), folded into `elided[i]`, else ''. */
  readonly elided: readonly string[];
}

const HASH = 35;
const AT = 64;
const APOSTROPHE = 39;
const MIDDLE_DOT = 0xb7;
const UNICODE_WORD = /[\p{L}\p{N}]/u;
const unicodeWord = new Map<number, boolean>();

/** Letters and digits of any script and `_` (the middle dot only between letters, see caller). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  if (c === MIDDLE_DOT) return false;
  let w = unicodeWord.get(c);
  if (w === undefined) {
    w = UNICODE_WORD.test(String.fromCharCode(c));
    if (unicodeWord.size < 4096) unicodeWord.set(c, w);
  }
  return w;
}
const NON_ASCII = /[^\u0020-\u007e\s]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /[\u2018\u2019\u02bc`´]/g;
const DOT_VARIANTS = /[\u2027\u22c5]/g;
const ELIDABLE = new Set(['l', 'd', 's', 'n', 'm', 't', 'qu', 'j', 'c']);

/**
 * Folds and splits a text into tokens in one pass. `l'Hospitalet` and `d'Hospitalet` give the
 * token `hospitalet` (with the clitic kept aside); English `n't` becomes the word `not`, so
 * negation needs no special case downstream.
 */
export function tokenize(text: string): Tokens {
  // The pipeline tokenizes the same text for topics and for matching: remember the last one.
  if (text === lastText && lastTokens) return lastTokens;
  const out = tokenizeUncached(text);
  lastText = text;
  lastTokens = out;
  return out;
}

let lastText: string | undefined;
let lastTokens: Tokens | undefined;

/** `tokenize` without the cache: for short side texts (an author bio) that must not evict the post. */
export function tokenizeUncached(text: string): Tokens {
  let t = text.toLowerCase();
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DOT_VARIANTS, '·');
  }
  // People type the Catalan geminate as `l.l` when the middle dot is out of reach.
  if (t.includes('l.l')) t = t.replace(/l\.l/g, 'l·l');
  if (t.includes("n't")) t = t.replace(/n't\b/g, ' not');
  const words: string[] = [];
  const kinds: TokenKind[] = [];
  const elided: string[] = [];
  let pendingClitic = '';
  const len = t.length;
  // A hand-written scan: about three times faster than a Unicode-property regex per text.
  for (let i = 0; i < len;) {
    if (!isWordCode(t.charCodeAt(i))) { i++; continue; }
    const marker = i > 0 ? t.charCodeAt(i - 1) : 0;
    let j = i + 1;
    while (j < len) {
      const d = t.charCodeAt(j);
      if (isWordCode(d) || (d === MIDDLE_DOT && j + 1 < len && isWordCode(t.charCodeAt(j + 1)))) j++;
      else break;
    }
    const word = t.slice(i, j);
    const kind: TokenKind = marker === HASH ? 'hash' : marker === AT ? 'handle' : 'word';
    // `l'`, `d'`, `qu'`: a clitic glued to the next word by an apostrophe.
    if (kind === 'word' && t.charCodeAt(j) === APOSTROPHE && j + 1 < len && isWordCode(t.charCodeAt(j + 1)) && ELIDABLE.has(word)) {
      pendingClitic = word;
      i = j + 1;
      continue;
    }
    words.push(word);
    kinds.push(kind);
    elided.push(pendingClitic);
    pendingClitic = '';
    i = j;
  }
  return { words, kinds, elided };
}
