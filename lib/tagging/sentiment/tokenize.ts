import { rememberLowerCase } from '../lower-case-memo';

/**
 * One-pass tokenizer for short social posts, shared by the language detector, the sentiment
 * scorer and the training script (so training and serving see the same tokens).
 *
 * Tokens are not strings: each is a kind, flags, the FNV-1a hash of its lower-cased text and its
 * span in the lower-cased post. Every later step (lexicons, negators, n-grams) works on hashes
 * and char codes, because the whole tagging pipeline must stay faster than a bare
 * `sentiment.analyze()` call and string allocation was most of the cost.
 */

/** Token kinds; numbers so the hot loops compare integers. */
export const WORD = 0;
export const EMOJI = 1;
export const PUNCT = 2;
export const EMOTICON_POS = 3;
export const EMOTICON_NEG = 4;
export const URL = 5;
export const MENTION = 6;

export const FLAG_HASHTAG = 1;
export const FLAG_ELONGATED = 2;
export const FLAG_CAPS = 4;

/** Longest input read; a post's first 2,000 chars carry its language and tone. */
const MAX_CHARS = 2000;
const MAX_TOKENS = 1024;

/** A tokenized post in reusable typed buffers; the first `n` entries are valid. */
export interface Tokens {
  n: number;
  kind: Uint8Array;
  flags: Uint8Array;
  /** FNV-1a of the lower-cased token, elongations squeezed to two letters ("goooood" → "good"). */
  hash: Uint32Array;
  /** Same with every repeated letter squeezed to one ("biien" → "bien"), the lexicon's fallback. */
  hash1: Uint32Array;
  start: Uint16Array;
  end: Uint16Array;
  /** The lower-cased post the spans point into. */
  low: string;
  /** Number of letters seen (for language-id confidence). */
  letters: number;
  /** Letters outside Latin scripts: a post in another script is `und`. */
  nonLatin: number;
}

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a string (the token hash, for building lookup tables). */
export function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i) === 0x2019 ? 39 : s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

// One lookup table for the character classes the scanner asks about on every char.
const LATIN = 1;
const DIGIT = 2;
const OTHER = 4;
const CLS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) CLS[c] = LATIN;
  else if (c >= 48 && c <= 57) CLS[c] = DIGIT;
  // Letters of other alphabets (Greek, Cyrillic, Arabic, CJK…): counted, kept as word chars.
  else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) CLS[c] = OTHER;
}

function isEmojiStart(c: number): boolean {
  // Surrogate pairs (most emoji) and the BMP symbol blocks (☀ ❤ ✨ ♥ …).
  return (c >= 0xd800 && c <= 0xdbff) || (c >= 0x2190 && c <= 0x2bff) || c === 0x3030 || c === 0x303d;
}

/** Skin tones, variation selectors and ZWJ only modify the emoji before them. */
function isEmojiModifier(c: number, next: number): boolean {
  return c === 0xfe0f || c === 0xfe0e || c === 0x200d || (c === 0xd83c && next >= 0xdffb && next <= 0xdfff);
}

const CLITICS = ['t', 's', 're', 've', 'll', 'd', 'm'];

/** English clitics after an apostrophe ("don't", "it's") keep the word whole. */
function englishClitic(low: string, at: number): boolean {
  for (const c of CLITICS) {
    const end = at + c.length;
    if (low.startsWith(c, at) && (end >= low.length || CLS[low.charCodeAt(end)] !== LATIN)) return true;
  }
  return false;
}

const H_URL = fnv('<url>');
const H_USER = fnv('@user');
const H_EXCL = fnv('!');
const H_QUEST = fnv('?');
const H_SMILE = fnv(':)');
const H_FROWN = fnv(':(');
const H_XD = fnv('xd');
const H_HTTP = fnv('http');
const H_HTTPS = fnv('https');
const H_WWW = fnv('www');

function newTokens(): Tokens {
  return {
    n: 0,
    kind: new Uint8Array(MAX_TOKENS),
    flags: new Uint8Array(MAX_TOKENS),
    hash: new Uint32Array(MAX_TOKENS),
    hash1: new Uint32Array(MAX_TOKENS),
    start: new Uint16Array(MAX_TOKENS),
    end: new Uint16Array(MAX_TOKENS),
    low: '',
    letters: 0,
    nonLatin: 0,
  };
}

