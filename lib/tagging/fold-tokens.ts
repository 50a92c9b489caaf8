import { recalledLowerCase } from './lower-case-memo';

/**
 * The folding tokenizer of topics, matching and stakeholder signals, as spans: one pass folds a
 * text (lower case, no accents, Catalan middle dot and apostrophes unified) and records each
 * token's span, kind, elided clitic and word hash in reusable typed buffers. The hot path looks
 * taxonomy and profile terms up by hash and compares spans, so a post costs no string per word;
 * `tokenize` in text-fold.ts builds the word strings from these spans when a caller needs them.
 */

/** Token kinds: a plain word, a `#hashtag`, an `@handle` (numbers, so hot loops compare integers). */
export const WORD_TOKEN = 0;
export const HASH_TOKEN = 1;
export const HANDLE_TOKEN = 2;

/** Clitics that elide onto the next word with an apostrophe (`l'`, `d'`, `qu'`…), by id − 1. */
export const CLITICS = ['l', 'd', 's', 'n', 'm', 't', 'qu', 'j', 'c'] as const;

/** A text's tokens as spans of its folded form; the first `n` entries of each buffer are valid. */
export interface FoldedTokens {
  n: number;
  /** The folded text the spans point into. */
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** WORD_TOKEN, HASH_TOKEN or HANDLE_TOKEN. */
  kind: Uint8Array;
  /** `wordHash` of the token's folded text. */
  hash: Uint32Array;
  /**
   * `wordHash` of the token without its last d chars (d = 1…4) at [4k + d − 1]: the hashes of
   * the stems a suffix-stripping stemmer can produce, without hashing the word again.
   */
  trimmed: Uint32Array;
  /** `headKey` of the token's first two chars (second 0 for a one-char token). */
  head: Uint16Array;
  /** 1 + index into CLITICS of the clitic elided before the token, 0 for none. */
  clitic: Uint8Array;
}

/** FNV-1a parameters of `wordHash` (topics extends stem hashes with them). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of `s[start..end)` (a folded word, or the whole string): the key of word tables. */
export function wordHash(s: string, start = 0, end = s.length): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h >>> 0;
}

/** A 16-bit key of a word's first two chars (for pre-checks of prefix terms). */
export function headKey(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
}

const HASH = 35;
const AT = 64;
const APOSTROPHE = 39;
const MIDDLE_DOT = 0xb7;
const UNICODE_WORD = /[\p{L}\p{N}]/u;
/** Word-char answer per BMP code, filled on first sight: 0 unknown, 1 no, 2 yes (no per-char Map or regex). */
const WORD_CODE = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  WORD_CODE[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90) ? 2 : 1;
}
WORD_CODE[MIDDLE_DOT] = 1;

/** Letters and digits of any script and `_` (the middle dot only between letters, see caller). */
function isWordCode(c: number): boolean {
  let w = WORD_CODE[c];
  if (w === 0) WORD_CODE[c] = w = UNICODE_WORD.test(String.fromCharCode(c)) ? 2 : 1;
  return w === 2;
}

