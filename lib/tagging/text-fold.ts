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

// One native regex pass: an optional #/@ marker, then a word (letters, digits, _, l·l, inner
// hyphens and dots are split later by being outside the class).
const TOKEN_RE = /([#@]?)([\p{L}\p{N}_]+(?:·[\p{L}\p{N}_]+)*)('?)/gu;
const NON_ASCII = /[^\u0020-\u007e\s]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /[\u2018\u2019\u02bc`´]/g;
const DOT_VARIANTS = /[\u2027\u22c5]/g;
const LETTER = /\p{L}/u;
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

function tokenizeUncached(text: string): Tokens {
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
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(t); m; m = TOKEN_RE.exec(t)) {
    const marker = m[1];
    const word = m[2];
    // `l'`, `d'`, `qu'`: a clitic glued to the next word by an apostrophe.
    if (m[3] && !marker && ELIDABLE.has(word) && LETTER.test(t.charAt(TOKEN_RE.lastIndex))) {
      pendingClitic = word;
      continue;
    }
    words.push(word);
    kinds.push(marker === '#' ? 'hash' : marker === '@' ? 'handle' : 'word');
    elided.push(pendingClitic);
    pendingClitic = '';
  }
  return { words, kinds, elided };
}
