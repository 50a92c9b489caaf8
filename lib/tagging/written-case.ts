import { foldMarks } from './fold-tokens';

/**
 * How a text wrote its words' first letters, read at the positions of its folded tokens. Matching
 * folds case away; a place name that is also an everyday word (Flores, la Boca, Providencia)
 * is told from the word by its capital, so the matcher asks here for the few terms that need it.
 */

/**
 * `text` folded like `foldForTokens` (accents, apostrophes, `l.l`, `n't`) but with its case kept,
 * so position k holds the char that folded to `folded[k]` as written. Undefined when the two do
 * not line up char for char (a letter whose lower case has another length, such as `İ`).
 */
export function caseKeptFold(text: string, folded: string): string | undefined {
  let t = foldMarks(text);
  if (/l\.l/i.test(t)) t = t.replace(/(l)\.(l)/gi, '$1·$2');
  if (/n't/i.test(t)) t = t.replace(/n't\b/gi, ' not');
  return t.length === folded.length && t.toLowerCase() === folded ? t : undefined;
}

/** Whether the char at `k` of a case-kept text is a capital (a letter whose lower case differs). */
export function isCapitalAt(cased: string, k: number): boolean {
  const ch = cased.charAt(k);
  return ch !== ch.toLowerCase();
}

let lastText: string | undefined;
let lastFolded: string | undefined;
let lastCased: string | undefined;

/** `caseKeptFold`, remembered for the last text (a post is matched once per term that needs it). */
export function caseKeptFoldCached(text: string, folded: string): string | undefined {
  if (text !== lastText || folded !== lastFolded) {
    lastText = text;
    lastFolded = folded;
    lastCased = caseKeptFold(text, folded);
  }
  return lastCased;
}
