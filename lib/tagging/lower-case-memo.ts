/**
 * The last post the sentiment tokenizer lower-cased, with its exact `toLowerCase()`: the folding
 * tokenizer of topics and matching starts from the same lower-cased text, and lower-casing a post
 * a second time costs about as much as folding it. A module of its own so the folding tokenizer
 * (also used by the side panel's feed search) does not pull in the sentiment tokenizer.
 */

let lastText: string | undefined;
let lastLow = '';

/** Records that `low` is exactly `text.toLowerCase()`; undefined forgets the last pair. */
export function rememberLowerCase(text: string | undefined, low: string): void {
  lastText = text;
  lastLow = low;
}

/** `text.toLowerCase()` when `text` is the last remembered text, else undefined. */
export function recalledLowerCase(text: string): string | undefined {
  return text === lastText ? lastLow : undefined;
}