function emit(t: Tokens, kind: number, flags: number, hash: number, hash1: number, start: number, end: number): void {
  if (t.n >= MAX_TOKENS) return;
  const k = t.n++;
  t.kind[k] = kind;
  t.flags[k] = flags;
  t.hash[k] = hash;
  t.hash1[k] = hash1;
  t.start[k] = start;
  t.end[k] = end;
}

/** FNV-1a of low[i..j) with every run of a repeated char squeezed to one (a token's `hash1`). */
function squeezedHash(low: string, i: number, j: number): number {
  let h = FNV_OFFSET;
  let prev = -1;
  for (let k = i; k < j; k++) {
    let c = low.charCodeAt(k);
    if (c === 0x2019) c = 39;
    if (c !== prev) h = Math.imul(h ^ c, FNV_PRIME);
    prev = c;
  }
  return h;
}

/**
 * Emits the word low[i..j): hashes it with runs of 3+ letters squeezed to 2 (and, for the
 * lexicon fallback, to 1), and flags elongation and all-caps (read from the original `s`).
 */
function emitWord(t: Tokens, s: string, low: string, i: number, j: number, hashtag: boolean): void {
  let h = FNV_OFFSET;
  let prev = -1;
  let run = 0;
  let repeated = false;
  let flags = hashtag ? FLAG_HASHTAG : 0;
  for (let k = i; k < j; k++) {
    let c = low.charCodeAt(k);
    if (c === 0x2019) c = 39;
    if (c === prev) {
      run++;
      repeated = true;
    } else run = 1;
    if (run <= 2) h = Math.imul(h ^ c, FNV_PRIME);
    else flags |= FLAG_ELONGATED;
    prev = c;
  }
  // Squeezing repeats to one letter changes nothing in a word without any: most words.
  const h1 = repeated ? squeezedHash(low, i, j) : h;
  // All caps: three or more upper-case chars and no lower-case Latin letter; the first
  // lower-case letter (usually the first or second char) settles it.
  if (j - i >= 3) {
    let upper = 0;
    for (let k = i; k < j; k++) {
      const c = low.charCodeAt(k);
      if (s.charCodeAt(k) !== c) upper++;
      else if (CLS[c] === LATIN) {
        upper = 0;
        break;
      }
    }
    if (upper >= 3) flags |= FLAG_CAPS;
  }
  emit(t, WORD, flags, h >>> 0, h1 >>> 0, i, j);
}

/** Emits the parts of a hashtag body s[i..j) split on case changes and digits ("BonDiaBCN"). */
function emitHashtag(t: Tokens, s: string, low: string, i: number, j: number): void {
  let start = i;
  for (let k = i + 1; k < j; k++) {
    const prev = s.charCodeAt(k - 1);
    const c = s.charCodeAt(k);
    const prevLower = low.charCodeAt(k - 1) === prev && CLS[prev] === LATIN;
    const upper = low.charCodeAt(k) !== c;
    const prevUpper = low.charCodeAt(k - 1) !== prev;
    const nextLower = k + 1 < j && low.charCodeAt(k + 1) === s.charCodeAt(k + 1) && CLS[s.charCodeAt(k + 1)] === LATIN;
    const digitEdge = (CLS[c] === DIGIT) !== (CLS[prev] === DIGIT);
    if ((prevLower && upper) || (prevUpper && upper && nextLower) || digitEdge || c === 95) {
      if (k > start && s.charCodeAt(start) !== 95) emitWord(t, s, low, start, k, true);
      start = c === 95 ? k + 1 : k;
    }
  }
  if (start < j) emitWord(t, s, low, start, j, true);
}

let emoticonKind = 0;
/** Whether the last `tokenizeInto` set `low` to exactly `input.toLowerCase()` (see `tokenizeCached`). */
let lowIsExact = false;

/**
 * Length of the emoticon starting at s[i], 0 if none; sets `emoticonKind`. Matched on char
 * codes: the scanner meets ':' '(' '-' often and must not allocate for them.
 */
