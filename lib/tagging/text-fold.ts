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
/** Word-char answer per BMP code, filled on first sight: 0 unknown, 1 no, 2 yes (no per-char Map or regex). */
const WORD_CODE = new Uint8Array(0x10000);

/** Letters and digits of any script and `_` (the middle dot only between letters, see caller). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
  if (c === MIDDLE_DOT) return false;
  let w = WORD_CODE[c];
  if (w === 0) WORD_CODE[c] = w = UNICODE_WORD.test(String.fromCharCode(c)) ? 2 : 1;
  return w === 2;
}
const NON_ASCII = /[^\u0020-\u007e\s]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /[\u2018\u2019\u02bc`´]/g;
const DOT_VARIANTS = /[\u2027\u22c5]/g;
const ELIDABLE = new Set(['l', 'd', 's', 'n', 'm', 't', 'qu', 'j', 'c']);

/** The slow fold below, applied to one (already lower-cased) char. */
function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DOT_VARIANTS, '·');
}

// Per-char fold of the Latin blocks and of punctuation/symbols, where NFD of a text is the
// concatenation of NFD of its chars (no canonical reordering: the input has no combining marks
// there). Texts with any other non-ASCII char (Greek final sigma, Hangul, bare combining marks)
// take the exact slow path. Surrogate pairs of the emoji planes fold to themselves.
const FAST_FOLD: (string | undefined)[] = [];
FAST_FOLD[96] = "'";
for (let c = 0x80; c < 0x250; c++) FAST_FOLD[c] = foldChar(String.fromCharCode(c));
for (let c = 0x2000; c < 0x2070; c++) FAST_FOLD[c] = foldChar(String.fromCharCode(c));
for (let c = 0x2190; c < 0x2c00; c++) FAST_FOLD[c] = foldChar(String.fromCharCode(c));
FAST_FOLD[0x02bc] = foldChar('\u02bc');
for (const c of [0xfe0e, 0xfe0f]) FAST_FOLD[c] = foldChar(String.fromCharCode(c));

/** Folds a lower-cased text with non-ASCII chars like the slow path, char by char; undefined when it cannot. */
function fastFold(t: string): string | undefined {
  let out = '';
  let from = 0;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80 && c !== 96) continue;
    if (c >= 0xd83c && c <= 0xd83e) {
      const d = i + 1 < n ? t.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return undefined;
      i++;
      continue;
    }
    const f = FAST_FOLD[c];
    if (f === undefined) return undefined;
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    out += t.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

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
    t = fastFold(t) ?? t.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DOT_VARIANTS, '·');
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