const NON_ASCII = /[^\u0020-\u007e\s]/;
const MARKS = /[\u0300-\u036f]/g;
const APOS = /[\u2018\u2019\u02bc`´]/g;
const DOT_VARIANTS = /[\u2027\u22c5]/g;

/**
 * Accents off, apostrophes and middle dots unified, case kept: the char folding of
 * `foldForTokens` (which lower-cases first and then applies two word rules).
 */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(APOS, "'").replace(DOT_VARIANTS, '·');
}

/** The slow fold below, applied to one (already lower-cased) char. */
function foldChar(ch: string): string {
  return foldMarks(ch);
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

/** The folded form the tokens are read from (see the module comment), the exact way: the reference the char-by-char path must equal, and its fallback. */
export function foldForTokens(text: string): string {
  let t = text.toLowerCase();
  if (NON_ASCII.test(t)) {
    t = fastFold(t) ?? foldMarks(t);
  }
  // People type the Catalan geminate as `l.l` when the middle dot is out of reach.
  if (t.includes('l.l')) t = t.replace(/l\.l/g, 'l·l');
  if (t.includes("n't")) t = t.replace(/n't\b/g, ' not');
  return t;
}

/** Allocates token buffers for `capacity` tokens (they grow when a text has more). */
export function newFoldedTokens(capacity = 256): FoldedTokens {
  return {
    n: 0,
    text: '',
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    hash: new Uint32Array(capacity),
    trimmed: new Uint32Array(capacity * 4),
    head: new Uint16Array(capacity),
    clitic: new Uint8Array(capacity),
  };
}

function grow(t: FoldedTokens): void {
  const cap = t.start.length * 2;
  const start = new Int32Array(cap);
  start.set(t.start);
  const end = new Int32Array(cap);
  end.set(t.end);
  const kind = new Uint8Array(cap);
  kind.set(t.kind);
  const hash = new Uint32Array(cap);
  hash.set(t.hash);
  const clitic = new Uint8Array(cap);
  clitic.set(t.clitic);
  const trimmed = new Uint32Array(cap * 4);
  trimmed.set(t.trimmed);
  t.trimmed = trimmed;
  const head = new Uint16Array(cap);
  head.set(t.head);
  t.head = head;
  t.start = start;
  t.end = end;
  t.kind = kind;
  t.hash = hash;
  t.clitic = clitic;
}

/** 1 + index into CLITICS of `t[i..j)`, or 0 when it is not an elidable clitic. */
function cliticId(t: string, i: number, j: number): number {
  const c = t.charCodeAt(i);
  if (j - i === 2) return c === 113 && t.charCodeAt(i + 1) === 117 ? 7 : 0;
  if (j - i !== 1) return 0;
  switch (c) {
    case 108: return 1;
    case 100: return 2;
    case 115: return 3;
    case 110: return 4;
    case 109: return 5;
    case 116: return 6;
    case 106: return 8;
    case 99: return 9;
    default: return 0;
  }
}

/**
 * Folds and splits `text` into `out` (reused) in one pass. `l'Hospitalet` and `d'Hospitalet`
 * give the token `hospitalet` (with the clitic kept aside); English `n't` becomes the word `not`.
 */
export function foldTokensInto(text: string, out: FoldedTokens): FoldedTokens {
  // foldForTokens(text) only reads text.toLowerCase(), and folding that lower-cased text gives
  // the same (lower-casing is idempotent): start from the sentiment tokenizer's when it has it.
  const low = recalledLowerCase(text);
  // Lower-cased printable ASCII is already folded (foldForTokens changes nothing else in it):
  // native scans say so, without a table read per char.
  const t = (low !== undefined && !NON_ASCII.test(low) && !low.includes('l.l') && !low.includes("n't") ? low : foldByCode(low ?? text))
    ?? foldForTokens(text);
  out.text = t;
  let n = 0;
  let pendingClitic = 0;
  const len = t.length;
  for (let i = 0; i < len;) {
    let c = t.charCodeAt(i);
    if (!isWordCode(c)) { i++; continue; }
    const marker = i > 0 ? t.charCodeAt(i - 1) : 0;
    // h: hash so far; h1…h4: the hash one to four chars earlier.
    let h4 = 0;
    let h3 = 0;
    let h2 = 0;
    let h1 = FNV_OFFSET;
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    let j = i + 1;
    while (j < len) {
      c = t.charCodeAt(j);
      if (isWordCode(c) || (c === MIDDLE_DOT && j + 1 < len && isWordCode(t.charCodeAt(j + 1)))) {
        h4 = h3;
        h3 = h2;
        h2 = h1;
        h1 = h;
        h = Math.imul(h ^ c, FNV_PRIME);
        j++;
      } else break;
    }
    const kind = marker === HASH ? HASH_TOKEN : marker === AT ? HANDLE_TOKEN : WORD_TOKEN;
    // `l'`, `d'`, `qu'`: a clitic glued to the next word by an apostrophe.
    if (kind === WORD_TOKEN && c === APOSTROPHE && j < len && j + 1 < len && isWordCode(t.charCodeAt(j + 1))) {
      const id = cliticId(t, i, j);
      if (id) {
        pendingClitic = id;
        i = j + 1;
        continue;
      }
    }
    if (n === out.start.length) grow(out);
    out.start[n] = i;
    out.end[n] = j;
    out.kind[n] = kind;
    out.hash[n] = h >>> 0;
    out.head[n] = headKey(t.charCodeAt(i), j > i + 1 ? t.charCodeAt(i + 1) : 0);
    const k4 = n * 4;
    out.trimmed[k4] = h1 >>> 0;
    out.trimmed[k4 + 1] = h2 >>> 0;
    out.trimmed[k4 + 2] = h3 >>> 0;
    out.trimmed[k4 + 3] = h4 >>> 0;
    out.clitic[n] = pendingClitic;
    n++;
    pendingClitic = 0;
    i = j;
  }
  out.n = n;
  return out;
}

let codes = new Uint16Array(1024);

const SLOW = 0xffff;
/** Per char code: the char lower-cased (one char), or SLOW. Filled for the fast-fold blocks only. */
const LOWER_CODE = new Uint16Array(0x10000).fill(SLOW);
/** Per char code: the char lower-cased and then folded by `fastFold` (one char), or SLOW. */
const FOLD_CODE = new Uint16Array(0x10000).fill(SLOW);
{
  const fill = (c: number) => {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length !== 1) return;
    const d = lower.charCodeAt(0);
    const f = d < 0x80 ? (d === 96 ? "'" : lower) : FAST_FOLD[d];
    if (f === undefined || f.length !== 1) return;
    LOWER_CODE[c] = d;
    FOLD_CODE[c] = f.charCodeAt(0);
  };
  for (let c = 0; c < 0x250; c++) fill(c);
  for (let c = 0x2000; c < 0x2070; c++) fill(c);
  for (let c = 0x2190; c < 0x2c00; c++) fill(c);
  for (const c of [0x02bc, 0xfe0e, 0xfe0f]) fill(c);
}