function emoticonAt(s: string, i: number): number {
  const n = s.length;
  const c = s.charCodeAt(i);
  const c1 = i + 1 < n ? s.charCodeAt(i + 1) : 0;
  if (c === 58 || c === 59 || c === 61) {
    // ":)", ":-)", ":'(", ";)", "=)", ":D", ":p", ":/", ":|", ":s", ":3"…
    let k = i + 1;
    if (c1 === 45 || c1 === 39) k++;
    const e = k < n ? s.charCodeAt(k) : 0;
    const after = k + 1 < n ? s.charCodeAt(k + 1) : 32;
    // ":/" inside "http://" and ":p" glued to a word are not faces.
    if (e === 47 && after === 47) return 0;
    const boundary = CLS[after] === 0;
    if (e === 41 || e === 93 || ((e === 68 || e === 80 || e === 112 || e === 51) && boundary)) {
      emoticonKind = EMOTICON_POS;
      return k + 1 - i;
    }
    if (e === 40 || e === 91 || e === 124 || ((e === 47 || e === 83 || e === 115) && boundary)) {
      emoticonKind = EMOTICON_NEG;
      return k + 1 - i;
    }
    return 0;
  }
  const c2 = i + 2 < n ? s.charCodeAt(i + 2) : 0;
  emoticonKind = EMOTICON_POS;
  if ((c === 40 && c1 === 58) || (c === 60 && c1 === 51) || (c === 94 && c1 === 94)) return 2;
  if (c === 94 && c1 === 95 && c2 === 94) return 3;
  emoticonKind = EMOTICON_NEG;
  if (c === 41 && c1 === 58) return 2;
  if ((c === 60 && c1 === 47 && c2 === 51) || (c === 45 && c1 === 95 && c2 === 45)) return 3;
  return 0;
}

