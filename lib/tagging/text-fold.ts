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