/** Whether `NON_ASCII` matches the char: not printable ASCII and not a JavaScript `\s` space. */
function isNonAsciiCode(c: number): boolean {
  if (c >= 0x20 && c <= 0x7e) return false;
  if (c <= 0x0d) return c < 0x09;
  return !(c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/**
 * `foldForTokens` done char by char into `codes`, for texts made only of chars whose lower-case
 * and fold are one char each; undefined (nothing promised in `codes`) for any other text, and for
 * texts where the result depends on more than one char (`n't`, `l.l`, a char folded only when
 * the text has other non-ASCII chars): those take the exact path.
 */
function foldByCode(text: string): string | undefined {
  const len = text.length;
  if (codes.length < len + 1) codes = new Uint16Array(len * 2 + 16);
  const cs = codes;
  let nonAscii = false;
  let conditional = false;
  let changed = false;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) {
      // Emoji-plane surrogate pairs fold to themselves; any other astral char takes the exact path.
      const d = k + 1 < len ? text.charCodeAt(k + 1) : 0;
      if (c < 0xd83c || c > 0xd83e || d < 0xdc00 || d > 0xdfff) return undefined;
      cs[k] = c;
      cs[k + 1] = d;
      k++;
      nonAscii = true;
      continue;
    }
    const f = FOLD_CODE[c];
    if (f === SLOW) return undefined;
    const lower = LOWER_CODE[c];
    if (isNonAsciiCode(lower)) nonAscii = true;
    else if (f !== lower) conditional = true;
    if (f !== c) changed = true;
    cs[k] = f;
    // `l.l` and `n't` are rewritten by the exact path.
    if (k >= 2 && ((f === 108 && cs[k - 1] === 46 && cs[k - 2] === 108) || (f === 116 && cs[k - 1] === 39 && cs[k - 2] === 110))) return undefined;
  }
  if (!nonAscii) {
    // Only lower-cased: a backtick or a space that folds elsewhere stays as typed.
    if (conditional) return undefined;
    return changed ? text.toLowerCase() : text;
  }
  if (!changed) return text;
  // The codes hold no lone surrogate (see above), so UTF-16 decoding gives them back unchanged.
  if (UTF16) return UTF16.decode(cs.subarray(0, len));
  let out = '';
  // fromCharCode reads any array-like; chunks keep the argument count small.
  for (let k = 0; k < len; k += 4096) out += String.fromCharCode.apply(null, cs.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return out;
}

/**
 * Decodes the folded codes into a string several times faster than `String.fromCharCode.apply`;
 * only where typed arrays are little-endian (every browser engine in practice), and keeping a
 * leading U+FEFF as a char.
 */
const UTF16 = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 && typeof TextDecoder === 'function'
  ? new TextDecoder('utf-16le', { ignoreBOM: true })
  : undefined;

const shared = newFoldedTokens();
let lastText: string | undefined;

/**
 * `foldTokensInto` shared buffers with a one-entry memo: the pipeline reads the same post's
 * tokens for topics and for matching. Overwritten by the next call with another text.
 */
export function foldTokens(text: string): FoldedTokens {
  if (text === lastText) return shared;
  foldTokensInto(text, shared);
  lastText = text;
  return shared;
}

/** Whether token `k` of `t` is exactly `word`. */
export function tokenIs(t: FoldedTokens, k: number, word: string): boolean {
  const start = t.start[k];
  return t.end[k] - start === word.length && t.text.startsWith(word, start);
}
