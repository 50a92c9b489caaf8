import { CLITICS, foldTokensInto, newFoldedTokens, type FoldedTokens } from './fold-tokens';

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
  return tokensOf(foldTokensInto(text, scratch));
}

/** The word strings of span tokens (for the rare callers that need strings, like profile queries). */
export function tokensOf(t: FoldedTokens): Tokens {
  const words: string[] = [];
  const kinds: TokenKind[] = [];
  const elided: string[] = [];
  for (let k = 0; k < t.n; k++) {
    words.push(t.text.slice(t.start[k], t.end[k]));
    kinds.push(KINDS[t.kind[k]]);
    elided.push(t.clitic[k] ? CLITICS[t.clitic[k] - 1] : '');
  }
  return { words, kinds, elided };
}

const scratch = newFoldedTokens();
const KINDS: TokenKind[] = ['word', 'hash', 'handle'];