/** Tokenizes a post into `t` (reused): words (hashtags split), emoji, emoticons, `!`/`?`, URLs, @mentions. */
export function tokenizeInto(input: string, t: Tokens): Tokens {
  const s = input.length > MAX_CHARS ? input.slice(0, MAX_CHARS) : input;
  let low = s.toLowerCase();
  lowIsExact = s === input;
  // Spans index both strings, so they must line up; the rare texts where lower-casing changes
  // the length ("İ") are lower-cased char by char instead.
  if (low.length !== s.length) {
    low = Array.from(s, (ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
    lowIsExact = false;
  }
  const n = s.length;
  t.n = 0;
  t.low = low;
  t.letters = 0;
  t.nonLatin = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (CLS[c] !== 0) {
      let j = i;
      let other = 0;
      let letters = 0;
      // The word is hashed and checked for elongation and capitals while it is scanned, as
      // emitWord does for hashtag parts (one read of each char instead of two passes).
      let h = FNV_OFFSET;
      let prev = -1;
      let run = 0;
      let repeated = false;
      let flags = 0;
      let upper = 0;
      let lowerSeen = false;
      while (j < n) {
        const d = s.charCodeAt(j);
        const dc = CLS[d];
        let last = false;
        if (dc === LATIN) letters++;
        else if (dc === OTHER) other++;
        else if (dc === DIGIT) {
          // Digits are word characters.
        } else if ((d === 39 || d === 0x2019) && j > i && j + 1 < n && CLS[s.charCodeAt(j + 1)] === LATIN) {
          // Elision: "l'ajuntament", "dell'anno", "qu'il" split after the apostrophe; English
          // clitics ("don't", "it's") stay one word so negators keep their form.
          last = !englishClitic(low, j + 1);
        } else if (!(d === 0xb7 && j + 1 < n && CLS[s.charCodeAt(j + 1)] === LATIN)) break;
        let lc = low.charCodeAt(j);
        if (d !== lc) upper++;
        else if (CLS[lc] === LATIN) lowerSeen = true;
        if (lc === 0x2019) lc = 39;
        if (lc === prev) {
          run++;
          repeated = true;
        } else run = 1;
        if (run <= 2) h = Math.imul(h ^ lc, FNV_PRIME);
        else flags |= FLAG_ELONGATED;
        prev = lc;
        j++;
        if (last) break;
      }
      const len = j - i;
      // URLs: skip to the next space.
      if (len <= 5 && j < n && (s.charCodeAt(j) === 58 || s.charCodeAt(j) === 46)) {
        const h = fnv(low.slice(i, j));
        if (h === H_HTTP || h === H_HTTPS || h === H_WWW) {
          while (j < n && s.charCodeAt(j) > 32) j++;
          emit(t, URL, 0, H_URL, H_URL, i, j);
          i = j;
          continue;
        }
      }
      // "xD" / "XD" standing alone is a laughing face, not a word.
      if (len === 2 && s.charCodeAt(i + 1) === 68 && (c === 120 || c === 88) && (i === 0 || s.charCodeAt(i - 1) <= 32)) {
        emit(t, EMOTICON_POS, 0, H_XD, H_XD, i, j);
        i = j;
        continue;
      }
      t.letters += letters + other;
      t.nonLatin += other;
      if (upper >= 3 && !lowerSeen) flags |= FLAG_CAPS;
      emit(t, WORD, flags, h >>> 0, (repeated ? squeezedHash(low, i, j) : h) >>> 0, i, j);
      i = j;
      continue;
    }
    // Spaces, the commonest other char, are none of the cases below.
    if (c === 32) {
      i++;
      continue;
    }
    if ((c === 35 || c === 64) && i + 1 < n) {
      // #hashtag or @mention.
      let j = i + 1;
      while (j < n && (CLS[s.charCodeAt(j)] !== 0 || s.charCodeAt(j) === 95)) j++;
      if (j > i + 1) {
        if (c === 64) emit(t, MENTION, 0, H_USER, H_USER, i, j);
        else {
          for (let k = i + 1; k < j; k++) if (CLS[s.charCodeAt(k)] === LATIN) t.letters++;
          emitHashtag(t, s, low, i + 1, j);
        }
        i = j;
        continue;
      }
    }
    if (c === 33 || c === 0xa1) {
      emit(t, PUNCT, 0, H_EXCL, H_EXCL, i, i + 1);
      i++;
      continue;
    }
    if (c === 63 || c === 0xbf) {
      emit(t, PUNCT, 0, H_QUEST, H_QUEST, i, i + 1);
      i++;
      continue;
    }
    if (c === 58 || c === 59 || c === 61 || c === 40 || c === 41 || c === 60 || c === 94 || c === 45) {
      const len = emoticonAt(s, i);
      if (len) {
        const h = emoticonKind === EMOTICON_POS ? H_SMILE : H_FROWN;
        emit(t, emoticonKind, 0, h, h, i, i + len);
      }
      i += len || 1;
      continue;
    }
    if (isEmojiStart(c)) {
      let j = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
      const h = j - i === 2 ? fnv(s.slice(i, j)) : fnv(s[i]);
      const end = j;
      while (j < n && isEmojiModifier(s.charCodeAt(j), j + 1 < n ? s.charCodeAt(j + 1) : 0)) {
        j += s.charCodeAt(j) === 0xd83c ? 2 : 1;
        // A ZWJ joins the next emoji into this one: skip it too.
        if (s.charCodeAt(j - 1) === 0x200d && j < n) j += s.charCodeAt(j) >= 0xd800 && s.charCodeAt(j) <= 0xdbff ? 2 : 1;
      }
      emit(t, EMOJI, 0, h, h, i, end);
      i = j;
      continue;
    }
    i++;
  }
  return t;
}

/** Tokenizes into fresh buffers (for callers that keep the result, like the training script). */
export function tokenize(input: string): Tokens {
  return tokenizeInto(input, newTokens());
}

/** The text of token `k` (lower-cased; elongations not squeezed): for tests and debugging. */
export function tokenText(t: Tokens, k: number): string {
  return t.low.slice(t.start[k], t.end[k]).replace(/\u2019/g, "'");
}

const shared = newTokens();
let lastInput: string | undefined;

/**
 * Tokenizes with a one-entry memo in shared buffers: the pipeline asks for the language and then
 * the sentiment of the same text, and tokenizing once keeps it fast. The result is overwritten by
 * the next call with another text, so use it before tokenizing again.
 */
export function tokenizeCached(input: string): Tokens {
  if (input === lastInput) return shared;
  lastInput = input;
  tokenizeInto(input, shared);
  // The folding tokenizer of topics and matching reuses the lower-cased post when it is exact.
  rememberLowerCase(lowIsExact ? input : undefined, shared.low);
  return shared;
}
